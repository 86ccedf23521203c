package trend

import (
	"fmt"
	"math"
)

// CAGR returns the compound annual growth rate between the first and the
// last observation, as a fraction (0.05 is 5% a year):
//
//	CAGR = (y_last / y_first)^(1/(t_last − t_first)) − 1
//
// computed as expm1(ln(y_last/y_first)/(t_last − t_first)) so that small
// rates keep their precision. The exponent is per unit of t: per year for
// indicators, whose times are the middles of the observations' dates
// (2015 to 2024 is 9 years). Only the two end points count; for a rate
// that uses every observation, fit the logarithms: expm1 of the
// [TheilSen] or [OLS] slope of ln y.
//
// CAGR is undefined, and the error wraps [ErrUndefined], when the first
// value is ≤ 0 or the last is < 0; a last value of 0 gives −1 (−100%).
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
	years := t[len(t)-1] - t[0]
	return math.Expm1(math.Log(last/first) / years), nil
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
// wrapping [ErrOrder].
func Net(t, y []float64) (NetChange, error) {
	if err := checkSamples("Net", t, y, 2); err != nil {
		return NetChange{}, err
	}
	n := len(y)
	return NetChange{From: t[0], To: t[n-1], First: y[0], Last: y[n-1], Absolute: y[n-1] - y[0]}, nil
}

// Percent returns the percent change 100·(Last − First)/First. It is
// undefined, and the error wraps [ErrUndefined], when First ≤ 0: from a
// zero base there is no ratio, and from a negative one the sign flips (a
// balance rising from −5.2 to 3.4 would show −165%). Use Absolute then.
func (c NetChange) Percent() (float64, error) {
	if c.First <= 0 {
		return 0, fmt.Errorf("trend: percent change from %v: %w (needs a positive base; use the absolute change)", c.First, ErrUndefined)
	}
	return 100 * (c.Last - c.First) / c.First, nil
}
