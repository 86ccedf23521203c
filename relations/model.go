package relations

import (
	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
)

// A Model is a leverage model with fixed, validated parameters, for
// scoring many pairs and dates fast. Its Score method computes exactly the
// score [Leverage] computes, without the explanation, and allocates
// nothing. A Model is immutable and safe for concurrent use.
type Model struct {
	p Params
}

// NewModel returns a Model with the default parameters changed by opts. It
// returns an error wrapping [ErrInvalid] or [ErrUnknown] for invalid
// parameters, and [ErrInvalid] for an [AsOf] option, which a Model does
// not use: Score takes the date.
func NewModel(opts ...Option) (*Model, error) {
	c, err := newConfig(opts)
	if err != nil {
		return nil, err
	}
	if err := c.reject("NewModel", "AsOf", "ConstantBasis", "OnBasis", "WithClimateParams"); err != nil {
		return nil, err
	}
	return &Model{p: c.params}, nil
}

// Params returns the model's parameters.
func (m *Model) Params() Params { return m.p }

// Score returns the leverage that holder holds over target as of d and
// the coverage of its evidence. When the pair cannot be scored it returns
// score 0 and one of the sentinel errors [ErrNoTies] or [ErrCoverage]
// unwrapped (so that it need not allocate; [Leverage] gives the same
// refusal with its explanation), or a wrapped [actors.ErrInvalidID] or
// [ErrSelf] for an invalid pair, or a wrapped indicators.ErrInvalidDate
// for the zero date.
func (m *Model) Score(holder, target actors.Actor, d indicators.Date) (score, coverage float64, err error) {
	if err := checkPair(holder, target); err != nil {
		return 0, 0, err
	}
	if !d.IsValid() {
		return 0, 0, fieldErr("Score date", "zero Date", indicators.ErrInvalidDate)
	}
	var a Assessment
	a.AsOf = d
	if err := assess(&a, holder, target, &m.p, false, nil); err != nil {
		return 0, a.Coverage, err
	}
	return a.Score, a.Coverage, nil
}
