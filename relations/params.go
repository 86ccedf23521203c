package relations

import (
	"fmt"
	"math"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
)

// Methodology names the leverage model that this version of the package
// implements. Every [Assessment] carries it, so that a number quoted in a
// briefing can be traced to the formulas that produced it. It changes
// whenever a formula or a default changes.
const Methodology = "bilateral-leverage/1"

// Weights holds one weight per channel, indexed by channel: w[c-1] is the
// weight of [actors.Channel] c. Weights are value judgements (OECD/JRC
// Handbook on Constructing Composite Indicators, Nardo et al. 2008): they
// say how much each kind of dependence counts, and [Sensitivity] shows
// what changes when they move.
type Weights [actors.NumChannels]float64

// Of returns the weight of channel c (0 for an invalid channel).
func (w Weights) Of(c actors.Channel) float64 {
	if !c.IsValid() {
		return 0
	}
	return w[c-1]
}

// MaxWeight is the cap on any one channel's weight. No channel may carry
// more than half of the total, so that no single kind of dependence
// dictates the score (Munda 2005, as applied in the OECD/JRC Handbook).
const MaxWeight = 0.5

// DefaultWeights returns the default channel weights, which sum to 1:
//
//	trade          0.20  the broadest economic tie; the core of the trade-dependence literature (Barbieri 1996; Oneal–Russett)
//	energy         0.15  a vital input bound to pipelines and reactors, slow to replace (Keohane & Nye's vulnerability)
//	food           0.10  vital but tradable on world markets, so more replaceable than energy
//	security       0.20  arms and military cooperation, the second pillar with trade (SIPRI; FBIC's security dependence)
//	finance        0.10  remittances, investment and loans: large for some economies, partly private
//	transit        0.10  routes and re-export channels: narrow but hard to reroute
//	institutional  0.15  bases, border troops, membership in a bloc the provider leads: lock-in that outlasts flows
//
// The economic channels (trade, energy, food, finance, transit) weigh 0.65
// and the security ones (security, institutional) 0.35, close to the
// balance of the Lowy Institute's economic relationships (15 %) and
// defence networks (10 %) measures. These are judgements, not estimates.
func DefaultWeights() Weights {
	return Weights{0.20, 0.15, 0.10, 0.20, 0.10, 0.10, 0.15}
}

// Params are the parameters of the leverage model. Every [Assessment]
// carries the Params it used. Start from [DefaultParams] and change what
// you need; [Params.Validate] checks the result.
type Params struct {
	// Weights of the channels; see [DefaultWeights]. They must be finite,
	// non-negative, at most MaxWeight each, and sum to 1.
	Weights Weights
	// CoverageFloor is the share of channel weight that must have evidence
	// as of the date for a score to be given. Default 0.25: above every
	// single default weight, so that no score rests on one channel alone
	// (a refusal to "manufacture scores below frozen coverage floors", as
	// worldmonitor's scorecard puts it).
	CoverageFloor float64
	// Suspended is the factor applied to a tie whose best basis is
	// suspended or frozen: the instrument still exists and can be revived,
	// but does not operate. Default 0.5, halfway between in force (1) and
	// ended (0); a judgement.
	Suspended float64
	// GateScale is k in the bandwidth gate g = V/(V+k), in USD per year of
	// recorded flows between the pair. Default 1e9: a pair with a billion
	// dollars of annual flows is gated at one half; small ties count for
	// little, large ones for almost all of their dependence (after FBIC's
	// bandwidth, Moyer et al. 2018, whose exact form is not published).
	GateScale float64
	// Ungated turns the gate off (g = 1): the score is dependence alone.
	// Use it for pairs whose ties have no recorded money volume, such as
	// purely institutional ones. Default false: without a recorded volume
	// the assessment is refused with [ErrNoVolume].
	Ungated bool
	// MinConfidence is the weakest confidence of an observation the model
	// uses; weaker ones are treated as missing. Default
	// [indicators.SingleSource]: unverified values stay missing.
	MinConfidence indicators.Confidence
	// MaxAge is the largest age, in calendar years between an
	// observation's year and the assessment year, of an observation the
	// model still uses; older ones are treated as missing. Default 5, the
	// length of a SIPRI window: older values say little about the present.
	// 0 means no limit. The limit applies to flows, not to stocks (the
	// distinction of the methodology notes, §9.6): institutional ties —
	// a base, border troops, a bloc — are stocks whose share is structural
	// and whose standing their bases' histories track, so their values do
	// not age.
	MaxAge int
	// KnownAt, when set, replays an assessment as of what was known then:
	// observations recorded after KnownAt are left out. Zero: use
	// everything.
	KnownAt indicators.Date
}

// DefaultParams returns the default parameters, documented field by field
// on [Params].
func DefaultParams() Params {
	return Params{
		Weights:       DefaultWeights(),
		CoverageFloor: 0.25,
		Suspended:     0.5,
		GateScale:     1e9,
		MinConfidence: indicators.SingleSource,
		MaxAge:        5,
	}
}

// Validate reports whether p is usable: weights finite, in [0, MaxWeight]
// and summing to 1 (within 1e-9); CoverageFloor and Suspended in [0, 1];
// GateScale finite and positive; MinConfidence valid; MaxAge not negative.
// Errors name the field and value and wrap [ErrInvalid].
func (p Params) Validate() error {
	sum := 0.0
	for i, w := range p.Weights {
		c := actors.Channel(i + 1)
		if math.IsNaN(w) || w < 0 || w > MaxWeight {
			return fieldErr("Params.Weights["+c.String()+"]", w, fmt.Errorf("%w: want a weight in [0, %v]", ErrInvalid, MaxWeight))
		}
		sum += w
	}
	unit := func(name string, v float64) error {
		if math.IsNaN(v) || v < 0 || v > 1 {
			return fieldErr("Params."+name, v, fmt.Errorf("%w: want a value in [0, 1]", ErrInvalid))
		}
		return nil
	}
	switch {
	case math.Abs(sum-1) > 1e-9:
		return fieldErr("Params.Weights", fmt.Sprintf("sum %v", sum), fmt.Errorf("%w: weights must sum to 1", ErrInvalid))
	case unit("CoverageFloor", p.CoverageFloor) != nil:
		return unit("CoverageFloor", p.CoverageFloor)
	case unit("Suspended", p.Suspended) != nil:
		return unit("Suspended", p.Suspended)
	case math.IsNaN(p.GateScale) || math.IsInf(p.GateScale, 0) || p.GateScale <= 0:
		return fieldErr("Params.GateScale", p.GateScale, fmt.Errorf("%w: want a positive USD amount", ErrInvalid))
	case !p.MinConfidence.IsValid():
		return fieldErr("Params.MinConfidence", uint8(p.MinConfidence), ErrUnknown)
	case p.MaxAge < 0:
		return fieldErr("Params.MaxAge", p.MaxAge, fmt.Errorf("%w: want 0 (no limit) or more years", ErrInvalid))
	}
	return nil
}

// An Option changes how [Leverage], [Balance] and the functions built on
// them assess.
type Option func(*config)

type config struct {
	asOf   indicators.Date
	params Params
}

// AsOf sets the date of the assessment. A coarse date means its last day:
// AsOf(2019) assesses the state at the end of 2019. Without AsOf, an
// assessment is made as of the latest observation date among the ties of
// the pair, so that it never depends on the clock.
func AsOf(d indicators.Date) Option { return func(c *config) { c.asOf = d } }

// WithParams replaces all parameters.
func WithParams(p Params) Option { return func(c *config) { c.params = p } }

// WithWeights replaces the channel weights, keeping the other parameters.
func WithWeights(w Weights) Option { return func(c *config) { c.params.Weights = w } }

// Ungated turns the bandwidth gate off; see [Params.Ungated].
func Ungated() Option { return func(c *config) { c.params.Ungated = true } }

// KnownAt replays the assessment as of what was recorded by d; see
// [Params.KnownAt].
func KnownAt(d indicators.Date) Option { return func(c *config) { c.params.KnownAt = d } }

func newConfig(opts []Option) (config, error) {
	c := config{params: DefaultParams()}
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	return c, c.params.Validate()
}
