package indicators

import (
	"fmt"
	"math"
)

// An Interval is a closed range [Low, High] of values in an indicator's
// unit: a published range such as "80–85 %" (0.80–0.85 as a share). The
// zero Interval means "no range published".
type Interval struct {
	Low  float64 `json:"low"`
	High float64 `json:"high"`
}

// IsZero reports whether i is the zero Interval (no range), for the
// omitzero JSON option.
func (i Interval) IsZero() bool { return i == Interval{} }

// ApproxWidth is the relative half-width given to a value qualified as
// approximate ("about USD 2bn") when no range is published: ±10 % of the
// value, a convention of this module, not a published standard.
const ApproxWidth = 0.10

// Bounds returns the range the true value of o lies in, in unit u: the
// published Range when there is one; otherwise the value itself when
// Stated, ±[ApproxWidth] of it when Approx, and from the value up to the
// unit's greatest value (1 for a share, +Inf otherwise) when AtLeast, or
// down to its least (0 for a share, a count and the other non-negative
// units, −Inf otherwise) when AtMost. Bounds of a share stay in [0, 1].
func (o Observation) Bounds(u Unit) (low, high float64) {
	lo, hi := math.Inf(-1), math.Inf(1)
	switch u {
	case Share:
		lo, hi = 0, 1
	case Count, Tonnes, CubicMetres, TIV:
		lo = 0
	}
	v := o.Value
	switch {
	case !o.Range.IsZero():
		return o.Range.Low, o.Range.High
	case o.Qualifier == Approx:
		d := ApproxWidth * math.Abs(v)
		return max(lo, v-d), min(hi, v+d)
	case o.Qualifier == AtLeast:
		return v, hi
	case o.Qualifier == AtMost:
		return lo, v
	}
	return v, v
}

// check reports whether the range r fits value v in unit u.
func (r Interval) check(u Unit, v float64) error {
	if r.IsZero() {
		return nil
	}
	for _, x := range []float64{r.Low, r.High} {
		if err := u.Check(x); err != nil {
			return err
		}
	}
	if !(r.Low <= v && v <= r.High) {
		return fmt.Errorf("range [%v, %v] does not contain the value %v: %w", r.Low, r.High, v, ErrInvalid)
	}
	return nil
}
