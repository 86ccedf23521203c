package indicators

import (
	"errors"

	"github.com/statecraft/bilateral/indicators/trend"
	"github.com/statecraft/bilateral/internal/validate"
)

// Sentinel errors. Every error returned by this package for bad input wraps
// exactly one of them, so callers can branch with [errors.Is]; the message
// around it names the field and the offending value. A concept has one
// error value across the module: ErrInvalid, ErrOrder, ErrTooFew and
// ErrUndefined are the values of package [trend], and ErrInvalid,
// ErrMissing and ErrUnknown are also those of packages actors and
// relations, so errors.Is(err, relations.ErrMissing) holds for an error
// from this package.
var (
	// ErrInvalidDate reports a date that does not parse or does not exist.
	ErrInvalidDate = errors.New("invalid date")
	// ErrInvalidPeriod reports a period that ends before it starts or has a
	// malformed bound.
	ErrInvalidPeriod = errors.New("invalid period")
	// ErrInvalid reports a value that breaks a rule: a number that is
	// NaN, infinite, or outside the range its unit allows (a share outside
	// [0, 1], a negative count), or a malformed code or URL.
	ErrInvalid = validate.ErrInvalid
	// ErrOrder reports observations that are not in strictly increasing date
	// order, that share a date, or whose spans overlap.
	ErrOrder = trend.ErrOrder
	// ErrUnknown reports an enumeration word that the package does not know
	// (a unit, a confidence, a qualifier).
	ErrUnknown = validate.ErrUnknown
	// ErrMissing reports a required field left empty.
	ErrMissing = validate.ErrMissing
	// ErrTooFew reports a statistic asked of fewer observations than its
	// definition needs.
	ErrTooFew = trend.ErrTooFew
	// ErrUndefined reports a statistic that is undefined for its input, such
	// as a growth rate from a zero base.
	ErrUndefined = trend.ErrUndefined
)

// fieldErr builds the package's error for a bad field: it names the field
// and the value (cut to a readable length) and wraps the sentinel err.
func fieldErr(field string, value any, err error) error {
	return validate.Field("indicators", field, value, err)
}
