// Strict JSON decoding: an object key that names no field is an error,
// and so is anything after the value.

package validate

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"
)

// A JSONError is a JSON error found by [DecodeJSON]: malformed JSON, a value of
// the wrong type, an unknown key, or data after the value. Its message
// quotes at most [MaxQuote] bytes of the input.
type JSONError struct {
	// Unknown is the key that names no field when the error is an unknown
	// key, and empty otherwise.
	Unknown string
	msg     string
	err     error // the encoding/json error, when there is one
}

// Error returns e's message, which quotes at most MaxQuote bytes of input.
func (e *JSONError) Error() string { return e.msg }

// Unwrap returns the encoding/json error behind e, if any.
func (e *JSONError) Unwrap() error { return e.err }

// DecodeJSON decodes the one JSON value in b into v as [json.Unmarshal] does,
// except that a key naming no field of the struct it is decoded into, and
// any data after the value, are errors of type *[JSONError]. Errors returned by
// the UnmarshalJSON and UnmarshalText methods of the values decoded are
// returned unchanged.
//
// DecodeJSON reads b through a [json.Decoder], which holds a copy of the value
// while decoding it: its memory is a small multiple of len(b) plus what v
// takes.
func DecodeJSON(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return clean(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return &JSONError{msg: "data after the JSON value at byte " + strconv.FormatInt(dec.InputOffset(), 10)}
	}
	return nil
}

// EachJSON calls fn for each element of the JSON array b in turn, stopping at
// the first error; null is an empty array. fn decodes the element by
// calling decode once, which decodes it as [DecodeJSON] would. Unlike decoding into a
// slice, which goes on after a bad element, Each stops at the first one,
// so that a long array of bad elements costs no more than one. The error
// is fn's, unchanged, or an *[JSONError] for malformed JSON around the
// elements.
func EachJSON(b []byte, fn func(i int, decode func(v any) error) error) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	tok, err := dec.Token()
	if err != nil {
		return clean(err)
	}
	if tok == nil {
		return nil
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return &JSONError{msg: "want a JSON array"}
	}
	decode := func(v any) error {
		if err := dec.Decode(v); err != nil {
			return clean(err)
		}
		return nil
	}
	for i := 0; dec.More(); i++ {
		if err := fn(i, decode); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil { // ']'
		return clean(err)
	}
	return nil
}

// clean turns an encoding/json error into a *JSONError whose message quotes
// at most MaxQuote bytes of input, and returns any other error unchanged.
func clean(err error) error {
	se, isSyntax := err.(*json.SyntaxError)
	te, isType := err.(*json.UnmarshalTypeError)
	switch msg := err.Error(); {
	case isSyntax:
		return &JSONError{msg: "malformed JSON at byte " + strconv.FormatInt(se.Offset, 10) + ": " + Clip(se.Error()), err: err}
	case isType:
		where := te.Field
		if where == "" {
			where = "value"
		}
		return &JSONError{msg: "cannot decode " + Clip(te.Value) + " into " + Clip(where) + " of type " + te.Type.String(), err: err}
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		return &JSONError{msg: "unexpected end of JSON input", err: err}
	case strings.HasPrefix(msg, "json: unknown field "):
		name, uerr := strconv.Unquote(msg[len("json: unknown field "):])
		if uerr != nil {
			name = msg[len("json: unknown field "):]
		}
		return &JSONError{Unknown: name, msg: "unknown field " + Quote(name)}
	case strings.HasPrefix(msg, "json: "):
		return &JSONError{msg: Clip(msg), err: err}
	}
	return err
}

// Decode decodes b into v with [DecodeJSON] and gives its errors package
// pkg's prefix and the module's sentinel: [ErrUnknown] for a key that names
// no field, [ErrInvalid] for malformed JSON or a value of the wrong type;
// what names the type decoded. Errors of the decoders of nested values
// pass through unchanged.
func Decode(pkg, what string, b []byte, v any) error {
	err := DecodeJSON(b, v)
	return JSONErr(pkg, what, err)
}

// JSONErr gives an error of [DecodeJSON] or [EachJSON] package pkg's
// prefix and the module's sentinel, as [Decode] does; other errors,
// including nil, pass through unchanged.
func JSONErr(pkg, what string, err error) error {
	je, ok := err.(*JSONError)
	switch {
	case !ok:
		return err
	case je.Unknown != "":
		return Errorf(pkg, "decoding %s: %w: %w", what, err, ErrUnknown)
	}
	return Errorf(pkg, "decoding %s: %w: %w", what, err, ErrInvalid)
}
