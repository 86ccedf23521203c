package trend

import (
	"math"
	"slices"
)

// A MannKendallResult is the outcome of [MannKendall].
//
// When the test ran on a prewhitened series (Adjustment [Prewhitened] or
// [TrendFreePrewhitened]), N, S, VarS, TauB and ExactP describe that
// series of n−1 values.
type MannKendallResult struct {
	N    int     // observations tested
	S    int64   // Kendall's S = Σ_{i<j} sgn(y_j − y_i)
	VarS float64 // Var(S) with the tie correction, before any adjustment
	// Factor is the effective-sample-size factor n/n* of the Hamed–Rao or
	// Yue–Wang adjustment as computed, 1 otherwise. It can be ≤ 0; see
	// FellBack.
	Factor float64
	// VarUsed is the variance behind Z: VarS·Factor, or VarS when the
	// adjustment fell back.
	VarUsed float64
	// FellBack reports that the adjustment factor was ≤ 0, which leaves
	// no valid variance: the test then used the unadjusted VarS, and the
	// result is that of the unadjusted test.
	FellBack bool
	Z        float64 // (S − sgn S)/√VarUsed, 0 when S = 0
	P        float64 // two-sided p of Z, erfc(|Z|/√2)
	// ExactP is the two-sided p from the exact null distribution of S,
	// when HasExactP: N < 50, no tied values and no variance adjustment.
	ExactP    float64
	HasExactP bool
	// TauB is Kendall's tau-b, S/√((n₀ − n₁)·n₀) with n₀ = N(N−1)/2 and
	// n₁ the tied pairs; 0 for a constant series.
	TauB       float64
	Alpha      float64    // significance level of Direction
	Adjustment Adjustment // serial-correlation adjustment applied
	// Direction is Rising or Falling when the p used for the verdict
	// (ExactP when HasExactP, else P) is below Alpha, NoTrend otherwise.
	Direction Direction
}

// PValue returns the p-value the verdict rests on: ExactP when the exact
// distribution applies, P otherwise.
func (r MannKendallResult) PValue() float64 {
	if r.HasExactP {
		return r.ExactP
	}
	return r.P
}

// MannKendall runs the Mann–Kendall test for a monotonic trend of y over
// the times t (strictly increasing; missing observations are left out).
// Only the order of the observations matters, not their spacing.
//
//	S      = Σ_{i<j} sgn(y_j − y_i)
//	Var(S) = [n(n−1)(2n+5) − Σ_g t_g(t_g−1)(2t_g+5)] / 18   (t_g: size of tie group g)
//	Z      = (S − sgn S) / √Var(S)                           (continuity correction; 0 when S = 0)
//	p      = erfc(|Z|/√2)                                    (two-sided)
//	tau-b  = S / √((n₀ − n₁)·n₀),  n₀ = n(n−1)/2, n₁ = Σ_g t_g(t_g−1)/2
//
// tau-b equals scipy.stats.kendalltau(t, y) and R cor.test(t, y,
// method = "kendall"); S, Var(S), Z and p follow the definition of R
// trend::mk.test (continuity correction; the tests check them against
// the O(n²) textbook formulas), with p computed without cancellation so
// that a p of 1e-100 is returned as such. S is counted by merge sort
// (Knight 1966) in O(n log n) time and O(n) memory.
//
// For n < 50 without ties, ExactP is the exact two-sided p from the
// distribution of S under the null hypothesis (Kendall 1970), equal to
// scipy's kendalltau(method="exact") and R's cor.test exact p; the
// verdict then uses it.
//
// Adjustments for serial correlation, chosen with [WithAdjustment]; b is
// the Theil–Sen slope of y against t and d_i = y_i − b·t_i:
//
//   - [HamedRao] (Hamed & Rao 1998): Var*(S) = Var(S)·n/n*, with
//     n/n* = 1 + 2/(n(n−1)(n−2)) · Σ_{k=1}^{L} (n−k)(n−k−1)(n−k−2)·ρ_k,
//     ρ_k the lag-k autocorrelation of the ranks of d, counted only when
//     |ρ_k| > z_{1−α/2}/√n. The sum keeps its sign, as in the paper (and
//     R modifiedmk::mmkh), not its absolute value. L = n−1 unless set
//     with [WithLags] (L = 3: Rao, Hamed & Chen 2003, mmkh3lag).
//   - [YueWang] (Yue & Wang 2004): Var*(S) = Var(S)·n/n*, with
//     n/n* = 1 + 2·Σ_{k=1}^{n−1} (1 − k/n)·ρ_k, ρ_k the autocorrelation of
//     d itself (R modifiedmk::mmky). The factor is unstable at small n.
//     With WithLags(1), the lag-1 form of R modifiedmk::mmky1lag
//     (Patakamuri 2021, modifiedmk 1.6, after Yue & Wang 2004, with the
//     lag-k autocorrelation of an AR(1) process, ρ₁^k):
//     n/n* = 1 + 2·(1 − 1/n)·Σ_{k=1}^{n−1} ρ₁^k. Note the weight 1 − 1/n
//     where the all-lags form has 1 − k/n; pymannkendall's lag=1 option
//     is yet another formula, 1 + 2·(1 − 1/n)·ρ₁.
//   - [Prewhitened] (von Storch 1995): test y_{i+1} − r₁·y_i, r₁ the lag-1
//     autocorrelation of y.
//   - [TrendFreePrewhitened] (Yue, Pilon, Phinney & Cavadias 2002): test
//     (d_{i+1} − r₁·d_i) + b·t_{i+1}, r₁ the lag-1 autocorrelation of d.
//
// The ranks of d decide the Hamed–Rao factor, and the ties of d those of
// the trend-free prewhitened series; d contains exact ties (the pairs
// that define the median slope lie on the line), which subtracting b·t
// in floating point would break one way or the other depending on where
// t starts. So d is ordered exactly: b is the exact median of the exact
// pairwise slopes of the input values, and d_i against d_j is decided by
// comparing the slope of the pair with b, in rational arithmetic where
// floating point cannot decide. The results are those of rational
// arithmetic throughout (checked against it), and do not change when t
// is shifted or scaled exactly (t → a·t + c with a > 0 a power of two
// and t + c exact).
//
// Autocorrelations are the biased estimates of R's acf and statsmodels'
// acf(adjusted=False) (mean removed, divided by n), taken on the values
// scaled by a power of two where they are beyond 2^±400, so that no sum
// overflows. With missing observations they are taken over the
// observed values in time order, as if consecutive, while the detrending
// uses the true times. A zero-variance series has all ρ_k = 0. When an
// adjusted factor n/n* is ≤ 0 the test falls back to the unadjusted
// variance and sets FellBack.
//
// Edge cases: n < 3 (after prewhitening: n − 1 < 3) is an error wrapping
// [ErrTooFew]; NaN or ±Inf in t or y is an error wrapping
// [ErrInvalid] that names the index; t not strictly increasing is an
// error wrapping [ErrOrder]. A constant series gives S = 0, VarS = 0,
// Z = 0, P = 1, TauB = 0 and no adjustment.
func MannKendall(t, y []float64, opts ...Option) (MannKendallResult, error) {
	if err := checkSamples("MannKendall", t, y, 3); err != nil {
		return MannKendallResult{}, err
	}
	o, err := buildOptions("MannKendall", optAlpha|optAdjust|optLags, opts)
	if err != nil {
		return MannKendallResult{}, err
	}
	return mannKendall(t, y, o)
}

func mannKendall(t, y []float64, o trendOptions) (MannKendallResult, error) {
	r := MannKendallResult{Alpha: o.alpha, Adjustment: o.adjust, Factor: 1}
	if (o.adjust == Prewhitened || o.adjust == TrendFreePrewhitened) && len(y) < 4 {
		return MannKendallResult{}, fieldErr("MannKendall: prewhitened series of length", len(y)-1, ErrTooFew)
	}
	if allEqual(y) {
		r.N, r.P, r.Direction = len(y), 1, NoTrend
		if o.adjust == Prewhitened || o.adjust == TrendFreePrewhitened {
			r.N--
		}
		return r, nil
	}
	x := y
	var det detrended
	if o.adjust != Unadjusted && o.adjust != Prewhitened {
		var err error
		if det, err = detrendSen(t, y); err != nil {
			return MannKendallResult{}, err
		}
	}
	switch o.adjust {
	case Prewhitened:
		x = prewhiten(y, y)
	case TrendFreePrewhitened:
		x = prewhiten(y, det.val)
	}
	if len(x) < 3 {
		return MannKendallResult{}, fieldErr("MannKendall: prewhitened series of length", len(x), ErrTooFew)
	}
	n := len(x)
	sorted := slices.Clone(x)
	dis := discordant(sorted, make([]float64, n))
	tiePairs, tieVar := tieStats(sorted)
	n0 := int64(n) * int64(n-1) / 2
	r.N = n
	r.S = n0 - tiePairs - 2*dis
	fn := float64(n)
	r.VarS = (fn*(fn-1)*(2*fn+5) - tieVar) / 18
	if tiePairs < n0 {
		r.TauB = float64(r.S) / math.Sqrt(float64(n0-tiePairs)*float64(n0))
	}
	switch o.adjust {
	case HamedRao, YueWang:
		switch {
		case o.adjust == HamedRao:
			r.Factor = hamedRaoFactor(det.ranks(), o.lags, o.alpha)
		case o.lags == 1:
			r.Factor = yueWangLag1Factor(det.val)
		default:
			r.Factor = yueWangFactor(det.val)
		}
	}
	r.VarUsed = r.VarS * r.Factor
	if r.Factor <= 0 || math.IsNaN(r.Factor) {
		r.FellBack = true
		r.VarUsed = r.VarS
	}
	if r.S != 0 && r.VarUsed > 0 {
		s := float64(r.S)
		r.Z = (s - math.Copysign(1, s)) / math.Sqrt(r.VarUsed)
	}
	r.P = normalP(r.Z)
	if n < 50 && tiePairs == 0 && (o.adjust == Unadjusted || o.adjust == Prewhitened || o.adjust == TrendFreePrewhitened) {
		r.HasExactP = true
		r.ExactP = kendallExactP(n, min(dis, n0-dis))
	}
	r.Direction = verdict(float64(r.S), r.PValue(), o.alpha)
	return r, nil
}

// prewhiten returns y_{i+1} − r₁·x_i for i = 0..n−2, r₁ the lag-1
// autocorrelation of x. With x = y it is the prewhitened series; with x
// the detrended series d it is the trend-free prewhitened series
// (d_{i+1} − r₁·d_i) + b·t_{i+1} = y_{i+1} − r₁·d_i, whatever the origin
// of d (a shift of d shifts every value alike). Each value is rounded
// once, so equal inputs give equal values: the ties of d survive.
func prewhiten(y, x []float64) []float64 {
	r1 := 0.0
	if acf := autocorrelation(x, 1); len(acf) > 1 {
		r1 = acf[1]
	}
	// |r₁| ≤ 1, so |y_{i+1} − r₁·x_i| ≤ |y_{i+1}| + |x_i| can overflow only
	// for values beyond 2¹⁰²²: halve them (exactly; S depends only on the
	// order of the values).
	if scaleExponent(y) > 1022 || scaleExponent(x) > 1022 {
		y, x = scaled(y, 1), scaled(x, 1)
	}
	out := make([]float64, len(x)-1)
	for i := range out {
		out[i] = math.FMA(-r1, x[i], y[i+1])
	}
	return out
}

// hamedRaoFactor returns n/n* of Hamed & Rao (1998) from the ranks of the
// detrended series, over lags 1..L (L = n−1 when lags is 0), keeping the
// autocorrelations that are significant at level alpha.
func hamedRaoFactor(ranks []float64, lags int, alpha float64) float64 {
	n := len(ranks)
	L := n - 1
	if lags > 0 && lags < L {
		L = lags
	}
	rho := autocorrelation(ranks, L)
	sig := normalUpper(alpha) / math.Sqrt(float64(n))
	fn := float64(n)
	var sum float64
	for k := 1; k <= L && k < len(rho); k++ {
		if math.Abs(rho[k]) > sig {
			m := fn - float64(k)
			sum += m * (m - 1) * (m - 2) * rho[k]
		}
	}
	return 1 + 2/(fn*(fn-1)*(fn-2))*sum
}

// yueWangFactor returns n/n* of Yue & Wang (2004) for the detrended series
// d: 1 + 2·Σ_{k=1}^{n−1} (1 − k/n)·ρ_k.
func yueWangFactor(d []float64) float64 {
	n := len(d)
	rho := autocorrelation(d, n-1)
	fn := float64(n)
	var sum float64
	for k := 1; k < len(rho); k++ {
		sum += (1 - float64(k)/fn) * rho[k]
	}
	return 1 + 2*sum
}

// yueWangLag1Factor returns the lag-1 factor of R modifiedmk::mmky1lag for
// the detrended series d: 1 + 2·(1 − 1/n)·Σ_{k=1}^{n−1} ρ₁^k.
func yueWangLag1Factor(d []float64) float64 {
	n := len(d)
	r1 := 0.0
	if acf := autocorrelation(d, 1); len(acf) > 1 {
		r1 = acf[1]
	}
	var sum, pow float64 = 0, 1
	for k := 1; k < n; k++ {
		pow *= r1
		sum += pow
	}
	return 1 + 2*(1-1/float64(n))*sum
}

// autocorrelation returns ρ_0..ρ_L of x, the biased estimates of R's acf:
// ρ_k = Σ_{i<n−k} (x_i − x̄)(x_{i+k} − x̄) / Σ (x_i − x̄)². A series with
// zero variance gives ρ_0 = 1 and ρ_k = 0. Small inputs are summed
// directly; large ones go through an FFT (O(n log n)), whose rounding
// error is about 1e-15·log n in each ρ_k.
func autocorrelation(x []float64, L int) []float64 {
	n := len(x)
	L = min(L, n-1)
	if L < 0 {
		return nil
	}
	// ρ does not change when x is scaled: scale values beyond 2^±400 (by a
	// power of two, exactly) so that no sum of squares overflows.
	x = scaled(x, scaleExponent(x))
	var acc sumAcc
	for _, v := range x {
		acc.add(v)
	}
	mean := acc.sum() / float64(n)
	c := make([]float64, n)
	acc = sumAcc{}
	for i, v := range x {
		c[i] = v - mean
		acc.add(c[i] * c[i])
	}
	c0 := acc.sum()
	rho := make([]float64, L+1)
	rho[0] = 1
	if c0 == 0 {
		return rho
	}
	if int64(n)*int64(L) <= 1<<22 {
		for k := 1; k <= L; k++ {
			var s sumAcc
			for i := 0; i+k < n; i++ {
				s.add(c[i] * c[i+k])
			}
			rho[k] = s.sum() / c0
		}
		return rho
	}
	ac := autocovarianceFFT(c)
	for k := 1; k <= L; k++ {
		rho[k] = ac[k] / ac[0]
	}
	return rho
}

// sumAcc is a compensated (Neumaier) sum: nearly exactly rounded, so that
// autocorrelations do not depend on summation order.
type sumAcc struct{ s, c float64 }

func (a *sumAcc) add(v float64) {
	t := a.s + v
	if math.Abs(a.s) >= math.Abs(v) {
		a.c += (a.s - t) + v
	} else {
		a.c += (v - t) + a.s
	}
	a.s = t
}

func (a *sumAcc) sum() float64 { return a.s + a.c }

// kendallExactP returns the exact two-sided p-value of Kendall's S for n
// observations without ties, c being the smaller of the numbers of
// concordant and discordant pairs: 2·P(D ≤ c), capped at 1, where D is
// the number of inversions of a random permutation (the Mahonian
// distribution, Kendall 1970). It takes O(n·c) time; use it for n < 50.
func kendallExactP(n int, c int64) float64 {
	total := int64(n) * int64(n-1) / 2
	if n <= 2 || 2*c >= total {
		return 1
	}
	// f[k] = number of permutations of j elements with k inversions, for
	// k ≤ c, built up j = 1..n by f_j(k) = Σ_{i=0}^{min(k, j−1)} f_{j−1}(k−i).
	m := int(c)
	f := make([]float64, m+1)
	g := make([]float64, m+1)
	f[0] = 1
	for j := 2; j <= n; j++ {
		var run float64
		for k := 0; k <= m; k++ {
			run += f[k]
			if k-j >= 0 {
				run -= f[k-j]
			}
			g[k] = run
		}
		f, g = g, f
	}
	var cum float64
	for _, v := range f {
		cum += v
	}
	for j := 2; j <= n; j++ {
		cum /= float64(j)
	}
	return min(1, 2*cum)
}
