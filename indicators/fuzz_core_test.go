package indicators_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/statecraft/bilateral/indicators"
)

// FuzzParseDate checks ParseDate against its own printer and against the
// time package: a date parses if and only if time.Parse accepts it with the
// layout of its length and its year is at least 1; a parsed date prints
// back to the same text, re-parses equal, and spans First ≤ Last.
// Seeds: testdata/fuzz/FuzzParseDate.
func FuzzParseDate(f *testing.F) {
	f.Add("1998")
	f.Add("2024-02-29")
	f.Fuzz(func(t *testing.T, s string) {
		d, err := indicators.ParseDate(s)

		layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(s)]
		refOK := false
		if layout != "" {
			tm, terr := time.Parse(layout, s)
			refOK = terr == nil && tm.Year() >= 1
		}
		if (err == nil) != refOK {
			t.Fatalf("ParseDate(%q) error = %v, but time.Parse with %q accepts it: %v", s, err, layout, refOK)
		}
		if err != nil {
			if !errors.Is(err, indicators.ErrInvalidDate) {
				t.Fatalf("ParseDate(%q) error %v does not wrap ErrInvalidDate", s, err)
			}
			if d != (indicators.Date{}) {
				t.Fatalf("ParseDate(%q) = %v with an error", s, d)
			}
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d)
		}
		again, err := indicators.ParseDate(d.String())
		if err != nil || again != d {
			t.Fatalf("re-parsing %q: %v, %v", d, again, err)
		}
		var text indicators.Date
		if b, _ := d.MarshalText(); text.UnmarshalText(b) != nil || text != d {
			t.Fatalf("text round trip of %q gave %v", s, text)
		}
		first, last := d.First(), d.Last()
		if first.Compare(last) > 0 || last.Before(first) || !d.Contains(first) || !d.Contains(last) {
			t.Fatalf("%q: First %v, Last %v", s, first, last)
		}
		// d starts on its First day and is coarser, so it orders first.
		if c := d.Compare(first); c > 0 || (c == 0) != (d.Precision() == indicators.PrecisionDay) {
			t.Fatalf("%q compares %d with its First %v", s, c, first)
		}
		if x := d.Decimal(); math.IsNaN(x) || x <= float64(d.Year()) || x >= float64(d.Year()+1) {
			t.Fatalf("%q: Decimal %v outside its year", s, x)
		}
		if !indicators.OpenPeriod(d).MayContain(d) || indicators.OpenPeriod(d).Contains(d) != (d.Precision() == indicators.PrecisionDay) {
			t.Fatalf("%q: a period since d may always contain d, and certainly only at day precision", s)
		}
	})
}

// FuzzParsePeriod: ParsePeriod never panics; what parses prints back to
// the same text, re-parses equal and validates; certainty implies
// possibility; errors wrap ErrInvalidPeriod. Seeds:
// testdata/fuzz/FuzzParsePeriod.
func FuzzParsePeriod(f *testing.F) {
	f.Add("1998/..")
	f.Add("../2020")
	f.Fuzz(func(t *testing.T, s string) {
		p, err := indicators.ParsePeriod(s)
		if err != nil {
			if !errors.Is(err, indicators.ErrInvalidPeriod) {
				t.Fatalf("ParsePeriod(%q) error %v does not wrap ErrInvalidPeriod", s, err)
			}
			if p != (indicators.Period{}) {
				t.Fatalf("ParsePeriod(%q) = %v with an error", s, p)
			}
			return
		}
		if p.String() != s {
			t.Fatalf("ParsePeriod(%q).String() = %q", s, p)
		}
		if again, err := indicators.ParsePeriod(p.String()); err != nil || again != p {
			t.Fatalf("re-parsing %q: %v, %v", p, again, err)
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("%q parsed but does not validate: %v", s, err)
		}
		if p.Start.IsValid() && p.End.IsValid() && p.End.Last().Compare(p.Start.First()) <= 0 {
			t.Fatalf("%q ends on or before the day it starts", s)
		}
		probes := []indicators.Date{p.Start, p.End, p.Start.First(), p.Start.Last(), p.End.First(), p.End.Last(), indicators.YearDate(p.Start.Year()), indicators.YearDate(p.End.Year())}
		for _, d := range probes {
			if p.Contains(d) && !p.MayContain(d) {
				t.Fatalf("%q contains %v but may not contain it", s, d)
			}
		}
		// Validate's rule, read through MayContain: a valid period may be
		// in force on the first day its start could be.
		if p.Start.IsValid() && !p.MayContain(p.Start.First()) {
			t.Fatalf("%q may not contain %v", s, p.Start.First())
		}
		// End is the first day no longer in force.
		if p.End.IsValid() && (p.MayContain(p.End.Last()) || p.Contains(p.End.First())) {
			t.Fatalf("%q may contain its end", s)
		}
	})
}

// FuzzIndicatorJSON: decoding arbitrary bytes never panics; whatever
// decodes re-encodes, re-decodes equal and encodes to the same bytes
// again, and every observation it decoded had a number under "value" in
// the input (missing is never zero). Seeds: testdata/fuzz/FuzzIndicatorJSON.
func FuzzIndicatorJSON(f *testing.F) {
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var ind indicators.Indicator
		if err := json.Unmarshal(b, &ind); err != nil {
			if ind.IsValid() {
				t.Fatalf("decode failed (%v) but left %v", err, ind)
			}
			return
		}
		checkValuesPresent(t, b)
		enc, err := json.Marshal(ind)
		if err != nil {
			t.Fatalf("decoded %s but cannot encode it: %v", b, err)
		}
		var again indicators.Indicator
		if err := json.Unmarshal(enc, &again); err != nil {
			t.Fatalf("re-decoding %s: %v", enc, err)
		}
		if !again.Equal(ind) {
			t.Fatalf("round trip changed the indicator:\n%s\n%s", b, enc)
		}
		if enc2, _ := json.Marshal(again); !bytes.Equal(enc, enc2) {
			t.Fatalf("encoding is not stable:\n%s\n%s", enc, enc2)
		}
		// A decoded indicator answers every read.
		for o := range ind.All() {
			// Observations lie in the coverage and do not overlap, so each
			// is the value as of its own date.
			if got, ok := ind.AsOf(o.At); !ok || got != o {
				t.Fatalf("AsOf(%v) = %v, %v; want %v", o.At, got, ok, o)
			}
			if err := ind.Unit().Check(o.Value); err != nil {
				t.Fatalf("decoded a value its unit forbids: %v", err)
			}
		}
		ts, ys := ind.Samples()
		if len(ts) != ind.Len() || len(ys) != ind.Len() {
			t.Fatalf("Samples lengths %d, %d for %d observations", len(ts), len(ys), ind.Len())
		}
		_ = ind.String()
	})
}

// keysFold returns the keys of m equal to name regardless of case, which
// is how encoding/json matches keys to fields.
func keysFold(m map[string]any, name string) []string {
	var out []string
	for k := range m {
		if strings.EqualFold(k, name) {
			out = append(out, k)
		}
	}
	return out
}

// checkValuesPresent fails t unless every element of the observations of
// b, an indicator that decoded, holds a number under "value". It reads b
// with a plain map decoding, independent of the package's decoder, and
// skips keys spelt in several cases, whose order a map does not keep.
func checkValuesPresent(t *testing.T, b []byte) {
	t.Helper()
	var m map[string]any
	if json.Unmarshal(b, &m) != nil || m == nil {
		return // null
	}
	keys := keysFold(m, "observations")
	if len(keys) != 1 {
		return
	}
	obs, _ := m[keys[0]].([]any)
	for i, e := range obs {
		o, ok := e.(map[string]any)
		if !ok {
			t.Fatalf("observations[%d] is %T, yet the indicator decoded: %s", i, e, b)
		}
		switch vk := keysFold(o, "value"); {
		case len(vk) == 0:
			t.Fatalf("observations[%d] has no value, yet the indicator decoded: %s", i, b)
		case len(vk) == 1:
			if _, ok := o[vk[0]].(float64); !ok {
				t.Fatalf("observations[%d] has value %v, yet the indicator decoded: %s", i, o[vk[0]], b)
			}
		}
	}
}
