package indicators_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/statecraft/bilateral/indicators"
)

// TestProvenanceValidate: a publisher and a valid confidence are required;
// a URL, when given, is absolute http or https (Provenance.Validate doc).
func TestProvenanceValidate(t *testing.T) {
	ok := citeAMNews
	tests := []struct {
		name    string
		change  func(*indicators.Provenance)
		want    error    // nil: valid
		mention []string // the field and the value, in the message
	}{
		{"the AMNews citation", func(*indicators.Provenance) {}, nil, nil},
		{"no URL", func(p *indicators.Provenance) { p.URL = "" }, nil, nil},
		{"publisher only", func(p *indicators.Provenance) {
			*p = indicators.Provenance{Publisher: "Armstat", Confidence: indicators.Unverified}
		}, nil, nil},
		{"http", func(p *indicators.Provenance) { p.URL = "http://www.panarmenian.net/eng/world/news/65584/" }, nil, nil},
		{"scheme in capitals", func(p *indicators.Provenance) { p.URL = "HTTPS://ARMENPRESS.AM/eng/news/929422/" }, nil, nil}, // RFC 3986 §3.1: schemes are case-insensitive
		{"no publisher", func(p *indicators.Provenance) { p.Publisher = "" }, indicators.ErrMissing, []string{"Provenance.Publisher"}},
		{"zero confidence (the forgotten-Confidence trap: missing, with the remedy)", func(p *indicators.Provenance) { p.Confidence = 0 }, indicators.ErrMissing, []string{"Provenance.Confidence", "set it to Verified"}},
		{"out-of-range confidence", func(p *indicators.Provenance) { p.Confidence = 9 }, indicators.ErrUnknown, []string{"Provenance.Confidence", "9"}},
		{"relative URL", func(p *indicators.Provenance) { p.URL = "www.amnews.am/language/ru/economics-ru-7/" }, indicators.ErrInvalid, []string{"Provenance.URL", `"www.amnews.am/language/ru/economics-ru-7/"`}},
		{"ftp", func(p *indicators.Provenance) { p.URL = "ftp://example.org/data.csv" }, indicators.ErrInvalid, []string{"Provenance.URL", "ftp://"}},
		{"mailto", func(p *indicators.Provenance) { p.URL = "mailto:press@example.org" }, indicators.ErrInvalid, []string{"Provenance.URL"}},
		{"no host", func(p *indicators.Provenance) { p.URL = "https://" }, indicators.ErrInvalid, []string{"Provenance.URL", `"https://"`}},
		{"no host, path only", func(p *indicators.Provenance) { p.URL = "https:///doc/8009253" }, indicators.ErrInvalid, []string{"Provenance.URL"}},
		{"unparseable", func(p *indicators.Provenance) { p.URL = "https://%zz" }, indicators.ErrInvalid, []string{"Provenance.URL", "%zz"}},
		{"space in host", func(p *indicators.Provenance) { p.URL = "https://news am/" }, indicators.ErrInvalid, []string{"Provenance.URL"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := ok
			tt.change(&p)
			err := p.Validate()
			if tt.want == nil {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("Validate() = %v, want an error wrapping %v", err, tt.want)
			}
			for _, m := range tt.mention {
				if !strings.Contains(err.Error(), m) {
					t.Errorf("error %q does not mention %q", err, m)
				}
			}
		})
	}
	if err := (indicators.Provenance{}).Validate(); !errors.Is(err, indicators.ErrMissing) {
		t.Errorf("zero Provenance Validate() = %v, want ErrMissing", err)
	}
}

func TestProvenanceStringAndIsZero(t *testing.T) {
	tests := []struct {
		p    indicators.Provenance
		want string // format documented on Provenance.String
	}{
		{citeAMNews, "AMNews, citing Armenian customs (verified)"},
		{indicators.Provenance{Publisher: "Armstat", Confidence: indicators.SingleSource}, "Armstat (single-source)"},
		{indicators.Provenance{}, "(zero Provenance)"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("String() = %q, want %q", got, tt.want)
		}
	}
	if !(indicators.Provenance{}).IsZero() || citeAMNews.IsZero() || (indicators.Provenance{Note: "x"}).IsZero() {
		t.Error("IsZero must be true only for the zero Provenance")
	}
}

// TestConfidence: text forms, validity and order ("best first": Verified
// is at least SingleSource, which is at least Unverified).
func TestConfidence(t *testing.T) {
	all := []indicators.Confidence{indicators.Verified, indicators.SingleSource, indicators.Unverified}
	var got []string
	for _, c := range all {
		got = append(got, c.String())
		p, err := indicators.ParseConfidence(c.String())
		if err != nil || p != c {
			t.Errorf("ParseConfidence(%q) = %v, %v; want %v", c, p, err, c)
		}
		if !c.IsValid() {
			t.Errorf("%v.IsValid() = false", c)
		}
	}
	if diff := cmp.Diff([]string{"verified", "single-source", "unverified"}, got); diff != "" {
		t.Errorf("Confidence.String mismatch (-want +got):\n%s", diff)
	}
	for _, c := range []indicators.Confidence{0, 4, 255} {
		if c.IsValid() || c.AtLeast(indicators.Unverified) {
			t.Errorf("%v must be invalid and never at least Unverified", c)
		}
	}
	if got := indicators.Confidence(4).String(); got != "Confidence(4)" {
		t.Errorf("Confidence(4).String() = %q", got)
	}
	atLeast := []struct {
		c, min indicators.Confidence
		want   bool
	}{
		{indicators.Verified, indicators.Verified, true},
		{indicators.Verified, indicators.Unverified, true},
		{indicators.SingleSource, indicators.Verified, false},
		{indicators.SingleSource, indicators.SingleSource, true},
		{indicators.Unverified, indicators.SingleSource, false},
	}
	for _, tt := range atLeast {
		if got := tt.c.AtLeast(tt.min); got != tt.want {
			t.Errorf("%v.AtLeast(%v) = %v, want %v (grades are best first)", tt.c, tt.min, got, tt.want)
		}
	}
	for _, bad := range []string{"", "Verified", "high", "single source"} {
		if _, err := indicators.ParseConfidence(bad); !errors.Is(err, indicators.ErrUnknown) || !strings.Contains(err.Error(), `"`+bad+`"`) {
			t.Errorf("ParseConfidence(%q) error = %v, want ErrUnknown quoting the word", bad, err)
		}
	}
	if _, err := json.Marshal(indicators.Confidence(0)); !errors.Is(err, indicators.ErrUnknown) {
		t.Errorf("marshalling the zero Confidence: %v, want ErrUnknown", err)
	}
	var c indicators.Confidence = indicators.SingleSource
	if err := json.Unmarshal([]byte(`"sure"`), &c); !errors.Is(err, indicators.ErrUnknown) || c != indicators.SingleSource {
		t.Errorf("decoding an unknown word: %v, value %v; want ErrUnknown and the value unchanged", err, c)
	}
	for _, c := range all {
		jsonRoundTrip(t, c)
	}
}

// TestProvenanceJSON: every field round-trips; the small case shows the
// readable encoding with the optional fields left out.
func TestProvenanceJSON(t *testing.T) {
	full := citeAMNews
	full.Recorded = indicators.MustParseDate("2025-10")
	full.Note = "customs data"
	jsonRoundTrip(t, full)
	b := jsonRoundTrip(t, indicators.Provenance{Publisher: "Armstat", Confidence: indicators.Verified})
	if want := `{"publisher":"Armstat","confidence":"verified"}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	b = jsonRoundTrip(t, indicators.Provenance{Publisher: "Armstat", Confidence: indicators.Verified, Recorded: indicators.MustParseDate("2025-10")})
	if want := `{"publisher":"Armstat","confidence":"verified","recorded":"2025-10"}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	var p indicators.Provenance
	if err := json.Unmarshal([]byte(`{"publisher":"x","confidence":"sure"}`), &p); !errors.Is(err, indicators.ErrUnknown) {
		t.Errorf("unknown confidence word: %v, want ErrUnknown", err)
	}
	if err := json.Unmarshal([]byte(`{"publisher":"x","confidence":"verified","recorded":"2025-13"}`), &p); !errors.Is(err, indicators.ErrInvalidDate) {
		t.Errorf("malformed recorded date: %v, want ErrInvalidDate", err)
	}
}
