// Package validate holds what the module's packages share to check input
// and report it: the sentinel errors declared once for the whole module,
// the builder of field errors that quote at most MaxQuote bytes of input,
// the table of an enumeration's words, and strict JSON decoding.
// Nothing here is exported outside the module.
package validate

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/statecraft/bilateral/indicators/trend"
)

// The sentinels shared by several packages. Each is declared once; the
// public packages re-export these values, so errors.Is matches across
// packages (an error from actors wrapping ErrMissing satisfies
// errors.Is(err, relations.ErrMissing)).
var (
	// ErrMissing reports a required field left empty.
	ErrMissing = errors.New("missing field")
	// ErrUnknown reports an enumeration word or value that is not known.
	ErrUnknown = errors.New("unknown word")
	// ErrInvalid reports a value that breaks a rule; declared by package
	// trend, the leaf, and shared from there.
	ErrInvalid = trend.ErrInvalid
)

// MaxQuote is the most bytes of an input that an error quotes; a longer
// value is cut (at a character boundary) and its length given, so a 100 MB
// field does not become a 100 MB message.
const MaxQuote = 100

// Quote returns v as an error message shows it: a string quoted as by
// strconv.Quote, any other value as by fmt.Sprint, either cut to MaxQuote
// bytes and followed by "…" and its length in bytes when longer, as in
// `"ABC"…(104857600 bytes)`.
func Quote(v any) string {
	if s, ok := v.(string); ok {
		if len(s) <= MaxQuote {
			return strconv.Quote(s)
		}
		return strconv.Quote(head(s)) + "…(" + strconv.Itoa(len(s)) + " bytes)"
	}
	return Clip(fmt.Sprint(v))
}

// Clip returns s when it is at most MaxQuote bytes long, and otherwise its
// first MaxQuote bytes (cut at a character boundary) followed by "…" and
// the length of s, as in `ABC…(104857600 bytes)`.
func Clip(s string) string {
	if len(s) <= MaxQuote {
		return s
	}
	return head(s) + "…(" + strconv.Itoa(len(s)) + " bytes)"
}

// head returns the longest prefix of s of at most MaxQuote bytes that does
// not split a UTF-8 sequence.
func head(s string) string {
	if len(s) <= MaxQuote {
		return s
	}
	n := MaxQuote
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// prefixes are the package names an error message may start with.
var prefixes = []string{"indicators: ", "trend: ", "actors: ", "relations: "}

// bare returns err's message without a leading package prefix.
func bare(err error) string {
	msg := err.Error()
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(msg, p); ok {
			return rest
		}
	}
	return msg
}

// wrapped is an error whose message is already built, wrapping err.
type wrapped struct {
	msg string
	err error
}

// Error returns the message built for e.
func (e *wrapped) Error() string { return e.msg }

// Unwrap returns the error e wraps.
func (e *wrapped) Unwrap() error { return e.err }

// Field returns pkg's error for a bad field: "pkg: field value: sentinel",
// with the value quoted by Quote (nil for no value), wrapping err.
func Field(pkg, field string, value any, err error) error {
	if value == nil {
		return &wrapped{pkg + ": " + field + ": " + bare(err), err}
	}
	return &wrapped{pkg + ": " + field + " " + Quote(value) + ": " + bare(err), err}
}

// Wrap returns err seen from package pkg in the given context: "pkg:
// context: message", with any package prefix of err's own message
// dropped, so that the prefix appears once however deep the wrapping.
func Wrap(pkg, context string, err error) error {
	if err == nil {
		return nil
	}
	return &wrapped{pkg + ": " + context + ": " + bare(err), err}
}

// Errorf returns pkg's error with a formatted message; like fmt.Errorf,
// %w wraps its operand. The package prefix of a wrapped operand's message
// is dropped.
func Errorf(pkg, format string, args ...any) error {
	err := fmt.Errorf(format, args...)
	return &wrapped{pkg + ": " + stripInner(err.Error()), err}
}

// stripInner removes package prefixes that follow ": " inside msg, left
// by operands built in other packages.
func stripInner(msg string) string {
	for _, p := range prefixes {
		msg = strings.ReplaceAll(msg, ": "+p, ": ")
	}
	return msg
}

// Words maps the values 1..n of a small enumeration to their words.
type Words struct {
	pkg, name string
	w         []string
}

// NewWords returns the words of package pkg's enumeration name, for the
// values 1, 2, … in order.
func NewWords(pkg, name string, words ...string) Words {
	return Words{pkg, name, words}
}

// Text returns the word of v, or "Name(v)" for a value out of range.
func (w Words) Text(v uint8) string {
	if w.Valid(v) {
		return w.w[v-1]
	}
	return fmt.Sprintf("%s(%d)", w.name, v)
}

// Valid reports whether v has a word.
func (w Words) Valid(v uint8) bool { return v >= 1 && int(v) <= len(w.w) }

// Parse returns the value whose word is s, or an error wrapping Unknown
// that lists the words.
func (w Words) Parse(s string) (uint8, error) {
	for i, x := range w.w {
		if x == s {
			return uint8(i + 1), nil
		}
	}
	return 0, &wrapped{fmt.Sprintf("%s: %s %s: %v (want one of %q)", w.pkg, w.name, Quote(s), ErrUnknown, w.w), ErrUnknown}
}

// Marshal returns the word of v as bytes, or an error wrapping Unknown.
func (w Words) Marshal(v uint8) ([]byte, error) {
	if !w.Valid(v) {
		return nil, &wrapped{fmt.Sprintf("%s: %s(%d): %v", w.pkg, w.name, v, ErrUnknown), ErrUnknown}
	}
	return []byte(w.w[v-1]), nil
}

// Unmarshal parses the word in b.
func (w Words) Unmarshal(b []byte) (uint8, error) { return w.Parse(string(b)) }

// List returns the words as an error message lists them: ["a" "b"].
func (w Words) List() string { return fmt.Sprintf("%q", w.w) }
