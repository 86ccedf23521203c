package trend

import (
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/exp/stats"
)

func TestTrendInputErrors(t *testing.T) {
	nanAt2 := []float64{1, 2, math.NaN(), 4}
	infT := []float64{1, math.Inf(1), 3, 4}
	tt := []float64{1, 2, 3, 4}
	yy := []float64{1, 3, 2, 4}
	calls := map[string]func(t, y []float64) error{
		"MannKendall": func(t, y []float64) error { _, err := MannKendall(t, y); return err },
		"TheilSen":    func(t, y []float64) error { _, err := TheilSen(t, y); return err },
		"OLS":         func(t, y []float64) error { _, err := OLS(t, y); return err },
		"Pettitt":     func(t, y []float64) error { _, err := Pettitt(t, y); return err },
		"Seasonal":    func(t, y []float64) error { _, err := SeasonalMannKendall(t, y, 4); return err },
		"CAGR":        func(t, y []float64) error { _, err := CAGR(t, y); return err },
		"Net":         func(t, y []float64) error { _, err := Net(t, y); return err },
		"Trend":       func(t, y []float64) error { _, err := Trend(t, y); return err },
	}
	for name, f := range calls {
		// Reason: NaN in y is an error naming the index.
		if err := f(tt, nanAt2); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "y[2]") {
			t.Errorf("%s(NaN) = %v, want ErrInvalid naming y[2]", name, err)
		}
		// Reason: Inf in t is an error naming the index.
		if err := f(infT, yy); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "t[1]") {
			t.Errorf("%s(Inf t) = %v, want ErrInvalid naming t[1]", name, err)
		}
		// Reason: times must increase strictly.
		if err := f([]float64{1, 2, 2, 4}, yy); !errors.Is(err, ErrOrder) {
			t.Errorf("%s(repeated t) = %v, want ErrOrder", name, err)
		}
		// Reason: lengths must match.
		if err := f(tt, yy[:3]); !errors.Is(err, ErrInvalid) {
			t.Errorf("%s(len mismatch) = %v, want ErrInvalid", name, err)
		}
		// Reason: one observation is below every minimum.
		if err := f([]float64{1}, []float64{1}); name != "Trend" && !errors.Is(err, ErrTooFew) {
			t.Errorf("%s(n=1) = %v, want ErrTooFew", name, err)
		}
	}
	// Reason: significance tests need 3 observations (trends.md Decision 7).
	for _, f := range []func() error{
		func() error { _, err := MannKendall([]float64{1, 2}, []float64{1, 2}); return err },
		func() error { _, err := Pettitt([]float64{1, 2}, []float64{1, 2}); return err },
		func() error { _, err := SeasonalMannKendall([]float64{1, 2}, []float64{1, 2}, 1); return err },
		func() error {
			_, err := MannKendall([]float64{1, 2, 3}, []float64{1, 3, 2}, WithAdjustment(Prewhitened))
			return err
		},
	} {
		if err := f(); !errors.Is(err, ErrTooFew) {
			t.Errorf("n too small: %v, want ErrTooFew", err)
		}
	}
	// Reason: option values are checked.
	for i, o := range []Option{WithAlpha(0), WithAlpha(1.5), WithLevel(1), WithLags(-1), WithAdjustment(9)} {
		if _, err := MannKendall(tt, yy, o); !errors.Is(err, ErrInvalid) {
			t.Errorf("bad option %d: %v, want ErrInvalid", i, err)
		}
	}
	if _, err := TheilSen(tt, yy, WithLevel(1)); !errors.Is(err, ErrInvalid) {
		t.Errorf("TheilSen(level 1) = %v", err)
	}
	if _, err := SeasonalMannKendall(tt, yy, 0); !errors.Is(err, ErrInvalid) {
		t.Errorf("period 0 = %v", err)
	}
	if _, err := SeasonalMannKendall(tt, yy, 4, WithAdjustment(HamedRao)); !errors.Is(err, ErrInvalid) {
		t.Errorf("seasonal adjustment = %v", err)
	}
	// Reason: two observations in one slot are refused.
	if _, err := SeasonalMannKendall([]float64{2020.1, 2020.2, 2021.1}, []float64{1, 2, 3}, 4); !errors.Is(err, ErrOrder) {
		t.Errorf("same slot = %v", err)
	}
	// Reason: slopes that overflow are refused.
	if _, err := TheilSen([]float64{0, 1e-300}, []float64{-1e300, 1e300}, WithLevel(0.9)); !errors.Is(err, ErrUndefined) {
		t.Errorf("overflowing slopes = %v", err)
	}
}

func TestConstantSeries(t *testing.T) {
	tt := []float64{2001, 2002, 2003, 2004, 2005}
	y := []float64{7, 7, 7, 7, 7}
	// Reason: trends.md Decision 7: S = 0, Var = 0, z = 0, p = 1, before
	// any adjustment; tau-b 0 by this package's choice.
	for _, a := range []Adjustment{Unadjusted, HamedRao, YueWang, Prewhitened, TrendFreePrewhitened} {
		r, err := MannKendall(tt, y, WithAdjustment(a))
		if err != nil {
			t.Fatal(err)
		}
		if r.S != 0 || r.VarS != 0 || r.Z != 0 || r.P != 1 || r.TauB != 0 || r.Direction != NoTrend {
			t.Errorf("%v: constant series gives %+v", a, r)
		}
	}
	ts, _ := TheilSen(tt, y)
	if ts.Slope != 0 || ts.Low != 0 || ts.High != 0 || ts.Intercept != 7 {
		t.Errorf("TheilSen constant = %+v", ts)
	}
	p, _ := Pettitt(tt, y)
	if p.U != 0 || p.P != 1 || len(p.K) != 5 {
		t.Errorf("Pettitt constant = %+v", p)
	}
	o, _ := OLS(tt, y)
	if o.Slope != 0 || o.P != 1 || o.R2 != 0 {
		t.Errorf("OLS constant = %+v", o)
	}
	if o, err := OLS(tt[:2], y[:2]); !errors.Is(err, ErrTooFew) {
		t.Errorf("OLS constant n=2 = %+v, %v", o, err)
	}
	s, _ := SeasonalMannKendall(tt, y, 1)
	if s.S != 0 || s.P != 1 || s.Slope != 0 {
		t.Errorf("seasonal constant = %+v", s)
	}
}

func TestOLSDegenerate(t *testing.T) {
	// Reason: documented choices: n = 2 leaves no degrees of freedom, and
	// a perfect fit no residual variance, for a test: both are errors, not
	// NaN or an infinite t.
	if r, err := OLS([]float64{0, 1}, []float64{1, 3}); !errors.Is(err, ErrTooFew) {
		t.Errorf("n=2: %+v, %v", r, err)
	}
	r, err := OLS([]float64{0, 1, 2, 3}, []float64{1, 3, 5, 7})
	if !errors.Is(err, ErrUndefined) || !strings.Contains(err.Error(), "y = 1 + 2·t") {
		t.Errorf("perfect fit: %+v, %v", r, err)
	}
}

func TestFarTailP(t *testing.T) {
	// Reference: a strictly increasing series of 200 points has S = 19900
	// and Var(S) = 895500, so z = 19899/√895500 = 21.028023656408425 and
	// p = erfc(z/√2) = 3.6347975605812251748e-98 (mpmath at 50 digits; R's
	// 2*pnorm(-z) gives 3.6347975605812127e-98). p must keep its relative
	// accuracy this far in the tail, not underflow to 0 as 1 − Φ(z) does.
	n := 200
	tt := make([]float64, n)
	for i := range tt {
		tt[i] = float64(i)
	}
	r, err := MannKendall(tt, tt)
	if err != nil {
		t.Fatal(err)
	}
	if r.S != 19900 || r.VarS != 895500 {
		t.Errorf("S, Var(S) = %d, %v; want 19900, 895500", r.S, r.VarS)
	}
	checkNear(t, "Z", r.Z, 21.028023656408425, 1e-14)
	checkNear(t, "P", r.P, 3.6347975605812251748e-98, 1e-13)
}

func TestExactPMatchesDistribution(t *testing.T) {
	// Reason: for n = 4 the Mahonian counts are 1,3,5,6,5,3,1 (24
	// permutations); p for c = 1 is 2·(1+3)/24.
	if got := kendallExactP(4, 1); math.Abs(got-8.0/24) > 1e-15 {
		t.Errorf("exact p = %v", got)
	}
	if got := kendallExactP(4, 3); got != 1 {
		t.Errorf("exact p at the centre = %v", got)
	}
}

func TestHamedRaoFallback(t *testing.T) {
	// Reason: trends.md Decision 3: a factor ≤ 0 must not give a negative
	// variance or NaN p; the package falls back to the unadjusted variance
	// and flags it. The integer series 3i + 80·(i mod 2) + (i mod 3) has
	// the exact factor −0.28417037507946596 (testdata/exact.json, rational
	// arithmetic). (The decimal alternating series of pymannkendall issue
	// #29 has a negative factor only when floating-point detrending breaks
	// its ties; its exact factor is 0.9735.)
	n := 12
	tt := make([]float64, n)
	y := make([]float64, n)
	for i := range y {
		tt[i] = float64(i + 1)
		y[i] = float64(3*i + 80*(i%2) + i%3)
	}
	r, err := MannKendall(tt, y, WithAdjustment(HamedRao))
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(r.Factor+0.28417037507946596) > 1e-15 || !r.FellBack || r.VarUsed != r.VarS || math.IsNaN(r.P) {
		t.Errorf("fallback: %+v", r)
	}
	s, _ := Trend(tt, y, WithAdjustment(HamedRao))
	if !strings.Contains(s.String(), "unadjusted variance used") {
		t.Errorf("summary does not flag the fallback:\n%s", s)
	}
}

func TestMissingKeepsPositions(t *testing.T) {
	// Reason: trends.md §2: [2.5, NaN, 4.6, 7.3, 12.4] by true positions
	// gives the Sen slope 2.5875 (scipy), not 3.0 (compressed).
	r, err := TheilSen([]float64{2019, 2021, 2022, 2023}, []float64{2.5, 4.6, 7.3, 12.4})
	if err != nil || math.Abs(r.Slope-2.5875) > 1e-12 {
		t.Errorf("slope %v, %v", r.Slope, err)
	}
}

func TestChangeAndCAGR(t *testing.T) {
	// Reason: trends.md §1.10 by hand: a negative base makes percent
	// change undefined; a zero last value gives CAGR −100%.
	c, err := Net([]float64{2020, 2021}, []float64{-5.2, 3.4})
	if err != nil || math.Abs(c.Absolute-8.6) > 1e-12 {
		t.Fatalf("%+v %v", c, err)
	}
	if _, err := c.Percent(); !errors.Is(err, ErrUndefined) {
		t.Errorf("percent from a negative base: %v", err)
	}
	if g, err := CAGR([]float64{2020, 2022}, []float64{4, 0}); err != nil || g != -1 {
		t.Errorf("CAGR to zero = %v, %v", g, err)
	}
	if _, err := CAGR([]float64{2020, 2022}, []float64{0, 4}); !errors.Is(err, ErrUndefined) {
		t.Errorf("CAGR from zero: %v", err)
	}
	c, _ = Net([]float64{2020, 2021}, []float64{2, 3})
	if p, err := c.Percent(); err != nil || p != 50 {
		t.Errorf("percent = %v, %v", p, err)
	}
}

func TestTrendInsufficientAndStrings(t *testing.T) {
	s, err := Trend([]float64{1, 2}, []float64{3, 4})
	if err != nil || s.Direction != Insufficient || !strings.Contains(s.String(), "insufficient") {
		t.Errorf("n=2 summary: %+v %v", s, err)
	}
	s, _ = Trend([]float64{1, 2, 3}, []float64{3, 4, 5}, WithAdjustment(Prewhitened))
	if s.Direction != Insufficient {
		t.Errorf("prewhitened n=3: %v", s.Direction)
	}
	// Reason: a plain-slice summary names times and rates without a unit.
	tt := make([]float64, 30)
	y := make([]float64, 30)
	for i := range y {
		tt[i] = float64(i)
		y[i] = float64(i) * 0.5
		if i >= 15 {
			y[i] += 20
		}
	}
	s, err = Trend(tt, y, WithAlpha(0.01), WithLevel(0.9))
	if err != nil || s.Direction != Rising || !s.HasChange || s.ChangeAfter != 14 || !s.ChangeUp {
		t.Fatalf("%+v %v", s, err)
	}
	out := s.String()
	for _, w := range []string{"rising", "per unit of t", "90% interval", "change point between 14 and 15", "later values higher"} {
		if !strings.Contains(out, w) {
			t.Errorf("summary lacks %q:\n%s", w, out)
		}
	}
	// Reason: the words are the documented ones, and a value out of range
	// names its type and number.
	dirs := map[Direction]string{Rising: "rising", Falling: "falling", NoTrend: "no trend", Insufficient: "insufficient data", 0: "Direction(0)", 9: "Direction(9)"}
	for d, want := range dirs {
		if got := d.String(); got != want {
			t.Errorf("Direction %d: %q, want %q", uint8(d), got, want)
		}
	}
	adjs := map[Adjustment]string{Unadjusted: "unadjusted", HamedRao: "Hamed–Rao", YueWang: "Yue–Wang", Prewhitened: "prewhitened", TrendFreePrewhitened: "trend-free prewhitened", 9: "Adjustment(9)"}
	for a, want := range adjs {
		if got := a.String(); got != want {
			t.Errorf("Adjustment %d: %q, want %q", uint8(a), got, want)
		}
	}
}

func TestAutocorrelationFFT(t *testing.T) {
	// Property: the FFT path equals the direct sums to rounding.
	r := rand.New(rand.NewPCG(5, 6))
	x := make([]float64, 3000)
	for i := range x {
		x[i] = r.NormFloat64() + 0.01*float64(i)
	}
	fast := autocorrelation(x, len(x)-1) // n·L > 2²², FFT
	c := make([]float64, len(x))
	var m float64
	for _, v := range x {
		m += v
	}
	m /= float64(len(x))
	var c0 float64
	for i, v := range x {
		c[i] = v - m
		c0 += c[i] * c[i]
	}
	for _, k := range []int{1, 2, 17, 500, 2999} {
		var s float64
		for i := 0; i+k < len(x); i++ {
			s += c[i] * c[i+k]
		}
		if math.Abs(fast[k]-s/c0) > 1e-12 {
			t.Errorf("rho[%d] = %v, direct %v", k, fast[k], s/c0)
		}
	}
}

func TestSeasonalSlopeVsNaive(t *testing.T) {
	// Property: the seasonal Sen slope from slope selection equals the
	// median of all within-season slopes, on series long enough for the
	// randomized path. The median comes from golang.org/x/exp/stats, an
	// implementation independent of this package's; it interpolates an
	// even count's middle pair as a + (b − a)/2 (Hyndman–Fan R-7) where
	// this package takes (a + b)/2 as numpy and R do, so the two may
	// differ in the last place: the test allows 2 ulps.
	r := rand.New(rand.NewPCG(7, 8))
	for trial := range 4 {
		n := 600 + 100*trial
		tt := make([]float64, 0, n)
		y := make([]float64, 0, n)
		for i := range n {
			if r.IntN(10) == 0 {
				continue // missing month
			}
			tt = append(tt, 2000+(float64(i)+0.5)/12)
			y = append(y, float64(r.IntN(20))+0.01*float64(i))
		}
		got, err := SeasonalMannKendall(tt, y, 12)
		if err != nil {
			t.Fatal(err)
		}
		var v []float64
		for i := range y {
			for j := i + 1; j < len(y); j++ {
				si, sj := int(math.Floor(tt[i]*12+1e-6)), int(math.Floor(tt[j]*12+1e-6))
				if si%12 == sj%12 {
					v = append(v, (y[j]-y[i])/float64(sj/12-si/12))
				}
			}
		}
		if want := stats.Median(v); math.Abs(got.Slope-want) > 2*ulp(want) {
			t.Errorf("n=%d: seasonal slope %v, naive %v", n, got.Slope, want)
		}
	}
}

// ulp returns the spacing of float64 values at x.
func ulp(x float64) float64 { return math.Nextafter(math.Abs(x), math.Inf(1)) - math.Abs(x) }
