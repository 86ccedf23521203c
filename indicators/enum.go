package indicators

import (
	"fmt"

	"github.com/statecraft/bilateral/internal/clip"
)

// words maps the values 1..len(w) of a small enumeration to their text
// forms; w[0] is the name of the enumeration itself, used in errors and in
// the String of out-of-range values.
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
	return 0, validate.Errorf("indicators", "%s %s: %w (want one of %q)", w[0], clip.Quote(s), ErrUnknown, []string(w[1:]))
}

func (w words) marshal(v uint8) ([]byte, error) {
	if !w.valid(v) {
		return nil, validate.Errorf("indicators", "%s(%d): %w", w[0], v, ErrUnknown)
	}
	return []byte(w[v]), nil
}
