package trend

import (
	"errors"
	"fmt"
	"math"
)

// Sentinel errors. Every error of this package wraps one of them; the
// message around it names the function, the field and the value. The
// packages of the module that build on this one return these same values
// (indicators.ErrTooFew is trend.ErrTooFew), so errors.Is matches across
// packages.
var (
	// ErrInvalid reports a value that breaks a rule: NaN or ±Inf in a
	// series, unequal lengths, an option outside its range.
	ErrInvalid = errors.New("invalid value")
	// ErrOrder reports times that are not strictly increasing, or two
	// observations in the same season of the same cycle.
	ErrOrder = errors.New("observations out of order")
	// ErrTooFew reports a statistic asked of fewer observations than its
	// definition needs.
	ErrTooFew = errors.New("too few observations")
	// ErrUndefined reports a statistic that is undefined for its input,
	// such as a growth rate from a zero base.
	ErrUndefined = errors.New("undefined for this input")
)

var nan = math.NaN()

// fieldErr returns the package's error for a bad field: it names the
// field and the value and wraps the sentinel err.
func fieldErr(field string, value any, err error) error {
	return fmt.Errorf("trend: %s %v: %w", field, value, err)
}
