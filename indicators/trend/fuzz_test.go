package trend

import (
	"errors"
	"math"
	"testing"
)

// A fuzzCase is a series decoded from fuzz input, with what the input
// is: valid (finite values, strictly increasing times) and moderate
// (valid, with values and times of sizes for which the documentation
// allows no ErrUndefined: |scale|, |offset| ≤ 1e100 and a time scale in
// [2⁻¹⁶⁰, 2¹⁶⁰], where no slope, product or span comes near overflow).
type fuzzCase struct {
	t, y            []float64
	valid, moderate bool
}

// fuzzSeries decodes fuzz bytes into a series: each pair of bytes gives a
// time step (0.25 to 1) and a value (few distinct levels, so ties are
// common), scaled by scale and shifted by offset, both unrestricted, so
// that values reach the whole float64 range (and beyond, into ±Inf and
// NaN, which must be refused). An odd-length input's first byte k scales
// the times by 2^(8k), from 2⁻¹⁰²⁴ to 2¹⁰¹⁶.
func fuzzSeries(data []byte, scale, offset float64) fuzzCase {
	tscale := 1.0
	if len(data)%2 == 1 {
		tscale = math.Ldexp(1, 8*int(int8(data[0])))
		data = data[1:]
	}
	var c fuzzCase
	tt := 2000.0
	for i := 0; i+1 < len(data) && len(c.t) < 300; i += 2 {
		tt += 0.25 * float64(data[i]%4+1)
		c.t = append(c.t, tt*tscale)
		c.y = append(c.y, offset+scale*float64(int8(data[i+1])%16))
	}
	c.valid = true
	for i := range c.t {
		if !finite(c.t[i], c.y[i]) || i > 0 && !(c.t[i] > c.t[i-1]) {
			c.valid = false
		}
	}
	c.moderate = c.valid && math.Abs(scale) <= 1e100 && math.Abs(offset) <= 1e100 &&
		tscale >= 0x1p-160 && tscale <= 0x1p160
	return c
}

// finite reports whether no value is NaN or ±Inf.
func finite(v ...float64) bool {
	for _, x := range v {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return false
		}
	}
	return true
}

// checkErr fails on an error the input does not explain and reports
// whether there is a result to check: invalid input must be refused with
// ErrInvalid or ErrOrder, fewer than minN observations with ErrTooFew,
// and valid input must succeed, except for the documented errors in
// allowed and, beyond moderate sizes, ErrUndefined.
func checkErr(t *testing.T, what string, c fuzzCase, err error, minN int, allowed ...error) bool {
	t.Helper()
	switch {
	case !c.valid:
		if !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrOrder) {
			t.Fatalf("%s: invalid input (t = %v, y = %v) gave error %v", what, c.t, c.y, err)
		}
		return false
	case len(c.y) < minN:
		if !errors.Is(err, ErrTooFew) {
			t.Fatalf("%s: %d observations gave error %v, want ErrTooFew", what, len(c.y), err)
		}
		return false
	case err == nil:
		return true
	}
	for _, a := range allowed {
		if errors.Is(err, a) {
			return false
		}
	}
	if !c.moderate && errors.Is(err, ErrUndefined) {
		return false
	}
	t.Fatalf("%s: unexpected error for valid input t = %v, y = %v: %v", what, c.t, c.y, err)
	return false
}

func FuzzMannKendall(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8}, 1.0, 0.0)
	f.Add([]byte{0, 9, 0, 9, 0, 9, 1, 0, 2, 200}, 1e-12, 1e12)
	f.Add([]byte{0, 1, 0, 16, 0, 0, 0, 14, 0, 6, 0, 11, 0, 16}, 0.1, 0.0)
	f.Add([]byte{127, 1, 2, 3, 4, 5, 6, 7, 8}, 1e300, -1e308)
	f.Fuzz(func(t *testing.T, data []byte, scale, offset float64) {
		c := fuzzSeries(data, scale, offset)
		for _, opts := range [][]Option{
			{}, {WithAdjustment(HamedRao)}, {WithAdjustment(HamedRao), WithLags(3)},
			{WithAdjustment(YueWang)}, {WithAdjustment(YueWang), WithLags(1)},
			{WithAdjustment(Prewhitened)}, {WithAdjustment(TrendFreePrewhitened)},
		} {
			r, err := MannKendall(c.t, c.y, opts...)
			minN := 3
			o, _ := buildOptions("", optAdjust|optLags, opts)
			if o.adjust == Prewhitened || o.adjust == TrendFreePrewhitened {
				minN = 4
			}
			if !checkErr(t, o.adjust.String(), c, err, minN) {
				continue
			}
			if !finite(r.VarS, r.Factor, r.VarUsed, r.Z, r.P, r.ExactP, r.TauB) || !(r.P >= 0 && r.P <= 1) ||
				!(r.ExactP >= 0 && r.ExactP <= 1) || !(math.Abs(r.TauB) <= 1+1e-12) || !(r.VarUsed >= 0) {
				t.Fatalf("%v: result out of range: %+v", o.adjust, r)
			}
			switch o.adjust {
			case Unadjusted:
				// Reference: the O(n²) definitions.
				if r.S != naiveS(c.y) || math.Abs(r.VarS-naiveVarS(c.y)) > 1e-12*r.VarS {
					t.Fatalf("S, Var(S) = %d, %v; naive %d, %v", r.S, r.VarS, naiveS(c.y), naiveVarS(c.y))
				}
			case HamedRao:
				// Reference: the factor in rational arithmetic, for short
				// series (the naive code is O(n³) in big rationals).
				if len(c.y) <= 16 && r.S != 0 {
					want := naiveHamedRao(c.t, c.y, o.lags, 0.05)
					if math.Abs(r.Factor-want) > 1e-12*max(1, math.Abs(want)) {
						t.Fatalf("Hamed–Rao lags %d: factor %v, exact %v (t = %v, y = %v)", o.lags, r.Factor, want, c.t, c.y)
					}
				}
			}
		}
	})
}

func FuzzTheilSen(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8}, 1.0, 0.0, 0.95)
	f.Add([]byte{3, 1, 3, 1, 3, 1, 3, 1, 0, 7}, 1e6, -5.0, 0.5)
	f.Add([]byte{128, 1, 2, 3, 4, 5, 6}, 1.0, 0.0, 0.95)
	f.Add([]byte{1, 2, 3, 4, 5, 6}, 1e308, 1e308, 0.9)
	f.Fuzz(func(t *testing.T, data []byte, scale, offset, level float64) {
		c := fuzzSeries(data, scale, offset)
		r, err := TheilSen(c.t, c.y, WithLevel(level))
		if !(level > 0 && level < 1) {
			if c.valid && len(c.y) >= 2 && !errors.Is(err, ErrInvalid) {
				t.Fatalf("level %v: error %v, want ErrInvalid", level, err)
			}
			return
		}
		if !checkErr(t, "TheilSen", c, err, 2) {
			return
		}
		if !finite(r.Slope, r.Intercept, r.Low, r.High) || !(r.Low <= r.Slope && r.Slope <= r.High) {
			t.Fatalf("result out of range: %+v", r)
		}
		// Reference: scipy's definition, all n² slopes sorted.
		want := naiveTheilSen(c.t, c.y, level)
		if r.Slope != want.Slope+0 || r.Low != want.Low || r.High != want.High || r.Slope == 0 && math.Signbit(r.Slope) {
			t.Fatalf("fast %+v, naive %+v", r, want)
		}
	})
}

func FuzzPettitt(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8}, 1.0, 0.0)
	f.Add([]byte{0, 0, 0, 0, 0, 0}, 1.0, 0.0)
	f.Fuzz(func(t *testing.T, data []byte, scale, offset float64) {
		c := fuzzSeries(data, scale, offset)
		r, err := Pettitt(c.t, c.y)
		if !checkErr(t, "Pettitt", c, err, 3) {
			return
		}
		// Reference: the double-sum definition of U_k.
		U, K := naivePettitt(c.y)
		if r.U != U || len(r.K) != len(K) || !(r.P >= 0 && r.P <= 1) {
			t.Fatalf("got U %d K %v p %v, naive U %d K %v", r.U, r.K, r.P, U, K)
		}
		for i := range K {
			if r.K[i] != K[i] {
				t.Fatalf("K = %v, naive %v", r.K, K)
			}
		}
	})
}

func FuzzSeasonalMannKendall(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 1, 9, 2, 3}, 4, 1.0, 0.0)
	f.Add([]byte{0, 1, 0, 2, 0, 3, 0, 4}, 12, 1.0, 0.0)
	f.Add([]byte{3, 1, 3, 2, 3, 3, 3, 4, 3, 5, 3, 6, 3, 7}, 2, 1e300, 0.0)
	f.Fuzz(func(t *testing.T, data []byte, period int, scale, offset float64) {
		c := fuzzSeries(data, scale, offset)
		period %= 13
		r, err := SeasonalMannKendall(c.t, c.y, period)
		if period < 1 {
			if c.valid && len(c.y) >= 3 && !errors.Is(err, ErrInvalid) {
				t.Fatalf("period %d: error %v, want ErrInvalid", period, err)
			}
			return
		}
		// Documented refusals of valid input: two observations in one
		// slot (ErrOrder), no season with a pair (ErrTooFew), times too
		// large to assign to a slot (ErrInvalid).
		if !checkErr(t, "SeasonalMannKendall", c, err, 3, ErrOrder, ErrTooFew, ErrInvalid) {
			return
		}
		if !finite(r.VarS, r.Z, r.P, r.Slope, r.Intercept) || !(r.P >= 0 && r.P <= 1) || r.VarS < 0 {
			t.Fatalf("result out of range: %+v", r)
		}
		// Reference: the textbook seasonal test by slots.
		S, varS, slope, _ := naiveSeasonal(c.t, c.y, period)
		if r.S != S || math.Abs(r.VarS-varS) > 1e-12*varS || r.Slope != slope+0 {
			t.Fatalf("S, Var, slope = %d, %v, %v; naive %d, %v, %v", r.S, r.VarS, r.Slope, S, varS, slope)
		}
	})
}

func FuzzOLS(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6}, 1.0, 0.0)
	f.Add([]byte{1, 2, 3, 2}, 1.0, 0.0)
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8}, 1e300, 1e308)
	f.Add([]byte{200, 1, 2, 3, 9, 5, 6, 7, 8}, 1e-300, 0.0)
	f.Fuzz(func(t *testing.T, data []byte, scale, offset float64) {
		c := fuzzSeries(data, scale, offset)
		r, err := OLS(c.t, c.y)
		// An exact line has no t-test (ErrUndefined, documented).
		if !checkErr(t, "OLS", c, err, 3, ErrUndefined) {
			return
		}
		if !finite(r.Slope, r.Intercept, r.R, r.R2, r.StdErr, r.InterceptStdErr, r.T, r.P) ||
			!(r.P >= 0 && r.P <= 1) || !(r.R2 >= 0 && r.R2 <= 1) {
			t.Fatalf("result out of range: %+v", r)
		}
		// Reference: least squares in rational arithmetic, where the data
		// are well conditioned (spread at least 1e-3 of the magnitude, so
		// that float64 keeps 1e-9).
		ymin, ymax, ybig := c.y[0], c.y[0], 0.0
		for _, v := range c.y {
			ymin, ymax, ybig = min(ymin, v), max(ymax, v), max(ybig, math.Abs(v))
		}
		if ymax-ymin >= 1e-3*ybig && ymax > ymin {
			slope, intercept, r2 := naiveOLS(c.t, c.y)
			// The slope's error is relative to the slope's natural scale,
			// spread(y)/span(t), so that an exact 0 tolerates rounding.
			slopeScale := math.Abs(slope) + (ymax-ymin)/(c.t[len(c.t)-1]-c.t[0])
			if math.Abs(r.Slope-slope) > 1e-9*slopeScale || math.Abs(r.R2-r2) > 1e-9 ||
				math.Abs(r.Intercept-intercept) > 1e-9*(math.Abs(intercept)+ybig) {
				t.Fatalf("slope, intercept, R² = %v, %v, %v; exact %v, %v, %v", r.Slope, r.Intercept, r.R2, slope, intercept, r2)
			}
		}
	})
}

func FuzzTrend(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8}, 1.0, 0.0)
	f.Add([]byte{1, 1, 1, 1, 1, 1, 1, 9, 1, 9, 1, 9, 1, 9}, 1.0, 0.0)
	f.Fuzz(func(t *testing.T, data []byte, scale, offset float64) {
		c := fuzzSeries(data, scale, offset)
		s, err := Trend(c.t, c.y)
		if !checkErr(t, "Trend", c, err, 0) {
			return
		}
		if len(c.y) < 3 {
			if s.Direction != Insufficient {
				t.Fatalf("n = %d: %+v", len(c.y), s)
			}
			return
		}
		// Reference: the summary is its parts, computed separately.
		mk, err1 := MannKendall(c.t, c.y)
		ts, err2 := TheilSen(c.t, c.y)
		pt, err3 := Pettitt(c.t, c.y)
		if err1 != nil || err2 != nil || err3 != nil {
			t.Fatalf("parts fail where the summary did not: %v, %v, %v", err1, err2, err3)
		}
		if s.Direction != mk.Direction || s.P != mk.PValue() || s.Slope != ts.Slope || s.Low != ts.Low || s.High != ts.High ||
			s.HasChange != (pt.P < s.Alpha && pt.U > 0 && pt.K[0]+1 < len(c.y)) {
			t.Fatalf("summary %+v; parts %+v %+v %+v", s, mk, ts, pt)
		}
		if !finite(s.P, s.Slope, s.Low, s.High, s.ChangeP) {
			t.Fatalf("summary not finite: %+v", s)
		}
		_ = s.String()
	})
}
