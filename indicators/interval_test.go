package indicators_test

import (
	"errors"
	"math"
	"testing"

	"github.com/statecraft/bilateral/indicators"
)

// TestBounds: the bounds of a value follow its published range, else its
// qualifier, by the documented rule (values worked by hand).
func TestBounds(t *testing.T) {
	inf := math.Inf(1)
	for _, c := range []struct {
		name   string
		o      indicators.Observation
		u      indicators.Unit
		lo, hi float64
	}{
		{"stated", indicators.Observation{Value: 0.4}, indicators.Share, 0.4, 0.4},
		{"approx share: ±10 %", indicators.Observation{Value: 0.5, Qualifier: indicators.Approx}, indicators.Share, 0.45, 0.55},
		{"approx share clipped at 1", indicators.Observation{Value: 0.95, Qualifier: indicators.Approx}, indicators.Share, 0.855, 1},
		{"at least a share", indicators.Observation{Value: 0.8, Qualifier: indicators.AtLeast}, indicators.Share, 0.8, 1},
		{"at most a share", indicators.Observation{Value: 0.2, Qualifier: indicators.AtMost}, indicators.Share, 0, 0.2},
		{"at least USD", indicators.Observation{Value: 2e9, Qualifier: indicators.AtLeast}, indicators.USD, 2e9, inf},
		{"at most a count", indicators.Observation{Value: 5, Qualifier: indicators.AtMost}, indicators.Count, 0, 5},
		{"a published range wins", indicators.Observation{Value: 0.82, Qualifier: indicators.Approx, Range: indicators.Interval{Low: 0.8, High: 0.85}}, indicators.Share, 0.8, 0.85},
	} {
		lo, hi := c.o.Bounds(c.u)
		if math.Abs(lo-c.lo) > 1e-15 || math.Abs(hi-c.hi) > 1e-15 && !(math.IsInf(hi, 1) && math.IsInf(c.hi, 1)) {
			t.Errorf("%s: Bounds = [%v, %v], want [%v, %v]", c.name, lo, hi, c.lo, c.hi)
		}
	}
}

// TestRangeValidated: a range must hold its value and stay in the unit.
func TestRangeValidated(t *testing.T) {
	src := indicators.Provenance{Publisher: "p", Confidence: indicators.Verified}
	info := indicators.Info{Code: "s", Name: "s", Unit: indicators.Share, Source: src}
	at := indicators.YearDate(2020)
	for _, r := range []indicators.Interval{{Low: 0.9, High: 0.95}, {Low: 0.5, High: 1.2}, {Low: math.NaN(), High: 1}} {
		if _, err := indicators.New(info, indicators.Observation{At: at, Value: 0.8, Range: r}); !errors.Is(err, indicators.ErrInvalid) {
			t.Errorf("range %v accepted: %v", r, err)
		}
	}
	if _, err := indicators.New(info, indicators.Observation{At: at, Value: 0.82, Range: indicators.Interval{Low: 0.8, High: 0.85}}); err != nil {
		t.Errorf("a valid range: %v", err)
	}
}
