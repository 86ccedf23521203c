package relations

import (
	"errors"
	"fmt"

	"github.com/statecraft/bilateral/internal/clip"
	"github.com/statecraft/bilateral/internal/strictjson"
)

// Sentinel errors. Every error this package returns wraps one of them, or
// an error of package actors or indicators, and its message names the field
// and the value.
var (
	// ErrMissing reports a required field left empty.
	ErrMissing = errors.New("missing field")
	// ErrUnknown reports an enumeration word or value the package does not
	// know.
	ErrUnknown = errors.New("unknown word")
	// ErrInvalid reports a value that breaks a rule of the model: fewer than
	// two parties, a grievance against oneself, a severity off the scale, a
	// weight that is negative or above its cap.
	ErrInvalid = errors.New("invalid value")
	// ErrSelf reports a question about an actor and itself, such as the
	// leverage of an actor over itself.
	ErrSelf = errors.New("actor paired with itself")
	// ErrNoTies reports an assessment of a pair between which no tie of the
	// target toward the holder is recorded: there is no evidence of
	// dependence to score.
	ErrNoTies = errors.New("no recorded ties")
	// ErrCoverage reports an assessment whose evidence as of the date covers
	// less of the channel weight than the coverage floor: the score would be
	// built from absences, so none is given.
	ErrCoverage = errors.New("coverage below floor")
	// ErrNoVolume reports an assessment that cannot gate its score because
	// no volume of the ties is recorded as of the date (see [Ungated]).
	ErrNoVolume = errors.New("no recorded volume")
)

func fieldErr(field string, value any, err error) error {
	switch v := value.(type) {
	case string:
		return validate.Errorf("relations", "%s %s: %w", field, clip.Quote(v), err)
	case nil:
		return validate.Errorf("relations", "%s: %w", field, err)
	default:
		return validate.Errorf("relations", "%s %v: %w", field, v, err)
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
	return 0, validate.Errorf("relations", "%s %s: %w (want one of %q)", w[0], clip.Quote(s), ErrUnknown, []string(w[1:]))
}

func (w words) marshal(v uint8) ([]byte, error) {
	if !w.valid(v) {
		return nil, validate.Errorf("relations", "%s(%d): %w", w[0], v, ErrUnknown)
	}
	return []byte(w[v]), nil
}

func (w words) unmarshal(b []byte) (uint8, error) { return w.parse(string(b)) }

// decodeStrict decodes b into v with strictjson.Decode and gives its
// errors the package's prefix and sentinel: ErrUnknown for a key that
// names no field, ErrInvalid for malformed JSON. what names the type.
func decodeStrict(what string, b []byte, v any) error {
	err := strictjson.Decode(b, v)
	je, ok := err.(*strictjson.Error)
	switch {
	case !ok:
		return err // nil, or an error of a nested decoder
	case je.Unknown != "":
		return validate.Errorf("relations", "decoding %s: %w: %w", what, err, ErrUnknown)
	}
	return validate.Errorf("relations", "decoding %s: %w: %w", what, err, ErrInvalid)
}
