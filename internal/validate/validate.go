// Package validate holds what the module's packages share to check input
// and report it: the sentinel errors declared once for the whole module,
// the builder of field errors, and the table of an enumeration's words.
// Nothing here is exported outside the module.
package validate

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/statecraft/bilateral/indicators/trend"
)

// The sentinels shared by several packages. Each is declared once; the
// public packages re-export these values, so errors.Is matches across
// packages (an error from actors wrapping Missing satisfies
// errors.Is(err, relations.ErrMissing)).
var (
	// Missing reports a required field left empty.
	Missing = errors.New("missing field")
	// Unknown reports an enumeration word or value that is not known.
	Unknown = errors.New("unknown word")
	// Invalid reports a value that breaks a rule; declared by package
	// trend, the leaf, and shared from there.
	Invalid = trend.ErrInvalid
)

// MaxQuote is the most characters of an input that an error quotes; a
// longer value is cut and its length given, so a 100 MB field does not
// become a 100 MB message.
const MaxQuote = 100

// Quote returns v as an error message shows it: strings quoted, every
// value cut to MaxQuote characters with its full length noted.
func Quote(v any) string {
	var s string
	switch x := v.(type) {
	case string:
		if utf8.RuneCountInString(x) > MaxQuote {
			return fmt.Sprintf("%q… (%d bytes)", cut(x), len(x))
		}
		return fmt.Sprintf("%q", x)
	default:
		s = fmt.Sprint(x)
	}
	if utf8.RuneCountInString(s) > MaxQuote {
		return fmt.Sprintf("%s… (%d bytes)", cut(s), len(s))
	}
	return s
}

func cut(s string) string {
	n := 0
	for i := range s {
		if n == MaxQuote {
			return s[:i]
		}
		n++
	}
	return s
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

func (e *wrapped) Error() string { return e.msg }
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
	return 0, &wrapped{fmt.Sprintf("%s: %s %s: %v (want one of %q)", w.pkg, w.name, Quote(s), Unknown, w.w), Unknown}
}

// Marshal returns the word of v as bytes, or an error wrapping Unknown.
func (w Words) Marshal(v uint8) ([]byte, error) {
	if !w.Valid(v) {
		return nil, &wrapped{fmt.Sprintf("%s: %s(%d): %v", w.pkg, w.name, v, Unknown), Unknown}
	}
	return []byte(w.w[v-1]), nil
}

// Unmarshal parses the word in b.
func (w Words) Unmarshal(b []byte) (uint8, error) { return w.Parse(string(b)) }
