package relations

import (
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
)

// Methodology names the leverage model that this version of the package
// implements. Every [Assessment] carries it, so that a number quoted in a
// briefing can be traced to the formulas that produced it. It changes
// whenever a formula or a default changes.
const Methodology = "bilateral-leverage/2"

// Weights holds one weight per channel. Set them by channel, with
// [NewWeights] or [Weights.With]; read them with [Weights.Of] and
// [Weights.All]. Weights are value judgements (OECD/JRC Handbook on
// Constructing Composite Indicators, Nardo et al. 2008): they say how much
// each kind of dependence counts, and [Sensitivity] shows what changes
// when they move. The zero Weights has every weight 0 and is not valid
// parameters on its own.
type Weights struct {
	w [actors.NumChannels]float64
}

// NewWeights returns the weights given channel by channel; channels left
// out weigh 0. It returns an error wrapping [ErrUnknown] for an invalid
// channel and [ErrInvalid] for a weight that is not finite or is negative;
// whether the weights sum to 1 is checked by [Params.Validate].
func NewWeights(byChannel map[actors.Channel]float64) (Weights, error) {
	var w Weights
	for c, v := range byChannel {
		var err error
		if w, err = w.With(c, v); err != nil {
			return Weights{}, err
		}
	}
	return w, nil
}

// With returns a copy of w with channel c weighing v. It returns w
// unchanged and an error wrapping [ErrUnknown] for an invalid channel, or
// [ErrInvalid] for a weight that is not finite or is negative.
func (w Weights) With(c actors.Channel, v float64) (Weights, error) {
	switch {
	case !c.IsValid():
		return w, fieldErr("Weights channel", uint8(c), fmt.Errorf("%w: want one of %v", ErrUnknown, actors.Channels()))
	case math.IsNaN(v) || math.IsInf(v, 0) || v < 0:
		return w, fieldErr("Weights["+c.String()+"]", v, fmt.Errorf("%w: want a finite weight in [0, %v]", ErrInvalid, MaxWeight))
	}
	w.w[c-1] = v
	return w, nil
}

// Of returns the weight of channel c (0 for an invalid channel).
func (w Weights) Of(c actors.Channel) float64 {
	if !c.IsValid() {
		return 0
	}
	return w.w[c-1]
}

// All returns an iterator over the channels, in channel order, with their
// weights.
func (w Weights) All() iter.Seq2[actors.Channel, float64] {
	return func(yield func(actors.Channel, float64) bool) {
		for i, v := range w.w {
			if !yield(actors.Channel(i+1), v) {
				return
			}
		}
	}
}

// Sum returns the sum of the weights, added in channel order.
func (w Weights) Sum() float64 {
	s := 0.0
	for _, v := range w.w {
		s += v
	}
	return s
}

// MaxWeight is the cap on any one channel's weight. No channel may carry
// more than half of the total, so that no single kind of dependence
// dictates the score (Munda 2005, as applied in the OECD/JRC Handbook).
const MaxWeight = 0.5

// weightTolerance is how far from 1 a sum of weights may be and still count
// as 1, and how far below the coverage floor a coverage may be and still
// meet it: sums of decimal weights are rarely exactly 1 in binary (the
// default weights sum to 0.9999999999999999).
const weightTolerance = 1e-9

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
	return Weights{w: [actors.NumChannels]float64{0.20, 0.15, 0.10, 0.20, 0.10, 0.10, 0.15}}
}

// NoAgeLimit, as Params.MaxAge, lets observations of any age count.
const NoAgeLimit = math.MaxInt32

// Params are the parameters of the leverage model. Every [Assessment]
// carries the Params it used. Start from [DefaultParams] and change what
// you need; [Params.Validate] checks the result. No field's zero value is
// silently replaced: the zero Params, and any zero field that has no
// meaning of its own (Weights, CoverageFloor, Suspended, MinConfidence,
// MaxAge), is rejected with an error that says to start from
// DefaultParams. The zero KnownAt means "use everything".
type Params struct {
	// Weights of the channels; see [DefaultWeights]. They must be finite,
	// non-negative, at most MaxWeight each, and sum to 1 (within 1e-9).
	Weights Weights
	// CoverageFloor is the share of channel weight that must have evidence
	// as of the date for a score to be given, in (0, 1]; a coverage within
	// 1e-9 below the floor meets it, so a floor of 1 is met by full
	// coverage. Default 0.25: above every single default weight, so that
	// no score rests on one channel alone (a refusal to "manufacture
	// scores below frozen coverage floors", as worldmonitor's scorecard
	// puts it). A floor of 0 would score a pair from no evidence at all,
	// so it is rejected.
	CoverageFloor float64
	// Suspended is the factor applied to a tie whose best basis is
	// suspended or frozen, in (0, 1]: the instrument still exists and can
	// be revived, but does not operate. Default 0.5, halfway between in
	// force (1) and ended (0); a judgement, which [Assessment.Band]
	// moves within ±SuspendedRange. A suspended basis that counts for nothing is an
	// ended one: record its end instead.
	Suspended float64
	// MinConfidence is the weakest confidence of an observation the model
	// uses; weaker ones are treated as missing. At [indicators.Verified]
	// analysts' judgements ([indicators.Judgement]) are left out too,
	// whatever confidence they are labelled with. A salience left out this
	// way leaves its strand without evidence (its weight is unknown); it
	// never falls back to the default salience, which could raise the
	// score. Default [indicators.SingleSource]: unverified values stay
	// missing.
	MinConfidence indicators.Confidence
	// MaxAge is the largest age, in calendar years between the year an
	// observation's period ends and the assessment year, of a share the
	// model still uses; older shares are treated as missing. Default 5,
	// the length of a SIPRI window: older flow shares say little about the
	// present. At least 1; [NoAgeLimit] for none. The limit applies to
	// flows only: institutional shares (a base, border troops, a bloc) are
	// stocks, and saliences and substitutabilities are analysts'
	// judgements, which stand until revised (methodology notes, §9.6).
	// Ageing out is one of the model's two documented discontinuities
	// (the other is the coverage floor): a share counts in full up to its
	// last year and not at all after it.
	MaxAge int
	// KnownAt, when set, replays an assessment as of what was known then:
	// an observation counts only from its recorded date (when it has one),
	// and only if that is on or before both KnownAt and the assessment
	// date. Zero: use everything.
	KnownAt indicators.Date
}

// DefaultParams returns the default parameters, documented field by field
// on [Params].
func DefaultParams() Params {
	return Params{
		Weights:       DefaultWeights(),
		CoverageFloor: 0.25,
		Suspended:     0.5,
		MinConfidence: indicators.SingleSource,
		MaxAge:        5,
	}
}

const startFromDefaults = "start from DefaultParams()"

// Validate reports whether p is usable: weights finite, in [0, MaxWeight]
// and summing to 1 (within 1e-9); CoverageFloor in (0, 1]; Suspended in
// (0, 1]; MinConfidence valid; MaxAge at least 1; KnownAt valid or zero.
// Errors name the field and value, say what to do, and wrap [ErrInvalid]
// or [ErrUnknown].
func (p Params) Validate() error {
	if p.Weights == (Weights{}) {
		return fieldErr("Params.Weights", "all zero", fmt.Errorf("%w: weights must sum to 1 (%s)", ErrInvalid, startFromDefaults))
	}
	for c, w := range p.Weights.All() {
		if math.IsNaN(w) || w < 0 || w > MaxWeight {
			return fieldErr("Params.Weights["+c.String()+"]", w, fmt.Errorf("%w: want a weight in [0, %v]", ErrInvalid, MaxWeight))
		}
	}
	unit := func(name string, v float64) error {
		if math.IsNaN(v) || v <= 0 || v > 1 {
			return fieldErr("Params."+name, v, fmt.Errorf("%w: want a value in (0, 1] (%s)", ErrInvalid, startFromDefaults))
		}
		return nil
	}
	switch sum := p.Weights.Sum(); {
	case math.Abs(sum-1) > weightTolerance:
		return fieldErr("Params.Weights", fmt.Sprintf("sum %v", sum), fmt.Errorf("%w: weights must sum to 1 (when raising one channel's weight, lower another's by as much)", ErrInvalid))
	case unit("CoverageFloor", p.CoverageFloor) != nil:
		return unit("CoverageFloor", p.CoverageFloor)
	case unit("Suspended", p.Suspended) != nil:
		return unit("Suspended", p.Suspended)
	case !p.MinConfidence.IsValid():
		return fieldErr("Params.MinConfidence", uint8(p.MinConfidence), fmt.Errorf("%w (%s)", ErrUnknown, startFromDefaults))
	case p.MaxAge < 1:
		return fieldErr("Params.MaxAge", p.MaxAge, fmt.Errorf("%w: want at least 1 year, or NoAgeLimit (%s)", ErrInvalid, startFromDefaults))
	}
	return nil
}

// An Option changes how [Leverage], [Balance] and the functions built on
// them assess. The order of options never matters: options that set one
// parameter ([WithWeights], [WithWeight], [KnownAt]) always take precedence over the
// same field of [WithParams], wherever they stand, and giving the same
// option twice is an error. A function that would ignore an option
// rejects it: [NewModel] and [LeverageSeries] take their dates otherwise
// and reject [AsOf].
type Option func(*config) error

type config struct {
	asOf    indicators.Date
	base    *Params
	weights *Weights
	weight  map[actors.Channel]float64 // WithWeight, by channel
	knownAt *indicators.Date
	// LeverageSeries only.
	constant bool
	basis    Composition
	// Climate only.
	climate *ClimateParams
	set     map[string]bool
	params  Params
}

func (c *config) once(name string) error {
	if c.set == nil {
		c.set = map[string]bool{}
	}
	if c.set[name] {
		return fieldErr("option", name, fmt.Errorf("%w: given twice; give each option once", ErrInvalid))
	}
	c.set[name] = true
	return nil
}

// AsOf sets the date of the assessment. A coarse date means its last day:
// AsOf(2019) assesses the state at the end of 2019. Without AsOf, an
// assessment is made as of the latest date by which an observation among
// the ties of the pair has ended, so that it never depends on the clock.
// The zero Date is an error wrapping indicators.ErrInvalidDate.
func AsOf(d indicators.Date) Option {
	return func(c *config) error {
		if err := c.once("AsOf"); err != nil {
			return err
		}
		if !d.IsValid() {
			return fieldErr("AsOf", "zero Date", fmt.Errorf("%w: a zero date is not \"latest\"; leave AsOf out for the latest", indicators.ErrInvalidDate))
		}
		c.asOf = d
		return nil
	}
}

// WithParams sets every parameter, except those that [WithWeights] or
// [KnownAt] set, which take precedence wherever they stand among the
// options.
func WithParams(p Params) Option {
	return func(c *config) error {
		if err := c.once("WithParams"); err != nil {
			return err
		}
		c.base = &p
		return nil
	}
}

// WithWeights sets the channel weights, over those of [WithParams].
func WithWeights(w Weights) Option {
	return func(c *config) error {
		if err := c.once("WithWeights"); err != nil {
			return err
		}
		c.weights = &w
		return nil
	}
}

// WithWeight sets the weight of one channel, over the weights of
// [WithWeights] and [WithParams], wherever it stands among the options:
//
//	relations.Leverage(russia, kazakhstan,
//		relations.WithWeight(actors.Transit, 0.25), relations.WithWeight(actors.Trade, 0.05))
//
// Give it once per channel. The weights must still sum to 1
// ([Params.Validate]); an unknown channel is an error wrapping
// [ErrUnknown], a weight that is negative or not finite one wrapping
// [ErrInvalid].
func WithWeight(ch actors.Channel, w float64) Option {
	return func(c *config) error {
		if err := c.once("WithWeight(" + ch.String() + ")"); err != nil {
			return err
		}
		if _, err := DefaultWeights().With(ch, w); err != nil {
			return err
		}
		if c.weight == nil {
			c.weight = map[actors.Channel]float64{}
		}
		c.weight[ch] = w
		return nil
	}
}

// KnownAt replays the assessment as of what was recorded by d, over the
// KnownAt of [WithParams]; see [Params.KnownAt]. The zero Date is an
// error.
func KnownAt(d indicators.Date) Option {
	return func(c *config) error {
		if err := c.once("KnownAt"); err != nil {
			return err
		}
		if !d.IsValid() {
			return fieldErr("KnownAt", "zero Date", indicators.ErrInvalidDate)
		}
		c.knownAt = &d
		return nil
	}
}

// newConfig applies opts in two stages, so that their order does not
// matter: first the base parameters (WithParams or the defaults), then the
// options that set one field.
func newConfig(opts []Option) (config, error) {
	c, err := applyOptions(opts)
	if err != nil {
		return c, err
	}
	c.params = DefaultParams()
	if c.base != nil {
		c.params = *c.base
	}
	if c.weights != nil {
		c.params.Weights = *c.weights
	}
	for _, ch := range actors.Channels() {
		if w, ok := c.weight[ch]; ok {
			c.params.Weights, _ = c.params.Weights.With(ch, w) // checked by WithWeight
		}
	}
	if c.knownAt != nil {
		c.params.KnownAt = *c.knownAt
	}
	return c, c.params.Validate()
}

// applyOptions runs each option over a fresh config, without resolving
// or checking the leverage parameters.
func applyOptions(opts []Option) (config, error) {
	var c config
	for i, o := range opts {
		if o == nil {
			return c, fieldErr(fmt.Sprintf("opts[%d]", i), nil, fmt.Errorf("%w: nil Option", ErrInvalid))
		}
		if err := o(&c); err != nil {
			return c, err
		}
	}
	return c, nil
}

// only returns an error when an option other than the named ones was
// given to fn, which does not use it. WithWeight counts as "WithWeight".
func (c *config) only(fn string, names ...string) error {
	for n := range c.set {
		base, _, _ := strings.Cut(n, "(")
		if !slices.Contains(names, base) {
			return fieldErr(fn, n, fmt.Errorf("%w: %s does not take %s", ErrInvalid, fn, n))
		}
	}
	return nil
}

// WithClimateParams sets the parameters of [Climate]; the functions of
// leverage reject it.
func WithClimateParams(p ClimateParams) Option {
	return func(c *config) error {
		if err := c.once("WithClimateParams"); err != nil {
			return err
		}
		c.climate = &p
		return nil
	}
}

// reject returns an error when one of the named options was given to a
// function that does not use it.
func (c *config) reject(fn string, names ...string) error {
	for _, n := range names {
		if c.set[n] {
			return fieldErr(fn, n, fmt.Errorf("%w: %s does not take %s", ErrInvalid, fn, n))
		}
	}
	return nil
}
