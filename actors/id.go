package actors

import "github.com/statecraft/bilateral/internal/validate"

// An ID is the stable identifier of an [Actor] within this module, such as
// "ARM", "RUS", "EU" or "CSTO".
//
// An ID is separate from external codes: it never changes, while an
// actor's ISO 3166-1, Correlates of War or other codes are recorded as
// [Code] values with their own validity. By convention a state's ID is its
// ISO 3166-1 alpha-3 code when it has one, and an organisation's ID is its
// usual abbreviation.
//
// ID is a small immutable value: compare IDs with == and use them as map
// keys. The zero ID is not valid; see [ID.IsValid].
type ID struct {
	s string // "" only for the zero ID
}

// Parse returns the ID for s. An ID is 2 to 16 characters from A–Z, 0–9
// and '-', starting with a letter and not ending with '-'. Lower-case
// letters are rejected rather than folded, so that one actor has one
// spelling. Errors wrap [ErrInvalidID].
func Parse(s string) (ID, error) {
	if !validID(s) {
		return ID{}, validate.Errorf("actors", "ID %s: %w (want 2 to 16 of A-Z, 0-9, '-', starting with a letter)", validate.Quote(s), ErrInvalidID)
	}
	return ID{s: s}, nil
}

// MustParse is like [Parse] but panics on error. It is intended for tests
// and examples with hard-coded IDs.
func MustParse(s string) ID {
	id, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return id
}

func validID(s string) bool {
	if len(s) < 2 || len(s) > 16 || s[0] < 'A' || s[0] > 'Z' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// IsValid reports whether id is not the zero ID.
func (id ID) IsValid() bool { return id.s != "" }

// String returns the text of id; the zero ID prints as "".
func (id ID) String() string { return id.s }

// Compare orders IDs by their text; the zero ID comes first.
func (id ID) Compare(other ID) int {
	switch {
	case id.s < other.s:
		return -1
	case id.s > other.s:
		return 1
	}
	return 0
}

// MarshalText implements [encoding.TextMarshaler]. The zero ID marshals
// as empty text.
func (id ID) MarshalText() ([]byte, error) { return []byte(id.s), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [Parse]; empty
// text gives the zero ID.
func (id *ID) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*id = ID{}
		return nil
	}
	v, err := Parse(string(b))
	if err != nil {
		return err
	}
	*id = v
	return nil
}
