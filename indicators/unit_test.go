package indicators_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/statecraft/bilateral/indicators"
)

var everyUnit = []indicators.Unit{indicators.Share, indicators.Percent, indicators.USD, indicators.EUR,
	indicators.Count, indicators.Index, indicators.Tonnes, indicators.CubicMetres, indicators.TIV}

// TestUnitCheck: values must be finite; shares lie in [0, 1]; counts,
// tonnes, cubic metres and TIV are non-negative; the other units take any
// finite value (Unit.Check doc).
func TestUnitCheck(t *testing.T) {
	tests := []struct {
		unit indicators.Unit
		v    float64
		ok   bool
		why  string
	}{
		{indicators.Share, 0.99, true, "Russia's share of Armenia's wheat imports, 2023"},
		{indicators.Share, 0, true, "the lower bound is allowed"},
		{indicators.Share, 1, true, "the upper bound is allowed"},
		{indicators.Share, -0.01, false, "below 0"},
		{indicators.Share, 1.01, false, "above 1"},
		{indicators.Share, 99, false, "a percent is not a share"},
		{indicators.Percent, -9.5, true, "the 2020 fall in turnover"},
		{indicators.Percent, 150, true, "growth above 100%"},
		{indicators.USD, 12.4e9, true, "2024 turnover"},
		{indicators.USD, -1e9, true, "a balance may be negative"},
		{indicators.EUR, 270e6, true, "EU Resilience and Growth Plan"},
		{indicators.Index, -3, true, "an index has its own scale"},
		{indicators.Count, 225, true, "a count"},
		{indicators.Count, -1, false, "negative count"},
		{indicators.Tonnes, 343.6e3, true, "wheat imported in 2023"},
		{indicators.Tonnes, -1, false, "negative tonnes"},
		{indicators.CubicMetres, -1, false, "negative volume"},
		{indicators.TIV, -1, false, "negative TIV"},
		{indicators.TIV, 0, true, "no deliveries"},
	}
	for _, u := range everyUnit {
		for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
			tests = append(tests, struct {
				unit indicators.Unit
				v    float64
				ok   bool
				why  string
			}{u, v, false, "not finite"})
		}
	}
	for _, tt := range tests {
		err := tt.unit.Check(tt.v)
		if tt.ok {
			if err != nil {
				t.Errorf("%s.Check(%v) = %v, want nil: %s", tt.unit, tt.v, err, tt.why)
			}
			continue
		}
		if !errors.Is(err, indicators.ErrInvalid) {
			t.Errorf("%s.Check(%v) = %v, want ErrInvalid: %s", tt.unit, tt.v, err, tt.why)
			continue
		}
		if want := fmt.Sprint(tt.v); !strings.Contains(err.Error(), want) {
			t.Errorf("%s.Check(%v) error %q does not name the value", tt.unit, tt.v, err)
		}
	}
}

// TestUnitFormat: the report formats documented on Unit.Format, with
// values from the facts file.
func TestUnitFormat(t *testing.T) {
	tests := []struct {
		unit indicators.Unit
		v    float64
		want string
	}{
		{indicators.Share, 0.99, "99%"},               // wheat 2023
		{indicators.Share, 0.414, "41.4%"},            // doc example
		{indicators.Share, 0.0104, "1.04%"},           // small shares keep two decimals
		{indicators.Share, 0.05, "5%"},                // trailing zeros trimmed
		{indicators.Share, 0, "0%"},                   // zero
		{indicators.Share, 1, "100%"},                 // whole
		{indicators.Percent, -9.5, "-9.5%"},           // 2020 fall
		{indicators.Percent, 91.7, "91.7%"},           // 2022 growth
		{indicators.Percent, -0.01, "0%"},             // rounds to zero without a minus sign
		{indicators.USD, 12.4e9, "USD 12.4bn"},        // doc example, 2024 turnover
		{indicators.USD, 12.4016044e9, "USD 12.4bn"},  // Armstat's exact 2024 figure, two decimals
		{indicators.USD, 5.03e9, "USD 5.03bn"},        // 2022
		{indicators.USD, 2e9, "USD 2bn"},              // 2019 lower bound
		{indicators.USD, 737.5e6, "USD 737.5m"},       // H1 2017
		{indicators.USD, -1.5e9, "USD -1.5bn"},        // negative values by magnitude
		{indicators.USD, 950, "USD 950"},              // below a million
		{indicators.EUR, 270e6, "EUR 270m"},           // Resilience and Growth Plan
		{indicators.EUR, 15e6, "EUR 15m"},             // resilience package
		{indicators.CubicMetres, 2.1e9, "2.1 bcm"},    // billions of cubic metres
		{indicators.CubicMetres, 5e6, "5000000 m3"},   // below a billion
		{indicators.Tonnes, 343.6e3, "343600 t"},      // wheat imported 2023
		{indicators.Count, 225, "225 count"},          // other units by name
		{indicators.Index, 1.25, "1.25 index"},        // other units: four significant digits
		{indicators.Index, 0.0003, "0.0003 index"},    // doc example
		{indicators.Index, 123456, "1.235e+05 index"}, // four significant digits
		{indicators.TIV, 12.3456, "12.35 tiv"},        // four significant digits
		{indicators.Unit(0), 1, "1 Unit(0)"},          // the invalid unit names itself
	}
	for _, tt := range tests {
		if got := tt.unit.Format(tt.v); got != tt.want {
			t.Errorf("%s.Format(%v) = %q, want %q", tt.unit, tt.v, got, tt.want)
		}
	}
}

// TestUnitText: every unit prints, parses and round-trips through JSON as
// the word documented on Unit.String; unknown words are errors.
func TestUnitText(t *testing.T) {
	var got []string
	for _, u := range everyUnit {
		got = append(got, u.String())
		if !u.IsValid() {
			t.Errorf("%v.IsValid() = false", u)
		}
		if p, err := indicators.ParseUnit(u.String()); err != nil || p != u {
			t.Errorf("ParseUnit(%q) = %v, %v", u, p, err)
		}
		jsonRoundTrip(t, u)
	}
	want := []string{"share", "percent", "usd", "eur", "count", "index", "tonnes", "m3", "tiv"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Unit.String mismatch (-want +got):\n%s", diff)
	}
	for _, u := range []indicators.Unit{0, 10} {
		if u.IsValid() {
			t.Errorf("Unit(%d) must be invalid", u)
		}
		if _, err := json.Marshal(u); !errors.Is(err, indicators.ErrUnknown) {
			t.Errorf("marshalling Unit(%d): %v, want ErrUnknown", u, err)
		}
	}
	for _, bad := range []string{"USD", "", "dollars", "m³"} {
		if _, err := indicators.ParseUnit(bad); !errors.Is(err, indicators.ErrUnknown) {
			t.Errorf("ParseUnit(%q) = %v, want ErrUnknown", bad, err)
		}
		u := indicators.USD
		if err := u.UnmarshalText([]byte(bad)); !errors.Is(err, indicators.ErrUnknown) || u != indicators.USD {
			t.Errorf("UnmarshalText(%q) = %v leaving %v; want ErrUnknown and no change", bad, err, u)
		}
	}
	if b, _ := json.Marshal(indicators.CubicMetres); string(b) != `"m3"` {
		t.Errorf("CubicMetres encodes as %s, want \"m3\"", b)
	}
}

// TestQualifier: words, report symbols and JSON of the qualifiers; the
// zero Qualifier is Stated and "" decodes to it.
func TestQualifier(t *testing.T) {
	tests := []struct {
		q            indicators.Qualifier
		text, symbol string // Qualifier.String and Qualifier.Symbol docs
	}{
		{indicators.Stated, "stated", ""},
		{indicators.Approx, "approx", "~"},
		{indicators.AtLeast, "at-least", "≥"},
		{indicators.AtMost, "at-most", "≤"},
	}
	for _, tt := range tests {
		if got := [2]string{tt.q.String(), tt.q.Symbol()}; got != [2]string{tt.text, tt.symbol} {
			t.Errorf("Qualifier(%d): [String, Symbol] = %q, want [%q %q]", tt.q, got, tt.text, tt.symbol)
		}
		b := jsonRoundTrip(t, tt.q)
		if string(b) != `"`+tt.text+`"` {
			t.Errorf("Qualifier(%d) encodes as %s, want %q", tt.q, b, tt.text)
		}
	}
	q := indicators.AtLeast
	if err := q.UnmarshalText(nil); err != nil || q != indicators.Stated {
		t.Errorf("empty text decodes to %v, %v; want Stated", q, err)
	}
	bad := indicators.Qualifier(9)
	if bad.String() != "Qualifier(9)" || bad.Symbol() != "" {
		t.Errorf("Qualifier(9): String %q, Symbol %q", bad.String(), bad.Symbol())
	}
	if _, err := json.Marshal(bad); !errors.Is(err, indicators.ErrUnknown) {
		t.Errorf("marshalling Qualifier(9): %v, want ErrUnknown", err)
	}
	q = indicators.Approx
	if err := json.Unmarshal([]byte(`"about"`), &q); !errors.Is(err, indicators.ErrUnknown) || q != indicators.Approx {
		t.Errorf("decoding \"about\": %v, %v; want ErrUnknown and no change", err, q)
	}
}

// TestFormatScaleBoundaries: the scale is chosen from the rounded value, so
// that no amount prints as 1000 of a smaller scale.
func TestFormatScaleBoundaries(t *testing.T) {
	for _, c := range []struct {
		u    indicators.Unit
		v    float64
		want string
	}{
		{indicators.USD, 999.96e6, "USD 1bn"},
		{indicators.USD, 999.94e6, "USD 999.9m"},
		{indicators.USD, 999999.6, "USD 1m"},
		{indicators.USD, 999999.4, "USD 999999"},
		{indicators.CubicMetres, 999999999.6, "1 bcm"},
	} {
		if got := c.u.Format(c.v); got != c.want {
			t.Errorf("%s.Format(%v) = %q, want %q", c.u, c.v, got, c.want)
		}
	}
}
