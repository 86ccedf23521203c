package trend

import (
	"fmt"
	"math"
)

// CAGR returns the compound annual growth rate between the first and the
// last observation, as a fraction (0.05 is 5% a year):
//
//	CAGR = (y_last / y_first)^(1/(t_last − t_first)) − 1
//	     = expm1(log1p((y_last − y_first)/y_first) / (t_last − t_first))
//
// The second form keeps small rates exact to a few units in the last
// place: y_last − y_first is exact when the ratio lies in [½, 2]
// (Sterbenz), so a ratio near 1 loses nothing, where rounding the ratio
// itself would lose up to half its digits (1000000000004/1000000000001
// over 4 years is 7.4999999999840625e-13; through the rounded ratio,
// 7.5001116e-13). Outside [½, 2] the logarithm is taken as
// ln(m_last/m_first) + (e_last − e_first)·ln 2 from the binary mantissas
// and exponents, so that no ratio overflows. The tests hold it to 30-digit
// values (Python decimal) near a ratio of 1 and far from it.
//
// The exponent is per unit of t: per year for indicators, whose times are
// the middles of the observations' dates (2015 to 2024 is 9 years). Only
// the two end points count; for a rate that uses every observation, fit
// the logarithms: expm1 of the [TheilSen] or [OLS] slope of ln y.
//
// CAGR is undefined, and the error wraps [ErrUndefined], when the first
// value is ≤ 0 or the last is < 0, or when the rate overflows float64
// (growth by 10³⁰⁸ in one unit of t); a last value of 0 gives −1 (−100%).
// n < 2 is an error wrapping [ErrTooFew]; NaN or ±Inf an error wrapping
// [ErrInvalid] naming the index; t not strictly increasing an error
// wrapping [ErrOrder].
func CAGR(t, y []float64) (float64, error) {
	if err := checkSamples("CAGR", t, y, 2); err != nil {
		return 0, err
	}
	first, last := y[0], y[len(y)-1]
	if first <= 0 || last < 0 {
		return 0, fmt.Errorf("trend: CAGR from %v to %v: %w (needs a positive first and a non-negative last value)", first, last, ErrUndefined)
	}
	if last == 0 {
		return -1, nil
	}
	var lr float64 // ln(last/first)
	if last >= first/2 && last <= 2*first {
		lr = math.Log1p((last - first) / first)
	} else {
		mf, ef := math.Frexp(first)
		ml, el := math.Frexp(last)
		lr = math.Log(ml/mf) + float64(el-ef)*math.Ln2
	}
	var rate float64
	if span := t[len(t)-1] - t[0]; !math.IsInf(span, 0) {
		rate = lr / span
	} else { // the span overflows: halve both
		rate = (lr / 2) / (t[len(t)-1]/2 - t[0]/2)
	}
	g := math.Expm1(rate)
	if math.IsInf(g, 0) {
		return 0, fmt.Errorf("trend: CAGR from %v to %v over %v: the rate overflows float64: %w", first, last, t[len(t)-1]-t[0], ErrUndefined)
	}
	return g, nil
}

// A NetChange is the change between the first and the last
// observation of a series; see [Net].
type NetChange struct {
	From, To    float64 // times of the first and last observations
	First, Last float64 // their values
	// Absolute is Last − First, in the unit of the values. For shares
	// stored as fractions, 100·Absolute is the change in percentage
	// points; for values already in percent, Absolute is in percentage
	// points.
	Absolute float64
}

// Net returns the net change from the first to the last observation.
//
// Which measure to report: for shares and poll results, report the change
// in percentage points (NetChange.Absolute, ×100 for fractions), never
// a percent change of a percentage ("from 87% to 42%" is −45 points, not
// −52%). For money and volumes, the percent change ([NetChange.Percent])
// or, over several years, [CAGR]. For balances that can be negative, the
// absolute change only.
//
// n < 2 is an error wrapping [ErrTooFew]; NaN or ±Inf an error wrapping
// [ErrInvalid] naming the index; t not strictly increasing an error
// wrapping [ErrOrder]; a change beyond the float64 range (from −1e308 to
// 1e308) an error wrapping [ErrUndefined].
func Net(t, y []float64) (NetChange, error) {
	if err := checkSamples("Net", t, y, 2); err != nil {
		return NetChange{}, err
	}
	n := len(y)
	c := NetChange{From: t[0], To: t[n-1], First: y[0], Last: y[n-1], Absolute: y[n-1] - y[0]}
	if math.IsInf(c.Absolute, 0) {
		return NetChange{}, fmt.Errorf("trend: Net from %v to %v: the change overflows float64: %w", y[0], y[n-1], ErrUndefined)
	}
	return c, nil
}

// Percent returns the percent change 100·(Last − First)/First. It is
// undefined, and the error wraps [ErrUndefined], when First ≤ 0: from a
// zero base there is no ratio, and from a negative one the sign flips (a
// balance rising from −5.2 to 3.4 would show −165%). Use Absolute then.
// A percentage beyond the float64 range is an error wrapping
// [ErrUndefined] too.
func (c NetChange) Percent() (float64, error) {
	if c.First <= 0 {
		return 0, fmt.Errorf("trend: percent change from %v: %w (needs a positive base; use the absolute change)", c.First, ErrUndefined)
	}
	p := 100 * ((c.Last - c.First) / c.First)
	if math.IsInf(p, 0) || math.IsNaN(p) {
		return 0, fmt.Errorf("trend: percent change from %v to %v: overflows float64: %w", c.First, c.Last, ErrUndefined)
	}
	return p, nil
}
