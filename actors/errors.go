package actors

import (
	"errors"
	"fmt"

	"github.com/statecraft/bilateral/internal/clip"
)

// Sentinel errors. Every error this package returns for bad input wraps
// one of them (or an error of package indicators for bad dates, periods,
// values and sources), and its message names the field and the value.
var (
	// ErrInvalidID reports an ID that is empty or malformed.
	ErrInvalidID = errors.New("invalid ID")
	// ErrUnknown reports an enumeration word or value the package does not
	// know (a kind, a channel, a standing).
	ErrUnknown = errors.New("unknown word")
	// ErrMissing reports a required field left empty.
	ErrMissing = errors.New("missing field")
	// ErrInvalid reports a value that breaks a rule of the model: a tie to
	// the actor itself, a share indicator in the wrong unit, a history out of
	// date order, a duplicate.
	ErrInvalid = errors.New("invalid value")
)

func fieldErr(field string, value any, err error) error {
	switch v := value.(type) {
	case string:
		return validate.Errorf("actors", "%s %s: %w", field, clip.Quote(v), err)
	case nil:
		return validate.Errorf("actors", "%s: %w", field, err)
	default:
		return validate.Errorf("actors", "%s %v: %w", field, v, err)
	}
}

// words maps the values 1..len(w)-1 of a small enumeration to text; w[0] is
// the enumeration's name.
type words []string

func (w words) text(v uint8) string {
	if v >= 1 && int(v) < len(w) {
		return w[v]
	}
	return fmt.Sprintf("%s(%d)", w[0], v)
}

func (w words) valid(v uint8) bool { return v >= 1 && int(v) < len(w) }

func (w words) parse(s string) (uint8, error) {
	for i := 1; i < len(w); i++ {
		if w[i] == s {
			return uint8(i), nil
		}
	}
	return 0, validate.Errorf("actors", "%s %s: %w (want one of %q)", w[0], clip.Quote(s), ErrUnknown, []string(w[1:]))
}

func (w words) marshal(v uint8) ([]byte, error) {
	if !w.valid(v) {
		return nil, validate.Errorf("actors", "%s(%d): %w", w[0], v, ErrUnknown)
	}
	return []byte(w[v]), nil
}
