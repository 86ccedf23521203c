package trend

import (
	"encoding/json"
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// readJSON decodes testdata/name into v.
func readJSON(t *testing.T, name string, v any) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
}

// TestDetrendedTiesExact checks the reproducers of the detrending defect
// against rational arithmetic (testdata/exact.json, written by
// exact_trend.py with Python fractions): the Hamed–Rao factor and p of
// y = [0.1, 1.6, 0, 1.4, 0.6, 1.1, 1.6] are 1 and 0.44752 whatever the
// origin of t (floating-point detrending gave 0.1020 and p = 0.0174 for
// t = 0..6); the factor of a 1000-point integer random walk is exact
// (61.517878892727154); trend-free prewhitening of
// [1.1, 0.9, 0.9, 1.1, 0.3, 0] gives S = −5 (it gave −4, −6 or −5 by
// origin); and an alternating integer series has the exact negative
// factor that makes the test fall back.
func TestDetrendedTiesExact(t *testing.T) {
	var f struct {
		Cases []struct {
			Name, Adjustment string
			T, Y             []float64
			S                int64
			Factor, Z, P     *float64
		}
	}
	readJSON(t, "exact.json", &f)
	if len(f.Cases) < 9 {
		t.Fatalf("%d cases", len(f.Cases))
	}
	for _, c := range f.Cases {
		a := map[string]Adjustment{"HamedRao": HamedRao, "TrendFreePrewhitened": TrendFreePrewhitened}[c.Adjustment]
		r, err := MannKendall(c.T, c.Y, WithAdjustment(a))
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if r.S != c.S {
			t.Errorf("%s: S = %d, exact %d", c.Name, r.S, c.S)
		}
		if c.Factor != nil {
			checkNear(t, c.Name+": factor", r.Factor, *c.Factor, 1e-12)
			if r.FellBack != (*c.Factor <= 0) {
				t.Errorf("%s: FellBack = %v with exact factor %v", c.Name, r.FellBack, *c.Factor)
			}
		}
		checkNear(t, c.Name+": Z", r.Z, *c.Z, 1e-12)
		checkNear(t, c.Name+": P", r.P, *c.P, 1e-12)
	}
}

// TestModifiedMK checks the adjusted tests against the R package
// modifiedmk 1.6 (testdata/modifiedmk.json, written by gen_modifiedmk.R
// on the series of mmk_inputs.tsv): mmkh, mmkh3lag, mmky, mmky1lag, pwmk
// and tfpwmk. The series were chosen (gen_mmk_inputs.py, exactly) so that
// no pair of points lies on the Sen line and the prewhitened values are
// far apart: R's floating-point detrending then cannot break a tie, and
// its values are the exact ones.
func TestModifiedMK(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "mmk_inputs.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string][]float64{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		name, vals, _ := strings.Cut(line, "\t")
		for _, v := range strings.Split(vals, ",") {
			x, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatal(err)
			}
			inputs[name] = append(inputs[name], x)
		}
	}
	type block map[string]float64
	var f struct {
		Series []struct {
			Name                                         string
			MMKH, MMKH3Lag, MMKY, MMKY1Lag, PWMK, TFPWMK block
		}
	}
	readJSON(t, "modifiedmk.json", &f)
	if len(f.Series) != len(inputs) || len(f.Series) < 5 {
		t.Fatalf("%d series for %d inputs", len(f.Series), len(inputs))
	}
	for _, s := range f.Series {
		y := inputs[s.Name]
		tt := make([]float64, len(y))
		for i := range tt {
			tt[i] = float64(i + 1) // modifiedmk's times
		}
		for _, c := range []struct {
			name string
			want block
			opts []Option
		}{
			{"mmkh", s.MMKH, []Option{WithAdjustment(HamedRao)}},
			{"mmkh3lag", s.MMKH3Lag, []Option{WithAdjustment(HamedRao), WithLags(3)}},
			{"mmky", s.MMKY, []Option{WithAdjustment(YueWang)}},
			{"mmky1lag", s.MMKY1Lag, []Option{WithAdjustment(YueWang), WithLags(1)}},
		} {
			r, err := MannKendall(tt, y, c.opts...)
			if err != nil {
				t.Fatalf("%s %s: %v", s.Name, c.name, err)
			}
			what := s.Name + " " + c.name
			checkNear(t, what+" n/n*", r.Factor, c.want["N/N*"], 1e-12)
			checkNear(t, what+" variance", r.VarUsed, c.want["new.variance"], 1e-12)
			checkNear(t, what+" z", r.Z, c.want["Corrected Zc"], 1e-9)
			checkNear(t, what+" p", r.P, c.want["new P-value"], 1e-9)
		}
		for _, c := range []struct {
			name string
			want block
			a    Adjustment
		}{{"pwmk", s.PWMK, Prewhitened}, {"tfpwmk", s.TFPWMK, TrendFreePrewhitened}} {
			r, err := MannKendall(tt, y, WithAdjustment(c.a))
			if err != nil {
				t.Fatalf("%s %s: %v", s.Name, c.name, err)
			}
			what := s.Name + " " + c.name
			if float64(r.S) != c.want["S"] {
				t.Errorf("%s: S = %d, want %v", what, r.S, c.want["S"])
			}
			checkNear(t, what+" Var(S)", r.VarS, c.want["Var(S)"], 1e-12)
			checkNear(t, what+" z", r.Z, c.want["Z-Value"], 1e-9)
			checkNear(t, what+" p", r.P, c.want["P-value"], 1e-9)
		}
	}
}

// quarters reports whether every time is a multiple of 1/4 below 2³⁰ in
// size, so that the maps of TestAffineInvariance are exact on it.
func quarters(t []float64) bool {
	for _, v := range t {
		if q := v * 4; q != math.Trunc(q) || math.Abs(v) >= 1<<30 {
			return false
		}
	}
	return true
}

// affine returns t·a + c for a power of two a and an integer c
// small enough that every value, and every difference, is exact for the
// times used here (multiples of 1/4 below 2³⁰).
func affine(t []float64, a, c float64) []float64 {
	out := make([]float64, len(t))
	for i, v := range t {
		out[i] = v*a + c
	}
	return out
}

// checkInvariant checks that every trend result on (t, y) is unchanged by
// t → a·t + c (a a power of two, the map exact on t): the tests' S,
// factors, z and p bit for bit; slopes divided by a exactly; Pettitt's
// change point; OLS's p, r and R² to rounding (its centring rounds
// differently). Property: the statistics depend on t only through the
// order and the ratios of its differences.
func checkInvariant(t *testing.T, tt, y []float64, a, c float64) {
	t.Helper()
	t2 := affine(tt, a, c)
	adjs := [][]Option{
		{}, {WithAdjustment(HamedRao)}, {WithAdjustment(HamedRao), WithLags(3)},
		{WithAdjustment(YueWang)}, {WithAdjustment(YueWang), WithLags(1)},
		{WithAdjustment(Prewhitened)}, {WithAdjustment(TrendFreePrewhitened)},
	}
	for _, opts := range adjs {
		r1, err1 := MannKendall(tt, y, opts...)
		r2, err2 := MannKendall(t2, y, opts...)
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("a=%v c=%v: errors %v and %v", a, c, err1, err2)
		}
		if err1 != nil {
			continue
		}
		if r1.S != r2.S || r1.Factor != r2.Factor || r1.Z != r2.Z || r1.P != r2.P || r1.FellBack != r2.FellBack || r1.Direction != r2.Direction {
			t.Fatalf("MannKendall %v under t → %v·t + %v:\n%+v\n%+v\nt = %v\ny = %v", r1.Adjustment, a, c, r1, r2, tt, y)
		}
	}
	s1, err1 := TheilSen(tt, y)
	s2, err2 := TheilSen(t2, y)
	if (err1 == nil) != (err2 == nil) {
		t.Fatalf("TheilSen: errors %v and %v", err1, err2)
	}
	if err1 == nil && (s1.Slope != s2.Slope*a || s1.Low != s2.Low*a || s1.High != s2.High*a) {
		t.Fatalf("TheilSen under t → %v·t + %v: %+v, %+v", a, c, s1, s2)
	}
	p1, err1 := Pettitt(tt, y)
	p2, err2 := Pettitt(t2, y)
	if (err1 == nil) != (err2 == nil) || err1 == nil && (p1.U != p2.U || p1.P != p2.P || len(p1.K) != len(p2.K)) {
		t.Fatalf("Pettitt under t → %v·t + %v: %+v, %+v", a, c, p1, p2)
	}
	o1, err1 := OLS(tt, y)
	o2, err2 := OLS(t2, y)
	if (err1 == nil) != (err2 == nil) {
		t.Fatalf("OLS: errors %v and %v", err1, err2)
	}
	if err1 == nil && o1.DF > 0 {
		// P is compared in absolute terms: for a fit exact to rounding,
		// the residuals are rounding noise and a tiny P moves with them
		// (a line with decimal values gave 7.7e-14 and 1.2e-12).
		if math.Abs(o1.R-o2.R) > 1e-9 || math.Abs(o1.P-o2.P) > 1e-9 {
			t.Fatalf("OLS under t → %v·t + %v: %+v, %+v", a, c, o1, o2)
		}
	}
}

// TestAffineInvariance checks the property of checkInvariant on the
// golden series and on random series with many ties.
func TestAffineInvariance(t *testing.T) {
	maps := [][2]float64{{1, 1}, {1, 2000}, {1, -7}, {0.25, 0}, {4, 2000}, {1024, -1e6}, {0.5, 12345}}
	var series [][2][]float64
	for _, g := range readGolden(t) {
		if len(g.Y) >= 3 && len(g.Y) <= 300 && quarters(g.T) {
			series = append(series, [2][]float64{g.T, g.Y})
		}
	}
	r := rand.New(rand.NewPCG(11, 12))
	for range 40 {
		n := 3 + r.IntN(60)
		tt, y := make([]float64, n), make([]float64, n)
		v, w := 0.0, float64(r.IntN(4))
		for i := range n {
			v += 0.25 * float64(1+r.IntN(4))
			tt[i] = v
			y[i] = float64(r.IntN(5))*0.1 + w*0.3*v // decimal values: inexact differences, near ties
		}
		series = append(series, [2][]float64{tt, y})
	}
	for _, s := range series {
		for _, m := range maps {
			checkInvariant(t, s[0], s[1], m[0], m[1])
		}
	}
}

// FuzzAffineInvariance checks the property of checkInvariant on fuzzed
// series (times in quarter steps, values with few levels and decimal
// scales, so that near ties are common), scale 2^k and integer shifts.
func FuzzAffineInvariance(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.1, int8(0), int32(2000))
	f.Add([]byte{0, 1, 0, 16, 0, 0, 0, 14, 0, 6, 0, 11, 0, 16}, 0.1, int8(-2), int32(1))
	f.Fuzz(func(t *testing.T, data []byte, scale float64, k int8, c int32) {
		s := fuzzSeries(data, scale, 0)
		if !s.moderate || len(s.y) < 3 || !quarters(s.t) {
			return
		}
		checkInvariant(t, s.t, s.y, math.Ldexp(1, int(k%8)), float64(c%(1<<20)))
	})
}

// TestLagsOption checks that WithLags is refused where it would be
// ignored or is undefined, and that it selects the lag-1 Yue–Wang form.
func TestLagsOption(t *testing.T) {
	tt := []float64{1, 2, 3, 4, 5, 6, 7, 8}
	y := []float64{1, 3, 2, 5, 4, 6, 8, 7}
	for _, opts := range [][]Option{
		{WithLags(1)},
		{WithAdjustment(Prewhitened), WithLags(1)},
		{WithAdjustment(TrendFreePrewhitened), WithLags(3)},
		{WithAdjustment(YueWang), WithLags(2)},
	} {
		if _, err := MannKendall(tt, y, opts...); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "WithLags") {
			t.Errorf("%d options: error %v, want one naming WithLags and wrapping ErrInvalid", len(opts), err)
		}
	}
	all, err1 := MannKendall(tt, y, WithAdjustment(YueWang))
	lag1, err2 := MannKendall(tt, y, WithAdjustment(YueWang), WithLags(1))
	if err1 != nil || err2 != nil || all.Factor == lag1.Factor {
		t.Errorf("Yue–Wang all lags %v (%v), lag 1 %v (%v): want two factors", all.Factor, err1, lag1.Factor, err2)
	}
}

// TestCAGRDigits checks CAGR against values computed to 30 significant
// digits (testdata/cagr.json, written by gen_cagr.py with Python's decimal
// module in a 50-digit context and checked against mpmath's
// expm1(log1p(·)/T) at 60 digits), near a ratio of 1 and far from it: the
// result must be within 4 units in the last place of the true rate. The
// first case is the reproducer (1000000000001 to 1000000000004 over 4
// years: 7.4999999999840625e-13, where the rounded ratio gave 7.5001e-13).
func TestCAGRDigits(t *testing.T) {
	var f struct {
		Cases []struct {
			T, Y   []float64
			CAGR30 string `json:"cagr30"`
		}
	}
	readJSON(t, "cagr.json", &f)
	if len(f.Cases) < 8 {
		t.Fatalf("%d cases", len(f.Cases))
	}
	for _, c := range f.Cases {
		want, _, err := big.ParseFloat(c.CAGR30, 10, 200, big.ToNearestEven)
		if err != nil {
			t.Fatal(err)
		}
		got, err := CAGR(c.T, c.Y)
		if err != nil {
			t.Fatalf("CAGR(%v, %v): %v", c.T, c.Y, err)
		}
		w, _ := want.Float64()
		diff := new(big.Float).SetPrec(200).Sub(new(big.Float).SetFloat64(got), want)
		ulps, _ := diff.Quo(diff, new(big.Float).SetFloat64(math.Nextafter(w, math.Inf(1))-w)).Float64()
		if math.Abs(ulps) > 4 {
			t.Errorf("CAGR(%v, %v) = %.17g, want %s (%.1f units in the last place)", c.T, c.Y, got, c.CAGR30, ulps)
		}
	}
	// Reason: the rate overflows float64 (10⁶⁰⁰ in one unit of t) or the
	// span does (the times span 2·MaxFloat64, which must not be taken as
	// +Inf years).
	if g, err := CAGR([]float64{0, 1}, []float64{1e-300, 1e300}); !errors.Is(err, ErrUndefined) {
		t.Errorf("CAGR overflowing: %v, %v", g, err)
	}
	g, err := CAGR([]float64{-math.MaxFloat64, math.MaxFloat64}, []float64{1, math.E})
	if want := 1 / (2 * math.MaxFloat64 / 4) / 4; err != nil || g == 0 || math.Abs(g-want) > 1e-300 {
		t.Errorf("CAGR over the whole float range = %v, %v; want about %v", g, err, want)
	}
}

// TestOLSExtremes checks OLS at the edges of the float64 range against
// exact rational arithmetic (testdata/ols_extreme.json, written by
// gen_ols_extreme.py): a line of values 1e200…5e200 (which gave R² = 0,
// StdErr = +Inf, P = 1 before inputs were scaled), times at ±MaxFloat64,
// values near MaxFloat64 and subnormal values. A perfect line, such as
// [−1e308, 0, 1e308] (which gave slope +Inf and NaN R² and P), is an
// error wrapping ErrUndefined.
func TestOLSExtremes(t *testing.T) {
	var f struct {
		Cases []struct {
			Name                                                string
			T, Y                                                []float64
			Exact                                               bool
			Slope, Intercept, R, R2, StdErr, InterceptStdErr, P float64
			TStat                                               float64
		}
	}
	readJSON(t, "ols_extreme.json", &f)
	if len(f.Cases) < 6 {
		t.Fatalf("%d cases", len(f.Cases))
	}
	near := func(what string, got, want float64) {
		t.Helper()
		// Subnormal results carry fewer digits: allow 2 units of the
		// smallest subnormal besides the relative 1e-9.
		if math.IsNaN(got) || math.Abs(got-want) > 1e-9*math.Abs(want)+1e-323 {
			t.Errorf("%s = %.17g, exact %.17g", what, got, want)
		}
	}
	for _, c := range f.Cases {
		r, err := OLS(c.T, c.Y)
		if c.Exact {
			if !errors.Is(err, ErrUndefined) {
				t.Errorf("%s: %+v, %v; want an error wrapping ErrUndefined", c.Name, r, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		near(c.Name+": slope", r.Slope, c.Slope)
		near(c.Name+": R", r.R, c.R)
		near(c.Name+": R2", r.R2, c.R2)
		if c.Name == "line 1e200..5e200" {
			// The residuals and the intercept are at the rounding level of
			// the inputs (the exact residuals are 4e-17 of the values),
			// below what float64 sums resolve: require the intercept to
			// that level and a finite, tiny p.
			if math.Abs(r.Intercept-c.Intercept) > 1e-15*5e200 || !(r.StdErr > 0 && r.StdErr < 1e-15*r.Slope && r.P < 1e-40 && !math.IsInf(r.T, 0)) {
				t.Errorf("%s: %+v", c.Name, r)
			}
			continue
		}
		near(c.Name+": intercept", r.Intercept, c.Intercept)
		near(c.Name+": stderr", r.StdErr, c.StdErr)
		near(c.Name+": intercept stderr", r.InterceptStdErr, c.InterceptStdErr)
		near(c.Name+": t", r.T, c.TStat)
		near(c.Name+": p", r.P, c.P)
	}
}

// TestFiniteOrError checks the reproducers of results that were ±Inf,
// NaN, a wrong zero or a −0 with a nil error: Theil–Sen over times from
// −MaxFloat64 to MaxFloat64 (Low was 0: the pair spanning the whole range
// had an infinite time difference) is an error; the seasonal test with no
// season holding two observations (its slope was NaN) is an error; a
// net change beyond the float64 range is an error; and a zero slope is
// +0 on every path (the selection path for large n gave −0).
func TestFiniteOrError(t *testing.T) {
	const big = math.MaxFloat64
	if r, err := TheilSen([]float64{-big, 0, big}, []float64{0, 1, 2}); !errors.Is(err, ErrUndefined) {
		t.Errorf("TheilSen over ±MaxFloat64: %+v, %v", r, err)
	}
	if r, err := MannKendall([]float64{-big, 0, big}, []float64{0, 1, 3}, WithAdjustment(HamedRao)); !errors.Is(err, ErrUndefined) {
		t.Errorf("Hamed–Rao over ±MaxFloat64: %+v, %v", r, err)
	}
	if r, err := SeasonalMannKendall([]float64{2000, 2000.25, 2000.5}, []float64{1, 2, 3}, 4); !errors.Is(err, ErrTooFew) {
		t.Errorf("seasonal without pairs: %+v, %v", r, err)
	}
	if r, err := Net([]float64{0, 1}, []float64{-1e308, 1e308}); !errors.Is(err, ErrUndefined) {
		t.Errorf("Net overflowing: %+v, %v", r, err)
	}
	if p, err := (NetChange{First: 1e-300, Last: 1e300}).Percent(); !errors.Is(err, ErrUndefined) {
		t.Errorf("Percent overflowing: %v, %v", p, err)
	}
	for _, n := range []int{3, 50, 200, 1000, 3000} {
		tt, y := make([]float64, n), make([]float64, n)
		for i := range tt {
			tt[i], y[i] = float64(i), 5
		}
		for _, v := range []float64{5, math.Copysign(0, -1)} {
			for i := range y {
				y[i] = v
			}
			r, err := TheilSen(tt, y)
			if err != nil || math.Signbit(r.Slope) || math.Signbit(r.Low) || math.Signbit(r.High) || math.Signbit(r.Intercept) || r.Slope != 0 {
				t.Errorf("n=%d, y=%v: %+v, %v: want +0 slopes", n, v, r, err)
			}
			s, err := SeasonalMannKendall(tt, y, 1)
			if err != nil || math.Signbit(s.Slope) || math.Signbit(s.Intercept) {
				t.Errorf("seasonal n=%d, y=%v: %+v, %v: want +0", n, v, s, err)
			}
		}
	}
}

// TestValueScaleInvariance checks that the tests do not depend on the
// unit of y: under y → 2^k·y (exact for these k and series) S, the
// adjustment factors, z and p are unchanged bit for bit, and slopes scale
// by 2^k exactly, including at scales where sums of squares of the raw
// values would overflow (2⁹⁰⁰) or underflow (2⁻⁹⁰⁰). Property: every
// statistic is scale-free in y.
func TestValueScaleInvariance(t *testing.T) {
	adjs := [][]Option{
		{}, {WithAdjustment(HamedRao)}, {WithAdjustment(HamedRao), WithLags(3)},
		{WithAdjustment(YueWang)}, {WithAdjustment(YueWang), WithLags(1)},
		{WithAdjustment(Prewhitened)}, {WithAdjustment(TrendFreePrewhitened)},
	}
	for _, g := range readGolden(t) {
		if len(g.Y) < 4 || len(g.Y) > 300 {
			continue
		}
		for _, k := range []int{-900, -300, 300, 900} {
			y2 := make([]float64, len(g.Y))
			exact := true
			for i, v := range g.Y {
				y2[i] = math.Ldexp(v, k)
				if math.Ldexp(y2[i], -k) != v || v != 0 && math.Abs(y2[i]) < 0x1p-1000 {
					exact = false
				}
			}
			if !exact {
				continue
			}
			for _, opts := range adjs {
				r1, err1 := MannKendall(g.T, g.Y, opts...)
				r2, err2 := MannKendall(g.T, y2, opts...)
				if err1 != nil || err2 != nil {
					t.Fatalf("%s: %v, %v", g.Name, err1, err2)
				}
				if r1.S != r2.S || r1.Factor != r2.Factor || r1.Z != r2.Z || r1.P != r2.P {
					t.Errorf("%s, y·2^%d, %v: %+v\nwant %+v", g.Name, k, r1.Adjustment, r2, r1)
				}
			}
			s1, err1 := TheilSen(g.T, g.Y)
			s2, err2 := TheilSen(g.T, y2)
			if err1 != nil || err2 != nil || math.Ldexp(s1.Slope, k) != s2.Slope || math.Ldexp(s1.Low, k) != s2.Low || math.Ldexp(s1.High, k) != s2.High {
				t.Errorf("%s, y·2^%d: Theil–Sen %+v, %+v (%v, %v)", g.Name, k, s1, s2, err1, err2)
			}
		}
	}
}
