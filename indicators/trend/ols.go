package trend

import "math"

// An OLSResult is the outcome of [OLS].
type OLSResult struct {
	N         int
	Slope     float64 // per unit of t (per year for indicators)
	Intercept float64 // value of the line at t = 0
	R         float64 // Pearson correlation of t and y
	R2        float64 // coefficient of determination, R²
	// StdErr and InterceptStdErr are the standard errors of Slope and
	// Intercept; NaN when DF = 0.
	StdErr, InterceptStdErr float64
	DF                      int     // residual degrees of freedom, N − 2
	T                       float64 // Slope/StdErr
	P                       float64 // two-sided p of T under Student's t with DF degrees of freedom; NaN when DF = 0
}

// OLS fits y = Intercept + Slope·t by ordinary least squares, with the
// t-test of Slope = 0:
//
//	Slope     = Σ(t−t̄)(y−ȳ) / Σ(t−t̄)²,  Intercept = ȳ − Slope·t̄
//	R         = Σ(t−t̄)(y−ȳ) / √(Σ(t−t̄)²·Σ(y−ȳ)²),  R2 = R²
//	StdErr    = √(SSE/DF / Σ(t−t̄)²),  SSE = Σ(y − Intercept − Slope·t)²,  DF = n − 2
//	InterceptStdErr = StdErr·√(Σt²/n)
//	P         = 2·(1 − F_DF(|Slope/StdErr|)) = I_{DF/(DF+T²)}(DF/2, 1/2)
//
// It matches scipy.stats.linregress, statsmodels OLS and R
// summary(lm(y ~ t)) (slope, intercept, r, standard errors, p) to 1e-9;
// on values near 1e12 it keeps more digits than lm and statsmodels, which
// solve on uncentred data. The Student-t tail is computed from the
// regularized incomplete beta function (continued fraction), so small
// p-values keep their relative accuracy; it agrees with scipy's Student-t
// tail to 1e-12 relative, up to DF = 10⁶ in the tests.
//
// Degenerate cases, where scipy and statsmodels disagree:
//   - n = 2: the line is exact and DF = 0; Slope, Intercept and R are
//     given, R2 = 1, and StdErr, InterceptStdErr, T and P are NaN (no
//     residual information; scipy reports 0 and p = 0).
//   - a perfect fit (SSE = 0 in floating point) with n ≥ 3: StdErr = 0,
//     T = ±Inf and P = 0 (scipy reports about 1e-10 because of a guard
//     constant).
//   - a constant y: Slope = 0, R = R2 = 0, StdErr = 0, T = 0 and P = 1,
//     as scipy.
//
// n < 2 is an error wrapping [ErrTooFew]; NaN or ±Inf in t or y an error
// wrapping [ErrInvalid] naming the index; t not strictly increasing
// an error wrapping [ErrOrder].
func OLS(t, y []float64) (OLSResult, error) {
	if err := checkSamples("OLS", t, y, 2); err != nil {
		return OLSResult{}, err
	}
	n := len(y)
	fn := float64(n)
	var tm, ym float64
	for i := range t {
		tm += t[i]
		ym += y[i]
	}
	tm /= fn
	ym /= fn
	var sxx, sxy, syy, st2 float64
	for i := range t {
		dt, dy := t[i]-tm, y[i]-ym
		sxx += dt * dt
		sxy += dt * dy
		syy += dy * dy
		st2 += t[i] * t[i]
	}
	r := OLSResult{N: n, DF: n - 2}
	r.Slope = sxy / sxx
	r.Intercept = ym - r.Slope*tm
	if syy == 0 {
		r.Slope, r.Intercept = 0, ym
		r.P = 1
		if r.DF == 0 {
			r.StdErr, r.InterceptStdErr, r.T, r.P = nan, nan, nan, nan
		}
		return r, nil
	}
	r.R = max(-1, min(1, sxy/math.Sqrt(sxx*syy)))
	r.R2 = r.R * r.R
	if r.DF == 0 {
		r.R2 = 1
		r.StdErr, r.InterceptStdErr, r.T, r.P = nan, nan, nan, nan
		return r, nil
	}
	var sse float64
	for i := range t {
		e := y[i] - ym - r.Slope*(t[i]-tm)
		sse += e * e
	}
	df := float64(r.DF)
	r.StdErr = math.Sqrt(sse / df / sxx)
	r.InterceptStdErr = r.StdErr * math.Sqrt(st2/fn)
	if r.StdErr == 0 {
		r.T = math.Copysign(math.Inf(1), r.Slope)
		r.P = 0
		return r, nil
	}
	r.T = r.Slope / r.StdErr
	r.P = studentTwoSided(r.T, df)
	return r, nil
}

// studentTwoSided returns the two-sided p-value of t under Student's t
// with df degrees of freedom: I_x(df/2, 1/2) with x = df/(df + t²), and
// 1 − x = t²/(df + t²) computed directly.
func studentTwoSided(t, df float64) float64 {
	t2 := t * t
	if math.IsInf(t2, 1) {
		return 0
	}
	x, y := df/(df+t2), t2/(df+t2)
	return regIncBeta(df/2, 0.5, x, y)
}

// regIncBeta returns the regularized incomplete beta function I_x(a, b)
// for a, b > 0 and 0 ≤ x ≤ 1, given also y = 1 − x computed accurately by
// the caller. It evaluates the continued fraction of Numerical Recipes
// §6.4 (modified Lentz) on the side where it converges fast, using
// I_x(a, b) = 1 − I_y(b, a) on the other. For a or b above 100 the
// fraction's recurrence amplifies rounding (near x = 1 each step nearly
// cancels), so it then runs in double-double arithmetic, with x taken as
// 1 − y when that is the accurate form.
func regIncBeta(a, b, x, y float64) float64 {
	switch {
	case x <= 0:
		return 0
	case y <= 0:
		return 1
	}
	if x > (a+1)/(a+b+2) {
		return 1 - regIncBeta(b, a, y, x)
	}
	return betaSeriesCF(a, b, x, y)
}

// betaSeriesCF returns I_x(a, b) = x^a·y^b / (a·B(a, b)) · CF(a, b, x),
// with no change of side.
func betaSeriesCF(a, b, x, y float64) float64 {
	lf := a*logOf(x, y) + b*logOf(y, x) - logBeta(a, b) - math.Log(a)
	if max(a, b) <= 100 {
		return math.Exp(lf) * betaFraction(a, b, x)
	}
	xd := ddFrom(x)
	if y < 0.5 {
		xd = twoSumDD(1, -y)
	}
	return math.Exp(lf) * betaFractionDD(a, b, xd)
}

// logOf returns ln x given y = 1 − x, through log1p(−y) when x is near 1.
func logOf(x, y float64) float64 {
	if y < 0.5 {
		return math.Log1p(-y)
	}
	return math.Log(x)
}

// betaFraction evaluates the continued fraction for I_x(a, b).
func betaFraction(a, b, x float64) float64 {
	const (
		tiny = 1e-300
		eps  = 1e-16
	)
	qab, qap, qam := a+b, a+1, a-1
	c, d := 1.0, 1-qab*x/qap
	if math.Abs(d) < tiny {
		d = tiny
	}
	d = 1 / d
	h := d
	for m := 1; m <= 100000; m++ {
		fm := float64(m)
		m2 := 2 * fm
		aa := fm * (b - fm) * x / ((qam + m2) * (a + m2))
		d = 1 + aa*d
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = 1 + aa/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		h *= d * c
		aa = -(a + fm) * (qab + fm) * x / ((a + m2) * (qap + m2))
		d = 1 + aa*d
		if math.Abs(d) < tiny {
			d = tiny
		}
		c = 1 + aa/c
		if math.Abs(c) < tiny {
			c = tiny
		}
		d = 1 / d
		del := d * c
		h *= del
		if math.Abs(del-1) < eps {
			break
		}
	}
	return h
}

// logBeta returns ln B(a, b). When one argument is large, the difference
// ln Γ(a) − ln Γ(a+b) is taken from Stirling's series, which keeps full
// relative accuracy where subtracting two large ln Γ values would not.
func logBeta(a, b float64) float64 {
	if a < b {
		a, b = b, a
	}
	lgb, _ := math.Lgamma(b)
	if a < 10 {
		lga, _ := math.Lgamma(a)
		lgab, _ := math.Lgamma(a + b)
		return lga + lgb - lgab
	}
	// ln Γ(a) − ln Γ(a+b) = (a−½)·ln a − (a+b−½)·ln(a+b) + b + δ(a) − δ(a+b)
	//                     = −(a−½)·log1p(b/a) − b·ln(a+b) + b + δ(a) − δ(a+b)
	d := -(a-0.5)*math.Log1p(b/a) - b*math.Log(a+b) + b + stirlingDelta(a) - stirlingDelta(a+b)
	return lgb + d
}

// stirlingDelta returns δ(x) = ln Γ(x) − [(x−½)·ln x − x + ½·ln 2π] for
// x ≥ 10, by its asymptotic series.
func stirlingDelta(x float64) float64 {
	x2 := 1 / (x * x)
	return (1.0/12 - x2*(1.0/360-x2*(1.0/1260-x2*(1.0/1680-x2/1188)))) / x
}
