package relations

import (
	"errors"

	"github.com/statecraft/bilateral/internal/validate"
)

// Sentinel errors. ErrMissing, ErrUnknown and ErrInvalid are the same
// values across the module's packages (indicators.ErrMissing is
// actors.ErrMissing is relations.ErrMissing), so [errors.Is] matches an
// error whichever package built it. Every error this package returns wraps one of them, or
// an error of package actors or indicators, and its message names the field
// and the value.
var (
	// ErrMissing reports a required field left empty.
	ErrMissing = validate.ErrMissing
	// ErrUnknown reports an enumeration word or value the package does not
	// know.
	ErrUnknown = validate.ErrUnknown
	// ErrInvalid reports a value that breaks a rule of the model: fewer than
	// two parties, a grievance against oneself, a severity off the scale, a
	// weight that is negative or above its cap.
	ErrInvalid = validate.ErrInvalid
	// ErrSelf reports a question about an actor and itself, such as the
	// leverage of an actor over itself.
	ErrSelf = errors.New("actor paired with itself")
	// ErrNoTies reports an assessment of a pair between which no tie of the
	// target toward the holder is recorded: there is no evidence of
	// dependence to score.
	ErrNoTies = errors.New("no recorded ties")
	// ErrCoverage reports an assessment whose evidence as of the date covers
	// less of the channel weight than the coverage floor: the score would be
	// built from absences, so none is given.
	ErrCoverage = errors.New("coverage below floor")
)

// fieldErr builds the package's error for a bad field: it names the field
// and the value (cut to a readable length) and wraps the sentinel err.
func fieldErr(field string, value any, err error) error {
	return validate.Field("relations", field, value, err)
}
