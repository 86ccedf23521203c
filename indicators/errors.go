package indicators

import (
	"errors"
	"fmt"

	"github.com/statecraft/bilateral/internal/clip"
)

// Sentinel errors. Every error returned by this package for bad input wraps
// exactly one of them, so callers can branch with [errors.Is]; the message
// around it names the field and the offending value.
var (
	// ErrInvalidDate reports a date that does not parse or does not exist.
	ErrInvalidDate = errors.New("invalid date")
	// ErrInvalidPeriod reports a period that ends before it starts or has a
	// malformed bound.
	ErrInvalidPeriod = errors.New("invalid period")
	// ErrInvalid reports a value that breaks a rule: a number that is
	// NaN, infinite, or outside the range its unit allows (a share outside
	// [0, 1], a negative count), or a malformed code or URL.
	ErrInvalid = errors.New("invalid value")
	// ErrOrder reports observations that are not in strictly increasing date
	// order, that share a date, or whose spans overlap.
	ErrOrder = errors.New("observations out of order")
	// ErrUnknown reports an enumeration word that the package does not know
	// (a unit, a confidence, a qualifier).
	ErrUnknown = errors.New("unknown word")
	// ErrMissing reports a required field left empty.
	ErrMissing = errors.New("missing field")
	// ErrTooFew reports a statistic asked of fewer observations than its
	// definition needs.
	ErrTooFew = errors.New("too few observations")
	// ErrUndefined reports a statistic that is undefined for its input, such
	// as a growth rate from a zero base.
	ErrUndefined = errors.New("undefined for this input")
)

// fieldErr builds the package's error for a bad field: it names the field
// and the value and wraps the sentinel err.
func fieldErr(field string, value any, err error) error {
	switch v := value.(type) {
	case string:
		return validate.Errorf("indicators", "%s %s: %w", field, clip.Quote(v), err)
	case nil:
		return validate.Errorf("indicators", "%s: %w", field, err)
	default:
		return validate.Errorf("indicators", "%s %v: %w", field, v, err)
	}
}
