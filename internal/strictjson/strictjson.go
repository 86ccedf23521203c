// Package strictjson decodes the module's JSON records strictly: an object
// key that names no field is an error, and so is anything after the value.
// The errors it returns quote at most [clip.Max] bytes of the input.
package strictjson

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/statecraft/bilateral/internal/clip"
)

// An Error is a JSON error found by [Decode]: malformed JSON, a value of
// the wrong type, an unknown key, or data after the value. Its message
// quotes at most [clip.Max] bytes of the input.
type Error struct {
	// Unknown is the key that names no field when the error is an unknown
	// key, and empty otherwise.
	Unknown string
	msg     string
	err     error // the encoding/json error, when there is one
}

func (e *Error) Error() string { return e.msg }

// Unwrap returns the encoding/json error behind e, if any.
func (e *Error) Unwrap() error { return e.err }

// Decode decodes the one JSON value in b into v as [json.Unmarshal] does,
// except that a key naming no field of the struct it is decoded into, and
// any data after the value, are errors of type *[Error]. Errors returned by
// the UnmarshalJSON and UnmarshalText methods of the values decoded are
// returned unchanged.
//
// Decode reads b through a [json.Decoder], which holds a copy of the value
// while decoding it: its memory is a small multiple of len(b) plus what v
// takes.
func Decode(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return clean(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return &Error{msg: "data after the JSON value at byte " + strconv.FormatInt(dec.InputOffset(), 10)}
	}
	return nil
}

// Each calls fn for each element of the JSON array b in turn, stopping at
// the first error; null is an empty array. fn decodes the element by
// calling decode once, which decodes it as [Decode] would. Unlike decoding into a
// slice, which goes on after a bad element, Each stops at the first one,
// so that a long array of bad elements costs no more than one. The error
// is fn's, unchanged, or an *[Error] for malformed JSON around the
// elements.
func Each(b []byte, fn func(i int, decode func(v any) error) error) error {
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
		return &Error{msg: "want a JSON array"}
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

// clean turns an encoding/json error into an *Error whose message quotes
// at most clip.Max bytes of input, and returns any other error unchanged.
func clean(err error) error {
	se, isSyntax := err.(*json.SyntaxError)
	te, isType := err.(*json.UnmarshalTypeError)
	switch msg := err.Error(); {
	case isSyntax:
		return &Error{msg: "malformed JSON at byte " + strconv.FormatInt(se.Offset, 10) + ": " + clip.String(se.Error()), err: err}
	case isType:
		where := te.Field
		if where == "" {
			where = "value"
		}
		return &Error{msg: "cannot decode " + clip.String(te.Value) + " into " + clip.String(where) + " of type " + te.Type.String(), err: err}
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		return &Error{msg: "unexpected end of JSON input", err: err}
	case strings.HasPrefix(msg, "json: unknown field "):
		name, uerr := strconv.Unquote(msg[len("json: unknown field "):])
		if uerr != nil {
			name = msg[len("json: unknown field "):]
		}
		return &Error{Unknown: name, msg: "unknown field " + clip.Quote(name)}
	case strings.HasPrefix(msg, "json: "):
		return &Error{msg: clip.String(msg), err: err}
	}
	return err
}
