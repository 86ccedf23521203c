package trend

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// Golden values: testdata/golden_scipy.json and golden_r.json,
// written by gen_scipy.py (scipy 1.10.1; textbook O(n²) definitions where
// no packaged reference exists) and gen_r.R (base R 4.2). Tolerances as
// trends.md §6: S exact, Var(S) 1e-12, z and p 1e-9, slopes 1e-12,
// intercepts 1e-9, Pettitt exact.

type goldenMK struct {
	S                                 int64
	VarS, Factor, VarUsed, Z, P, TauB float64
	ExactP                            *float64
	N                                 int
}

type goldenSeries struct {
	Name, Note string
	T, Y       []float64
	MK         goldenMK `json:"mk"`
	Sen        struct{ Slope, Intercept, Low, High float64 }
	Sen90      *struct{ Slope, Low, High float64 }
	OLS        struct{ Slope, Intercept, R, P, StdErr, InterceptStdErr float64 }
	Pettitt    *struct {
		U  int64
		K  []int
		Up []bool
		P  float64
	}
	HamedRao, HamedRao3, YueWang, PW, TFPW *goldenMK
	CAGR                                   *float64
	Seasonal                               *struct {
		S                            int64
		VarS, Z, P, Slope, Intercept float64
		Period                       int
	}
	SeasonalCompressedS *int64 `json:"seasonal_compressed_S"`
	Statsmodels         *struct{ Slope, Intercept, StdErr, InterceptStdErr, P, R2 float64 }
	ACF                 []float64 `json:"acf"`
}

func readGolden(t *testing.T) []goldenSeries {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "golden_scipy.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g struct{ Series []goldenSeries }
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return g.Series
}

// near reports whether got is within rel relative (or abs absolute, for
// values near 0) of want.
func near(got, want, rel float64) bool {
	if got == want {
		return true
	}
	return math.Abs(got-want) <= rel*math.Max(math.Abs(want), 1e-300) || math.Abs(got-want) <= 1e-14*rel/1e-12 && math.Abs(want) < 1e-300
}

func checkNear(t *testing.T, what string, got, want, rel float64) {
	t.Helper()
	if !near(got, want, rel) {
		t.Errorf("%s = %.17g, want %.17g (rel %.2g)", what, got, want, math.Abs(got-want)/math.Abs(want))
	}
}

func checkMK(t *testing.T, what string, got MannKendallResult, want goldenMK) {
	t.Helper()
	if got.S != want.S {
		t.Errorf("%s: S = %d, want %d", what, got.S, want.S)
	}
	checkNear(t, what+": VarS", got.VarS, want.VarS, 1e-12)
	checkNear(t, what+": Factor", got.Factor, want.Factor, 1e-9)
	checkNear(t, what+": VarUsed", got.VarUsed, want.VarUsed, 1e-9)
	checkNear(t, what+": Z", got.Z, want.Z, 1e-9)
	checkNear(t, what+": P", got.P, want.P, 1e-9)
}

func TestTrendGoldenScipy(t *testing.T) {
	for _, g := range readGolden(t) {
		t.Run(g.Name, func(t *testing.T) {
			n := len(g.Y)
			if n >= 3 {
				// Reference: textbook S, Var(S), z (continuity) and 2·sf(|z|);
				// tau-b from scipy.stats.kendalltau; exact p from
				// kendalltau(method="exact").
				mk, err := MannKendall(g.T, g.Y)
				if err != nil {
					t.Fatal(err)
				}
				checkMK(t, "MannKendall", mk, g.MK)
				checkNear(t, "TauB", mk.TauB, g.MK.TauB, 1e-12)
				if g.MK.ExactP != nil {
					if !mk.HasExactP {
						t.Errorf("no exact p")
					}
					checkNear(t, "ExactP", mk.ExactP, *g.MK.ExactP, 1e-9)
				}
			}
			// Reference: scipy.stats.theilslopes(y, t, alpha=0.95).
			ts, err := TheilSen(g.T, g.Y)
			if err != nil {
				t.Fatal(err)
			}
			checkNear(t, "Sen slope", ts.Slope, g.Sen.Slope, 1e-12)
			checkNear(t, "Sen low", ts.Low, g.Sen.Low, 1e-12)
			checkNear(t, "Sen high", ts.High, g.Sen.High, 1e-12)
			checkNear(t, "Sen intercept", ts.Intercept, g.Sen.Intercept, 1e-9)
			if g.Sen90 != nil {
				ts, err := TheilSen(g.T, g.Y, WithLevel(0.90))
				if err != nil {
					t.Fatal(err)
				}
				checkNear(t, "Sen90 low", ts.Low, g.Sen90.Low, 1e-12)
				checkNear(t, "Sen90 high", ts.High, g.Sen90.High, 1e-12)
			}
			// Reference: scipy.stats.linregress (n ≥ 3, non-degenerate).
			if n >= 3 {
				ols, err := OLS(g.T, g.Y)
				if err != nil {
					t.Fatal(err)
				}
				checkNear(t, "OLS slope", ols.Slope, g.OLS.Slope, 1e-9)
				checkNear(t, "OLS intercept", ols.Intercept, g.OLS.Intercept, 1e-9)
				checkNear(t, "OLS r", ols.R, g.OLS.R, 1e-9)
				checkNear(t, "OLS stderr", ols.StdErr, g.OLS.StdErr, 1e-9)
				checkNear(t, "OLS intercept stderr", ols.InterceptStdErr, g.OLS.InterceptStdErr, 1e-9)
				checkNear(t, "OLS p", ols.P, g.OLS.P, 1e-9)
			}
			// Reference: statsmodels OLS(y, add_constant(t)).fit(). Like R's
			// lm it solves on the uncentred data, which loses digits on values
			// near 1e12; that series is checked against scipy only.
			if sm := g.Statsmodels; sm != nil && g.Name != "near1e12" {
				ols, err := OLS(g.T, g.Y)
				if err != nil {
					t.Fatal(err)
				}
				checkNear(t, "statsmodels slope", ols.Slope, sm.Slope, 1e-9)
				checkNear(t, "statsmodels intercept", ols.Intercept, sm.Intercept, 1e-9)
				checkNear(t, "statsmodels stderr", ols.StdErr, sm.StdErr, 1e-9)
				checkNear(t, "statsmodels intercept stderr", ols.InterceptStdErr, sm.InterceptStdErr, 1e-9)
				checkNear(t, "statsmodels p", ols.P, sm.P, 1e-9)
				checkNear(t, "statsmodels R2", ols.R2, sm.R2, 1e-9)
			}
			// Reference: statsmodels.tsa.stattools.acf(y, nlags=n−1,
			// fft=False, adjusted=False). Lags whose value is below 1e-9 in
			// size are compared absolutely.
			if len(g.ACF) > 0 {
				got := autocorrelation(g.Y, len(g.Y)-1)
				for k, want := range g.ACF {
					if math.Abs(got[k]-want) > 1e-9*math.Max(math.Abs(want), 1e-3) {
						t.Errorf("acf[%d] = %.17g, statsmodels %.17g", k, got[k], want)
					}
				}
			}
			if g.Pettitt != nil && n >= 3 {
				// Reference: textbook double sum for U_k.
				p, err := Pettitt(g.T, g.Y)
				if err != nil {
					t.Fatal(err)
				}
				if p.U != g.Pettitt.U || len(p.K) != len(g.Pettitt.K) {
					t.Errorf("Pettitt U, K = %d, %v; want %d, %v", p.U, p.K, g.Pettitt.U, g.Pettitt.K)
				} else {
					for i := range p.K {
						if p.K[i] != g.Pettitt.K[i] || p.Up[i] != g.Pettitt.Up[i] {
							t.Errorf("Pettitt K = %v %v, want %v %v", p.K, p.Up, g.Pettitt.K, g.Pettitt.Up)
						}
					}
				}
				checkNear(t, "Pettitt p", p.P, g.Pettitt.P, 1e-12)
			}
			// References: textbook Hamed–Rao, Rao et al. lag 3, Yue–Wang, PW,
			// TFPW (gen_scipy.py).
			for _, c := range []struct {
				name string
				want *goldenMK
				opts []Option
			}{
				{"HamedRao", g.HamedRao, []Option{WithAdjustment(HamedRao)}},
				{"HamedRao3", g.HamedRao3, []Option{WithAdjustment(HamedRao), WithLags(3)}},
				{"YueWang", g.YueWang, []Option{WithAdjustment(YueWang)}},
				{"PW", g.PW, []Option{WithAdjustment(Prewhitened)}},
				{"TFPW", g.TFPW, []Option{WithAdjustment(TrendFreePrewhitened)}},
			} {
				if c.want == nil {
					continue
				}
				got, err := MannKendall(g.T, g.Y, c.opts...)
				if err != nil {
					t.Fatalf("%s: %v", c.name, err)
				}
				checkMK(t, c.name, got, *c.want)
				if got.FellBack != (c.want.Factor <= 0) {
					t.Errorf("%s: FellBack = %v with factor %v", c.name, got.FellBack, c.want.Factor)
				}
			}
			if g.CAGR != nil {
				// Reference: the plain formula, (last/first)^(1/years) − 1.
				got, err := CAGR(g.T, g.Y)
				if err != nil {
					t.Fatal(err)
				}
				checkNear(t, "CAGR", got, *g.CAGR, 1e-9)
			}
			if s := g.Seasonal; s != nil {
				// Reference: textbook seasonal Kendall and seasonal Sen slope.
				got, err := SeasonalMannKendall(g.T, g.Y, s.Period)
				if err != nil {
					t.Fatal(err)
				}
				if got.S != s.S {
					t.Errorf("seasonal S = %d, want %d", got.S, s.S)
				}
				checkNear(t, "seasonal VarS", got.VarS, s.VarS, 1e-12)
				checkNear(t, "seasonal Z", got.Z, s.Z, 1e-9)
				checkNear(t, "seasonal P", got.P, s.P, 1e-9)
				checkNear(t, "seasonal slope", got.Slope, s.Slope, 1e-12)
				checkNear(t, "seasonal intercept", got.Intercept, s.Intercept, 1e-9)
			}
		})
	}
}

// TestQuarterlyGap checks trends.md §1.7: a declining 40-point quarterly
// series with one missing value gives S = −157 with seasons by true
// position (a series built to have the statistics quoted there; the
// compressed series would give −111).
func TestQuarterlyGap(t *testing.T) {
	for _, g := range readGolden(t) {
		if g.Name != "quarterly40" {
			continue
		}
		r, err := SeasonalMannKendall(g.T, g.Y, 4)
		if err != nil {
			t.Fatal(err)
		}
		if r.S != -157 || *g.SeasonalCompressedS != -111 {
			t.Errorf("S = %d (compressed reference %d), want −157 (−111)", r.S, *g.SeasonalCompressedS)
		}
		return
	}
	t.Fatal("quarterly40 missing from golden data")
}

func TestTrendGoldenR(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "golden_r.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rs struct {
		Series []struct {
			Name                                                string
			TauB, P                                             *float64
			Exact                                               bool
			Slope, Intercept, StdErr, InterceptStdErr, OLSP, R2 *float64
		}
	}
	if err := json.Unmarshal(b, &rs); err != nil {
		t.Fatal(err)
	}
	series := map[string]goldenSeries{}
	for _, g := range readGolden(t) {
		series[g.Name] = g
	}
	for _, r := range rs.Series {
		g := series[r.Name]
		t.Run(r.Name, func(t *testing.T) {
			if r.TauB != nil {
				// Reference: R cor.test(t, y, method = "kendall").
				mk, err := MannKendall(g.T, g.Y)
				if err != nil {
					t.Fatal(err)
				}
				checkNear(t, "tau-b", mk.TauB, *r.TauB, 1e-12)
				if r.Exact {
					checkNear(t, "exact p", mk.ExactP, *r.P, 1e-9)
				}
			}
			// R's lm solves by QR on the uncentered data, which loses about five
			// digits on values near 1e12; scipy (centred sums) agrees with OLS
			// there, so near1e12 is checked against scipy only.
			if r.Slope != nil && r.Name != "near1e12" {
				// Reference: R summary(lm(y ~ t)).
				ols, err := OLS(g.T, g.Y)
				if err != nil {
					t.Fatal(err)
				}
				checkNear(t, "lm slope", ols.Slope, *r.Slope, 1e-9)
				checkNear(t, "lm intercept", ols.Intercept, *r.Intercept, 1e-9)
				checkNear(t, "lm stderr", ols.StdErr, *r.StdErr, 1e-9)
				checkNear(t, "lm intercept stderr", ols.InterceptStdErr, *r.InterceptStdErr, 1e-9)
				checkNear(t, "lm p", ols.P, *r.OLSP, 1e-9)
				checkNear(t, "lm R2", ols.R2, *r.R2, 1e-9)
			}
		})
	}
}

func TestStudentGolden(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "golden_scipy.json"))
	if err != nil {
		t.Fatal(err)
	}
	var g struct{ Student []struct{ T, DF, P float64 } }
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	for _, c := range g.Student {
		// Reference: 2·scipy.stats.t.sf(T, DF), to 1e-12 relative.
		checkNear(t, "Student p", studentTwoSided(c.T, c.DF), c.P, 1e-12)
	}
}
