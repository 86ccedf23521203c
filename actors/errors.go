package actors

import (
	"errors"

	"github.com/statecraft/bilateral/internal/validate"
)

// Sentinel errors. ErrMissing, ErrUnknown and ErrInvalid are the same
// values across the module's packages (indicators.ErrMissing is
// actors.ErrMissing is relations.ErrMissing), so [errors.Is] matches an
// error whichever package built it. Every error this package returns for bad input wraps
// one of them (or an error of package indicators for bad dates, periods,
// values and sources), and its message names the field and the value.
var (
	// ErrInvalidID reports an ID that is empty or malformed.
	ErrInvalidID = errors.New("invalid ID")
	// ErrUnknown reports an enumeration word or value the package does not
	// know (a kind, a channel, a standing).
	ErrUnknown = validate.ErrUnknown
	// ErrMissing reports a required field left empty.
	ErrMissing = validate.ErrMissing
	// ErrInvalid reports a value that breaks a rule of the model: a tie to
	// the actor itself, a share indicator in the wrong unit, a history out of
	// date order, a duplicate.
	ErrInvalid = validate.ErrInvalid
)

// fieldErr builds the package's error for a bad field: it names the field
// and the value (cut to a readable length) and wraps the sentinel err.
func fieldErr(field string, value any, err error) error {
	return validate.Field("actors", field, value, err)
}
