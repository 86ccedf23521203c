package trend

import (
	"fmt"
	"math"
)

// A Direction is the verdict of a trend test at a chosen significance
// level. The zero Direction is not valid.
type Direction uint8

// The directions.
const (
	// Rising: a significant upward trend.
	Rising Direction = iota + 1
	// Falling: a significant downward trend.
	Falling
	// NoTrend: no trend significant at the chosen level. It is not
	// evidence of stability, only the absence of evidence of change.
	NoTrend
	// Insufficient: too few observations to test (fewer than 3).
	Insufficient
)

var directionWords = [...]string{"rising", "falling", "no trend", "insufficient data"}

// String returns "rising", "falling", "no trend" or "insufficient data",
// and "Direction(n)" for a value out of range.
func (d Direction) String() string {
	if d >= Rising && d <= Insufficient {
		return directionWords[d-1]
	}
	return fmt.Sprintf("Direction(%d)", uint8(d))
}

// An Adjustment selects how [MannKendall] accounts for serial correlation.
// The zero Adjustment, Unadjusted, is the original test, which assumes
// independent observations.
type Adjustment uint8

// The adjustments; their formulas and citations are in the package
// documentation, section "Trends", and on [MannKendall].
const (
	// Unadjusted is the original Mann–Kendall test.
	Unadjusted Adjustment = iota
	// HamedRao scales Var(S) by the effective-sample-size factor of Hamed
	// & Rao (1998), from the significant autocorrelations of the ranks of
	// the Sen-detrended series.
	HamedRao
	// YueWang scales Var(S) by the effective-sample-size factor of Yue &
	// Wang (2004), from all autocorrelations of the Sen-detrended series.
	YueWang
	// Prewhitened runs the test on y[i+1] − r₁·y[i] (von Storch 1995).
	Prewhitened
	// TrendFreePrewhitened removes the Sen trend, prewhitens, adds the
	// trend back, then tests (Yue, Pilon, Phinney & Cavadias 2002).
	TrendFreePrewhitened
)

var adjustmentWords = [...]string{"unadjusted", "Hamed–Rao", "Yue–Wang", "prewhitened", "trend-free prewhitened"}

// String returns "unadjusted", "Hamed–Rao", "Yue–Wang", "prewhitened" or
// "trend-free prewhitened".
func (a Adjustment) String() string {
	if a <= TrendFreePrewhitened {
		return adjustmentWords[a]
	}
	return fmt.Sprintf("Adjustment(%d)", uint8(a))
}

// An Option sets a parameter of the trend functions. Each function
// accepts the options it uses and rejects the others with an error
// wrapping [ErrInvalid], so that a setting is never silently ignored:
//
//   - [MannKendall]: [WithAlpha], [WithAdjustment], [WithLags];
//   - [SeasonalMannKendall]: [WithAlpha];
//   - [TheilSen]: [WithLevel];
//   - [Trend]: all of them.
//
// Options are checked when the function runs; the order in which they are
// given does not matter, and giving the same option twice is an error, as
// in package relations. A bad value is an error wrapping [ErrInvalid] that
// says what is wanted.
type Option func(*trendOptions)

// The option kinds, as bits of trendOptions.set.
const (
	optAlpha = 1 << iota
	optLevel
	optAdjust
	optLags
)

var optionNames = [...]string{"WithAlpha", "WithLevel", "WithAdjustment", "WithLags"}

type trendOptions struct {
	alpha  float64    // significance level of verdicts, default 0.05
	level  float64    // confidence level of intervals, default 0.95
	adjust Adjustment // serial-correlation adjustment
	lags   int        // Hamed–Rao: highest lag used; 0 means n−1
	set    int        // the options given, as opt bits
}

// WithAlpha sets the significance level α of a test's verdict (default
// 0.05): the trend is Rising or Falling when p < α. It also sets the
// significance threshold of the autocorrelations in the Hamed–Rao
// adjustment. α must lie in (0, 1).
func WithAlpha(alpha float64) Option {
	return func(o *trendOptions) { o.alpha = alpha; o.set |= optAlpha }
}

// WithLevel sets the confidence level of the Theil–Sen slope interval
// (default 0.95). It must lie in (0, 1).
func WithLevel(level float64) Option {
	return func(o *trendOptions) { o.level = level; o.set |= optLevel }
}

// WithAdjustment selects a serial-correlation adjustment of
// [MannKendall] (default [Unadjusted]).
func WithAdjustment(a Adjustment) Option {
	return func(o *trendOptions) { o.adjust = a; o.set |= optAdjust }
}

// WithLags sets the highest autocorrelation lag L used by the [HamedRao]
// adjustment (default 0, meaning all lags, n−1). WithLags(3) gives the
// variant of Rao, Hamed & Chen (2003). An L above n−1 is capped at n−1,
// since a series has no longer lags, so that WithLags(3) applies to short
// series too. With [YueWang], WithLags(1) selects the lag-1 form (R
// modifiedmk::mmky1lag; see [MannKendall]) and any other value but 0 is
// an error; with the other adjustments the option is an error wrapping
// [ErrInvalid], since they would ignore it.
func WithLags(l int) Option {
	return func(o *trendOptions) { o.lags = l; o.set |= optLags }
}

// buildOptions applies opts over the defaults and checks them; fn names
// the calling function and accepts the option kinds it uses.
func buildOptions(fn string, accepts int, opts []Option) (trendOptions, error) {
	o := trendOptions{alpha: 0.05, level: 0.95}
	for i, f := range opts {
		if f == nil {
			return o, fmt.Errorf("trend: %s: opts[%d] is a nil Option: %w", fn, i, ErrInvalid)
		}
		var probe trendOptions
		f(&probe) // which option f is, by the bit it sets
		if dup := probe.set & o.set; dup != 0 {
			for k, name := range optionNames {
				if dup&(1<<k) != 0 {
					return o, fmt.Errorf("trend: %s: option %s given twice; give each option once: %w", fn, name, ErrInvalid)
				}
			}
		}
		f(&o)
	}
	if extra := o.set &^ accepts; extra != 0 {
		for i, name := range optionNames {
			if extra&(1<<i) != 0 {
				return o, fmt.Errorf("trend: %s does not use option %s: %w", fn, name, ErrInvalid)
			}
		}
	}
	switch {
	case !(o.alpha > 0 && o.alpha < 1):
		return o, fmt.Errorf("trend: %s: option alpha %v: %w: want a value in (0, 1), such as 0.05", fn, o.alpha, ErrInvalid)
	case !(o.level > 0 && o.level < 1):
		return o, fmt.Errorf("trend: %s: option level %v: %w: want a value in (0, 1), such as 0.95 (not 95)", fn, o.level, ErrInvalid)
	case o.adjust > TrendFreePrewhitened:
		return o, fieldErr(fn+": option adjustment", uint8(o.adjust), ErrInvalid)
	case o.lags < 0:
		return o, fmt.Errorf("trend: %s: option lags %d: %w: want 0 (all lags) or a positive lag", fn, o.lags, ErrInvalid)
	case o.set&optLags != 0 && o.adjust != HamedRao && o.adjust != YueWang:
		return o, fmt.Errorf("trend: %s: option WithLags(%d) applies only to the Hamed–Rao and Yue–Wang adjustments, not %v: %w", fn, o.lags, o.adjust, ErrInvalid)
	case o.adjust == YueWang && o.lags > 1:
		return o, fmt.Errorf("trend: %s: option WithLags(%d) with Yue–Wang: only 0 (all lags) and 1 (lag-1 form) are defined: %w", fn, o.lags, ErrInvalid)
	}
	return o, nil
}

// checkSamples validates the plain-slice input of a trend function: equal
// lengths, finite values, strictly increasing times, and at least min
// observations. name is the function, for the messages.
func checkSamples(name string, t, y []float64, min int) error {
	if len(t) != len(y) {
		return fmt.Errorf("trend: %s: len(t) = %d but len(y) = %d: %w", name, len(t), len(y), ErrInvalid)
	}
	for i := range t {
		if math.IsNaN(t[i]) || math.IsInf(t[i], 0) {
			return fieldErr(fmt.Sprintf("%s: t[%d]", name, i), t[i], ErrInvalid)
		}
		if math.IsNaN(y[i]) || math.IsInf(y[i], 0) {
			return fieldErr(fmt.Sprintf("%s: y[%d]", name, i), y[i], ErrInvalid)
		}
		if i > 0 && !(t[i] > t[i-1]) {
			return fmt.Errorf("trend: %s: t[%d] = %v not after t[%d] = %v: %w", name, i, t[i], i-1, t[i-1], ErrOrder)
		}
	}
	if len(y) < min {
		return fmt.Errorf("trend: %s needs at least %d observations, got %d: %w", name, min, len(y), ErrTooFew)
	}
	return nil
}

// normalP returns the two-sided p-value of a standard normal statistic z,
// 2·(1 − Φ(|z|)), computed as erfc(|z|/√2) so that far-tail values keep
// their relative accuracy (p = 1e-100 is returned as such, not as 0).
func normalP(z float64) float64 { return math.Erfc(math.Abs(z) / math.Sqrt2) }

// normalUpper returns z_{1−a/2}, the upper a/2 quantile of the standard
// normal distribution, as √2·erfcinv(a).
func normalUpper(a float64) float64 { return math.Sqrt2 * math.Erfcinv(a) }

// verdict returns the direction of a statistic with sign s and p-value p
// at level alpha.
func verdict(s float64, p, alpha float64) Direction {
	switch {
	case !(p < alpha):
		return NoTrend
	case s > 0:
		return Rising
	case s < 0:
		return Falling
	}
	return NoTrend
}

// allEqual reports whether every value of y equals y[0].
func allEqual(y []float64) bool {
	for _, v := range y {
		if v != y[0] {
			return false
		}
	}
	return true
}

// medianSorted returns the median of the ascending values v, as medianOf.
func medianSorted(v []float64) float64 {
	n := len(v)
	if n%2 == 1 {
		return v[n/2]
	}
	return (v[n/2-1] + v[n/2]) / 2
}

// medianOf returns the median of v, the mean of the two middle values for
// an even length as numpy and R compute it ((a+b)/2). It reorders v.
func medianOf(v []float64) float64 {
	n := len(v)
	if n == 0 {
		return nan
	}
	k := (n - 1) / 2
	a := selectKth(v, k)
	if n%2 == 1 {
		return a
	}
	b := v[k+1]
	for _, x := range v[k+2:] {
		if x < b {
			b = x
		}
	}
	return (a + b) / 2
}
