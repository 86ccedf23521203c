package trend

import (
	"fmt"
	"math"
	"slices"
)

// A SeasonalResult is the outcome of [SeasonalMannKendall].
type SeasonalResult struct {
	N       int   // observations
	Period  int   // seasons per cycle
	Seasons int   // seasons with at least one observation
	S       int64 // Σ_g S_g over seasons
	VarS    float64
	Z       float64 // (S − sgn S)/√VarS, 0 when S = 0
	P       float64 // two-sided, erfc(|Z|/√2)
	Alpha   float64
	// Direction is Rising or Falling when P < Alpha, NoTrend otherwise.
	Direction Direction
	// Slope is the seasonal Sen slope, the median of the within-season
	// pairwise slopes, per cycle (per unit of t: per year for indicators
	// with period 12 or 4). NaN when no season has two observations.
	Slope float64
	// Intercept is median(y) − Slope·median(t).
	Intercept float64
}

// SeasonalMannKendall runs the seasonal Kendall test of Hirsch, Slack &
// Smith (1982) and returns the seasonal Sen slope.
//
// t is in cycles: decimal years for indicators, so period 12 splits a
// year into months and period 4 into quarters. An observation's slot is
// q = ⌊period·t + 10⁻⁶⌋; its season is q mod period and its cycle
// ⌊q/period⌋. Mid-month decimal times thus fall in their own month, and
// times i/period of an index i fall in season i mod period. Seasons are
// assigned by these true positions, so a missing observation shifts
// nothing. Two observations in the same slot are an error wrapping
// [ErrOrder].
//
//	S     = Σ_g S_g,  Var(S) = Σ_g Var(S_g)      (S_g, Var(S_g): Mann–Kendall within season g, ties corrected; no covariance terms)
//	Z     = (S − sgn S)/√Var(S),  P = erfc(|Z|/√2)
//	Slope = median over g and i < j in g of (y_j − y_i)/(c_j − c_i)   (c: cycle)
//
// This is the definition of R trend::smk.test and pymannkendall
// seasonal_test with seasons by position (the tests check it against the
// O(n²) textbook formulas); P uses the continuity correction, as they do
// (Kendall::SeasonalMannKendall does not). The slope, pymannkendall's
// seasonal Sen slope, is selected in O(n log n) like [TheilSen]; a
// partial last cycle is fine.
//
// Options: [WithAlpha]; any adjustment other than [Unadjusted] is an
// error wrapping [ErrInvalid]. n < 3 is an error wrapping [ErrTooFew];
// period < 1 an error wrapping [ErrInvalid]; NaN or ±Inf an error
// wrapping [ErrInvalid] naming the index; t not strictly increasing
// an error wrapping [ErrOrder]. A constant series gives S = 0, P = 1 and
// Slope = 0.
func SeasonalMannKendall(t, y []float64, period int, opts ...Option) (SeasonalResult, error) {
	if err := checkSamples("SeasonalMannKendall", t, y, 3); err != nil {
		return SeasonalResult{}, err
	}
	if period < 1 {
		return SeasonalResult{}, fieldErr("SeasonalMannKendall: period", period, ErrInvalid)
	}
	o, err := buildOptions("SeasonalMannKendall", optAlpha, opts)
	if err != nil {
		return SeasonalResult{}, err
	}
	n := len(y)
	type obs struct {
		season, i int
		cycle     float64
	}
	p := float64(period)
	os := make([]obs, n)
	for i, ti := range t {
		q := math.Floor(ti*p + 1e-6)
		if math.IsInf(q, 0) || math.Abs(q) > 1<<52 {
			return SeasonalResult{}, fieldErr(fmt.Sprintf("SeasonalMannKendall: t[%d]", i), ti, ErrInvalid)
		}
		c := math.Floor(q / p)
		os[i] = obs{season: int(q - c*p), i: i, cycle: c}
	}
	slices.SortStableFunc(os, func(a, b obs) int { return a.season - b.season })
	xs := make([]float64, n)
	ys := make([]float64, n)
	seg := []int{0}
	for k, ob := range os {
		xs[k], ys[k] = ob.cycle, y[ob.i]
		if k > 0 && ob.season != os[k-1].season {
			seg = append(seg, k)
		} else if k > 0 && ob.cycle == os[k-1].cycle {
			return SeasonalResult{}, fmt.Errorf("trend: SeasonalMannKendall: t[%d] = %v and t[%d] = %v fall in the same season of the same cycle: %w", os[k-1].i, t[os[k-1].i], ob.i, t[ob.i], ErrOrder)
		}
	}
	seg = append(seg, n)
	r := SeasonalResult{N: n, Period: period, Seasons: len(seg) - 1, Alpha: o.alpha}
	scratch := make([]float64, n)
	for g := 0; g+1 < len(seg); g++ {
		a, b := seg[g], seg[g+1]
		m := b - a
		v := slices.Clone(ys[a:b])
		dis := discordant(v, scratch)
		ties, tieVar := tieStats(v)
		r.S += int64(m)*int64(m-1)/2 - ties - 2*dis
		fm := float64(m)
		r.VarS += (fm*(fm-1)*(2*fm+5) - tieVar) / 18
	}
	if r.S != 0 && r.VarS > 0 {
		s := float64(r.S)
		r.Z = (s - math.Copysign(1, s)) / math.Sqrt(r.VarS)
	}
	r.P = normalP(r.Z)
	r.Direction = verdict(float64(r.S), r.P, o.alpha)

	sel := newSlopeSelector(xs, ys, seg)
	switch N := sel.total; {
	case N == 0:
		r.Slope = nan
	case allEqual(y):
		r.Slope = 0
	default:
		if err := checkSlopeRange("SeasonalMannKendall", t, y); err != nil {
			return SeasonalResult{}, err
		}
		m1, m2 := medianRanks(N)
		v, err := sel.rankValues([]int64{m1, m2})
		if err != nil {
			return SeasonalResult{}, fmt.Errorf("trend: SeasonalMannKendall: %w: %w", err, ErrUndefined)
		}
		r.Slope = (v[0] + v[1]) / 2
	}
	r.Intercept = medianOf(slices.Clone(y)) - r.Slope*medianSorted(t)
	return r, nil
}
