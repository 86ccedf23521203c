package indicators

import (
	"fmt"
	"net/url"

	"github.com/statecraft/bilateral/internal/validate"
)

// A Confidence grades how well a fact is established. The zero Confidence
// is not valid: every fact says how far it can be trusted.
type Confidence uint8

// The confidence grades, best first.
const (
	// Verified: read in the cited public source.
	Verified Confidence = iota + 1
	// SingleSource: stated by one source only and not corroborated, such
	// as a figure given only by an essay or a single official.
	SingleSource
	// Unverified: not confirmed in the sources consulted. Analytics in this
	// module leave unverified values out unless told otherwise.
	Unverified
)

var confidenceWords = validate.NewWords("indicators", "Confidence", "verified", "single-source", "unverified")

// String returns "verified", "single-source" or "unverified".
func (c Confidence) String() string { return confidenceWords.Text(uint8(c)) }

// IsValid reports whether c is one of the defined grades.
func (c Confidence) IsValid() bool { return confidenceWords.Valid(uint8(c)) }

// AtLeast reports whether c is as good as or better than min.
func (c Confidence) AtLeast(min Confidence) bool { return c.IsValid() && c <= min }

// ParseConfidence parses the text form returned by [Confidence.String].
func ParseConfidence(s string) (Confidence, error) {
	v, err := confidenceWords.Parse(s)
	return Confidence(v), err
}

// MarshalText implements [encoding.TextMarshaler].
func (c Confidence) MarshalText() ([]byte, error) { return confidenceWords.Marshal(uint8(c)) }

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown word is
// an error wrapping [ErrUnknown].
func (c *Confidence) UnmarshalText(b []byte) error {
	v, err := ParseConfidence(string(b))
	if err == nil {
		*c = v
	}
	return err
}

// Provenance says where a fact comes from and how far it can be trusted.
// Every indicator, agreement, grievance and tie in this module carries one.
//
// The zero Provenance means "none recorded"; [Provenance.Validate] rejects
// it where a source is required.
type Provenance struct {
	Publisher  string     `json:"publisher"`         // who published it, e.g. "Armenpress"; required
	Title      string     `json:"title,omitempty"`   // the title of the article, table or dataset
	URL        string     `json:"url,omitempty"`     // where it was read, as published; absolute http(s) when set
	Confidence Confidence `json:"confidence"`        // required
	Recorded   Date       `json:"recorded,omitzero"` // when the fact entered the record; zero: not recorded
	Note       string     `json:"note,omitempty"`    // caveats, e.g. "Russian-side figure"
	// Evidence is the kind of evidence: published data (the zero value),
	// a value derived from published ones (the Note names every input), or
	// an analyst's judgement (the Note gives its reason).
	Evidence Evidence `json:"evidence,omitzero"`
}

// IsZero reports whether p is the zero Provenance.
func (p Provenance) IsZero() bool { return p == Provenance{} }

// Validate reports whether p names a publisher, a valid confidence and a
// valid kind of evidence and, when it has a URL, whether the URL is
// absolute http or https. Errors wrap
// [ErrMissing], [ErrUnknown] or [ErrInvalid].
func (p Provenance) Validate() error {
	if p.Publisher == "" {
		return fieldErr("Provenance.Publisher", nil, ErrMissing)
	}
	if p.Confidence == 0 {
		return fieldErr("Provenance.Confidence", nil, fmt.Errorf("%w (set it to Verified, SingleSource or Unverified)", ErrMissing))
	}
	if !p.Confidence.IsValid() {
		return fieldErr("Provenance.Confidence", uint8(p.Confidence), ErrUnknown)
	}
	if !p.Evidence.IsValid() {
		return fieldErr("Provenance.Evidence", uint8(p.Evidence), ErrUnknown)
	}
	if p.URL != "" {
		u, err := url.Parse(p.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return fieldErr("Provenance.URL", p.URL, ErrInvalid)
		}
	}
	return nil
}

// String returns a one-line citation: "Publisher, Title (confidence)",
// with the kind of evidence after the confidence when it is not data:
// "Publisher, Title (single-source, judgement)". The zero Provenance
// prints "(zero Provenance)".
func (p Provenance) String() string {
	if p.IsZero() {
		return "(zero Provenance)"
	}
	s := p.Publisher
	if p.Title != "" {
		s += ", " + p.Title
	}
	if p.Evidence != Data {
		return fmt.Sprintf("%s (%s, %s)", s, p.Confidence, p.Evidence)
	}
	return fmt.Sprintf("%s (%s)", s, p.Confidence)
}
