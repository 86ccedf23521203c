package trend

import (
	"math"
	"testing"
)

// fuzzSeries decodes fuzz bytes into a series: each pair of bytes gives a
// time step (0.25 to 1) and a value (few distinct levels, so ties are
// common), scaled by scale and shifted by offset.
func fuzzSeries(data []byte, scale, offset float64) (t, y []float64) {
	if math.IsNaN(scale) || math.IsInf(scale, 0) || scale == 0 || math.Abs(scale) > 1e12 || math.Abs(scale) < 1e-12 {
		scale = 1
	}
	if math.IsNaN(offset) || math.IsInf(offset, 0) || math.Abs(offset) > 1e12 {
		offset = 0
	}
	tt := 2000.0
	for i := 0; i+1 < len(data) && len(t) < 300; i += 2 {
		tt += 0.25 * float64(data[i]%4+1)
		t = append(t, tt)
		y = append(y, offset+scale*float64(int8(data[i+1])%16))
	}
	return t, y
}

func FuzzMannKendall(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8}, 1.0, 0.0)
	f.Add([]byte{0, 9, 0, 9, 0, 9, 1, 0, 2, 200}, 1e-12, 1e12)
	f.Fuzz(func(t *testing.T, data []byte, scale, offset float64) {
		tt, y := fuzzSeries(data, scale, offset)
		for _, a := range []Adjustment{Unadjusted, HamedRao, YueWang, Prewhitened, TrendFreePrewhitened} {
			r, err := MannKendall(tt, y, WithAdjustment(a))
			if err != nil {
				continue
			}
			if !(r.P >= 0 && r.P <= 1) || (r.HasExactP && !(r.ExactP >= 0 && r.ExactP <= 1)) {
				t.Fatalf("%v: p out of [0,1]: %+v", a, r)
			}
			if !(math.Abs(r.TauB) <= 1+1e-12) {
				t.Fatalf("%v: |tau-b| > 1: %+v", a, r)
			}
			if a == Unadjusted && r.S != naiveS(y) {
				t.Fatalf("fast S %d, naive %d", r.S, naiveS(y))
			}
		}
	})
}

func FuzzTheilSen(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8}, 1.0, 0.0, 0.95)
	f.Add([]byte{3, 1, 3, 1, 3, 1, 3, 1, 0, 7}, 1e6, -5.0, 0.5)
	f.Fuzz(func(t *testing.T, data []byte, scale, offset, level float64) {
		tt, y := fuzzSeries(data, scale, offset)
		r, err := TheilSen(tt, y, WithLevel(level))
		if err != nil {
			return
		}
		if !(r.Low <= r.Slope && r.Slope <= r.High) {
			t.Fatalf("interval not ordered: %+v", r)
		}
		want := naiveTheilSen(tt, y, level)
		if r.Slope != want.Slope || r.Low != want.Low || r.High != want.High {
			t.Fatalf("fast %+v, naive %+v", r, want)
		}
	})
}

func FuzzPettitt(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8})
	f.Add([]byte{0, 0, 0, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		tt, y := fuzzSeries(data, 1, 0)
		r, err := Pettitt(tt, y)
		if err != nil {
			return
		}
		U, K := naivePettitt(y)
		if r.U != U || len(r.K) != len(K) || !(r.P >= 0 && r.P <= 1) {
			t.Fatalf("got U %d K %v p %v, naive U %d K %v", r.U, r.K, r.P, U, K)
		}
	})
}

func FuzzSeasonalMannKendall(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 1, 9, 2, 3}, 4)
	f.Add([]byte{0, 1, 0, 2, 0, 3, 0, 4}, 12)
	f.Fuzz(func(t *testing.T, data []byte, period int) {
		tt, y := fuzzSeries(data, 1, 0)
		r, err := SeasonalMannKendall(tt, y, period%13)
		if err != nil {
			return
		}
		if !(r.P >= 0 && r.P <= 1) || r.VarS < 0 {
			t.Fatalf("bad result %+v", r)
		}
	})
}

func FuzzOLS(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6}, 1.0, 0.0)
	f.Add([]byte{1, 2, 3, 2}, 1.0, 0.0)
	f.Fuzz(func(t *testing.T, data []byte, scale, offset float64) {
		tt, y := fuzzSeries(data, scale, offset)
		r, err := OLS(tt, y)
		if err != nil {
			return
		}
		if r.DF > 0 && !(r.P >= 0 && r.P <= 1) {
			t.Fatalf("p out of [0,1]: %+v", r)
		}
		if !(r.R2 >= 0 && r.R2 <= 1) {
			t.Fatalf("R² out of [0,1]: %+v", r)
		}
	})
}

func FuzzTrend(f *testing.F) {
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8}, 1.0, 0.0)
	f.Fuzz(func(t *testing.T, data []byte, scale, offset float64) {
		tt, y := fuzzSeries(data, scale, offset)
		s, err := Trend(tt, y)
		if err != nil {
			return
		}
		if s.Direction != Insufficient && !(s.P >= 0 && s.P <= 1 && s.Low <= s.Slope && s.Slope <= s.High) {
			t.Fatalf("bad summary %+v", s)
		}
		_ = s.String()
	})
}
