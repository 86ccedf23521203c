package trend

import (
	"fmt"
	"math"
	"slices"
)

// A TheilSenResult is the outcome of [TheilSen].
type TheilSenResult struct {
	N     int   // observations
	Pairs int64 // pairwise slopes, N(N−1)/2
	// Slope is the median of the pairwise slopes, per unit of t (per year
	// for indicators).
	Slope float64
	// Intercept is median(y) − Slope·median(t) (Conover 1980), the
	// convention of scipy's theilslopes: the line passes through the
	// medians. It is the value of the line at t = 0, so with decimal years
	// it refers to the year 0; the value at time t is Intercept + Slope·t.
	Intercept float64
	// Low and High bound the confidence interval of Slope at Level.
	Low, High float64
	Level     float64
}

// TheilSen returns the Theil–Sen estimate of the slope of y over the times
// t (strictly increasing; missing observations are left out, so the true
// times are kept), with a confidence interval at the given level (e.g.
// 0.95).
//
//	Slope     = median over i < j of (y_j − y_i)/(t_j − t_i)
//	Intercept = median(y) − Slope·median(t)
//	Low       = slope of rank round((N − C)/2),  High = slope of rank round((N + C)/2) + 1
//	C         = z_{(1+level)/2} · √Var(S)
//
// where N = n(n−1)/2 is the number of slopes, ranks are 1-based in
// ascending order, round is half-to-even, and Var(S) is the tie-corrected
// Mann–Kendall variance (Sen 1968, eq. 2.6; Gilbert 1987, §16.4). For an
// even N the median is the mean (a+b)/2 of the two middle slopes. Slopes
// are the float quotients themselves, so Slope, Low, High and Intercept
// equal scipy.stats.theilslopes(y, t, alpha=level) (method "separate");
// R trend::sens.slope agrees with scipy wherever it gives an interval.
// When differences of the inputs are inexact and slopes tie to within
// rounding, a value can differ from scipy's in the last digit.
//
// The slopes of the three ranks are found by randomized slope selection
// (Matoušek 1991; Dillencourt, Mount & Netanyahu 1992) in O(n log n)
// expected time and O(n) memory, never by forming all N slopes; the
// random generator has a fixed seed, and the results are exact order
// statistics either way.
//
// The interval's confidence level is set with [WithLevel] (default 0.95).
//
// Edge cases: n < 2 is an error wrapping [ErrTooFew]; a level outside
// (0, 1) is an error wrapping [ErrInvalid]; NaN or ±Inf in t or y
// is an error wrapping [ErrInvalid] naming the index; t not strictly
// increasing is an error wrapping [ErrOrder]. Ranks outside [1, N], which
// occur for n ≤ 4, are clamped to it as scipy does (R gives NA), so the
// interval is then at most [min slope, max slope]. A constant series
// gives Slope = Low = High = 0. Inputs so extreme that slopes overflow
// float64 are an error wrapping [ErrUndefined].
func TheilSen(t, y []float64, opts ...Option) (TheilSenResult, error) {
	if err := checkSamples("TheilSen", t, y, 2); err != nil {
		return TheilSenResult{}, err
	}
	o, err := buildOptions("TheilSen", optLevel, opts)
	if err != nil {
		return TheilSenResult{}, err
	}
	return theilSen(t, y, o.level)
}

// theilSen is TheilSen on checked input at the given level.
func theilSen(t, y []float64, level float64) (TheilSenResult, error) {
	if err := checkSlopeRange("TheilSen", t, y); err != nil {
		return TheilSenResult{}, err
	}
	n := len(y)
	N := int64(n) * int64(n-1) / 2
	r := TheilSenResult{N: n, Pairs: N, Level: level}

	// The tie statistics (for the interval's ranks) and the first slope
	// sample of the selection do not depend on each other: compute them
	// concurrently.
	sel := newSlopeSelector(t, y, []int{0, n})
	sorted := slices.Clone(y)
	var tieVar float64
	parallel(2, func(i int) {
		if i == 0 {
			sortFloats(sorted)
			_, tieVar = tieStats(sorted)
		} else {
			sel.prefetch()
		}
	})
	fn := float64(n)
	varS := (fn*(fn-1)*(2*fn+5) - tieVar) / 18
	c := normalUpper(1-level) * math.Sqrt(varS)
	fN := float64(N)
	lowRank := clampRank(int64(math.RoundToEven((fN-c)/2)), N)
	highRank := clampRank(int64(math.RoundToEven((fN+c)/2))+1, N)
	m1, m2 := medianRanks(N)
	v, err := sel.rankValues([]int64{lowRank, m1, m2, highRank})
	if err != nil {
		return TheilSenResult{}, fmt.Errorf("trend: TheilSen: %w: %w", err, ErrUndefined)
	}
	r.Low, r.High = v[0], v[3]
	r.Slope = (v[1] + v[2]) / 2
	r.Intercept = medianSorted(sorted) - r.Slope*medianSorted(t)
	return r, nil
}

func clampRank(k, n int64) int64 { return min(max(k, 1), n) }

// medianRanks returns the 1-based ranks whose mean is the median of N
// values: ⌊(N+1)/2⌋ and ⌈(N+1)/2⌉.
func medianRanks(N int64) (int64, int64) { return (N + 1) / 2, N/2 + 1 }

// senSlope returns the Theil–Sen slope alone.
func senSlope(t, y []float64) (float64, error) {
	if err := checkSlopeRange("Sen slope", t, y); err != nil {
		return 0, err
	}
	n := len(y)
	N := int64(n) * int64(n-1) / 2
	m1, m2 := medianRanks(N)
	v, err := newSlopeSelector(t, y, []int{0, n}).rankValues([]int64{m1, m2})
	if err != nil {
		return 0, fmt.Errorf("trend: Sen slope: %w: %w", err, ErrUndefined)
	}
	return (v[0] + v[1]) / 2, nil
}

// checkSlopeRange rejects inputs whose slopes or the products θ·t used in
// slope selection could overflow: it needs (max y − min y)/(min gap of t)
// and that times max |t| to be finite, with margin.
func checkSlopeRange(name string, t, y []float64) error {
	if len(t) < 2 {
		return nil
	}
	ymin, ymax := y[0], y[0]
	for _, v := range y {
		ymin, ymax = min(ymin, v), max(ymax, v)
	}
	gap := math.Inf(1)
	for i := 1; i < len(t); i++ {
		gap = min(gap, t[i]-t[i-1])
	}
	tmax := max(math.Abs(t[0]), math.Abs(t[len(t)-1]))
	s := (ymax - ymin) / gap
	if !(s*max(tmax, 1) < 1e300) || !(ymax-ymin < 1e300) {
		return fmt.Errorf("trend: %s: values range %g over a time step of %g: slopes overflow: %w", name, ymax-ymin, gap, ErrUndefined)
	}
	return nil
}
