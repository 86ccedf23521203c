package indicators_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/statecraft/bilateral/indicators"
)

// TestEvidenceWords: the three kinds round-trip through their words, the
// zero Evidence is Data (a provenance that does not say is published
// data), and an unknown word or value is an error wrapping ErrUnknown
// (Evidence doc). Expected words are those the doc comment lists.
func TestEvidenceWords(t *testing.T) {
	for e, want := range map[indicators.Evidence]string{indicators.Data: "data", indicators.Derived: "derived", indicators.Judgement: "judgement"} {
		if got := e.String(); got != want {
			t.Errorf("Evidence(%d).String() = %q, want %q", e, got, want)
		}
		b, err := e.MarshalText()
		if err != nil || string(b) != want {
			t.Errorf("Evidence(%d).MarshalText() = %q, %v; want %q", e, b, err, want)
		}
		var back indicators.Evidence
		if err := back.UnmarshalText(b); err != nil || back != e {
			t.Errorf("UnmarshalText(%q) = %d, %v; want %d", b, back, err, e)
		}
	}
	var zero indicators.Evidence
	if zero != indicators.Data {
		t.Error("the zero Evidence is not Data")
	}
	if _, err := indicators.ParseEvidence("estimate"); !errors.Is(err, indicators.ErrUnknown) || !strings.Contains(err.Error(), `"estimate"`) {
		t.Errorf(`ParseEvidence("estimate") = %v, want an error wrapping ErrUnknown naming the word`, err)
	}
	if _, err := indicators.Evidence(7).MarshalText(); !errors.Is(err, indicators.ErrUnknown) || !strings.Contains(err.Error(), "7") {
		t.Errorf("Evidence(7).MarshalText() = %v, want an error wrapping ErrUnknown naming 7", err)
	}
	if indicators.Evidence(3).IsValid() {
		t.Error("Evidence(3) is valid")
	}
}

// TestProvenanceEvidence: Validate rejects an unknown kind naming the
// field and the value; String adds the kind after the confidence when it
// is not data and leaves a data citation as it was; JSON omits Data and
// round-trips the others (Provenance doc).
func TestProvenanceEvidence(t *testing.T) {
	p := indicators.Provenance{Publisher: "bilateral example", Title: "analyst judgement", Confidence: indicators.SingleSource, Evidence: indicators.Judgement}
	if err := p.Validate(); err != nil {
		t.Fatalf("a judgement's provenance: %v", err)
	}
	if got, want := p.String(), "bilateral example, analyst judgement (single-source, judgement)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	d := indicators.Provenance{Publisher: "Armstat", Confidence: indicators.Verified}
	if got, want := d.String(), "Armstat (verified)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	b, err := json.Marshal(d)
	if err != nil || strings.Contains(string(b), "evidence") {
		t.Errorf("JSON of a data provenance = %s, %v; want no evidence field", b, err)
	}
	b, err = json.Marshal(p)
	if err != nil || !strings.Contains(string(b), `"evidence":"judgement"`) {
		t.Fatalf("JSON of a judgement = %s, %v", b, err)
	}
	var back indicators.Provenance
	if err := json.Unmarshal(b, &back); err != nil || back != p {
		t.Errorf("round trip = %+v, %v; want %+v", back, err, p)
	}
	bad := p
	bad.Evidence = 9
	if err := bad.Validate(); !errors.Is(err, indicators.ErrUnknown) || !strings.Contains(err.Error(), "Provenance.Evidence") || !strings.Contains(err.Error(), "9") {
		t.Errorf("Validate with Evidence 9 = %v, want ErrUnknown naming Provenance.Evidence and 9", err)
	}
}
