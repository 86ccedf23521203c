package indicators

import (
	"github.com/statecraft/bilateral/internal/validate"
)

// Evidence says what kind of evidence a value is: a published value read
// in its source, a value derived from published values, or an analyst's
// judgement. A report lists the three apart, so that a judgement is never
// shown as data. The zero Evidence is [Data], so that a provenance that
// does not say is read as a published value, as before this field existed.
type Evidence uint8

// The kinds of evidence.
const (
	// Data: a value as published by the source the provenance cites.
	Data Evidence = iota
	// Derived: computed from published values (a ratio, a difference);
	// the provenance's Note names every input and says how.
	Derived
	// Judgement: an analyst's modelling choice, such as a strand's
	// salience or a structural constant, with its reason in the Note. It
	// is not a measurement, and no source verifies it.
	Judgement
)

var evidenceWords = validate.NewWords("indicators", "Evidence", "data", "derived", "judgement")

// String returns "data", "derived" or "judgement".
func (e Evidence) String() string { return evidenceWords.Text(uint8(e) + 1) }

// IsValid reports whether e is one of the defined kinds.
func (e Evidence) IsValid() bool { return e <= Judgement }

// ParseEvidence parses the text form returned by [Evidence.String].
func ParseEvidence(s string) (Evidence, error) {
	v, err := evidenceWords.Parse(s)
	if err != nil {
		return 0, err
	}
	return Evidence(v - 1), nil
}

// MarshalText implements [encoding.TextMarshaler].
func (e Evidence) MarshalText() ([]byte, error) {
	if !e.IsValid() {
		return nil, validate.Errorf("indicators", "Evidence(%d): %w", uint8(e), ErrUnknown)
	}
	return evidenceWords.Marshal(uint8(e) + 1)
}

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown word is
// an error wrapping [ErrUnknown].
func (e *Evidence) UnmarshalText(b []byte) error {
	v, err := ParseEvidence(string(b))
	if err == nil {
		*e = v
	}
	return err
}
