package relations

import (
	"fmt"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
)

// A Value is one input of the leverage model as read from a series as of
// the assessment date, with where it came from. Assumed values were not
// recorded and stand at the model's documented default.
type Value struct {
	Value     float64
	At        indicators.Date       // date of the observation used; zero when assumed
	Qualifier indicators.Qualifier  // as published: approximate, lower or upper bound
	Source    indicators.Provenance // zero when assumed
	Code      string                // code of the indicator read; empty when assumed
	Assumed   bool                  // not recorded: the documented default stands in
}

// A Fact is the contribution of one tie of the target toward the holder to
// an [Assessment]: the inputs read as of the date and what they add to the
// score.
//
//	exposure     = factor × salience × share × (1 − substitutability)
//	contribution = gate × weight(channel) × exposure / max(1, Σ salience in the channel)
type Fact struct {
	Label            string
	Channel          actors.Channel
	Share            Value
	Salience         Value // assumed 1 when not recorded: the strand is the whole channel
	Substitutability Value // assumed 0 when not recorded: no substitute documented
	Standing         actors.Standing
	Basis            string  // the basis that decided the standing ("" when the tie rests on none)
	Certain          bool    // false when a coarsely dated change makes the standing unsure
	Factor           float64 // 1 in force, Params.Suspended when suspended, 0 ended or not yet in force
	Evidence         bool    // whether the fact had evidence as of the date (see Missing)
	Missing          string  // why the fact had no evidence, when it had none
	Exposure         float64
	Contribution     float64
	Concentration    Concentration // of the target's suppliers of this strand
}

// Concentration is the Hirschman–Herfindahl index of a target's suppliers
// of one strand, HHI = Σ sᵢ² over the providers' shares (Hirschman 1945).
// Shares of providers the data does not name are unknown, so the index is
// a range: Min spreads the unnamed remainder over infinitely many small
// suppliers, Max gives it to one. Known says how many providers were named.
// Statistics Netherlands reads below 0.15 as not concentrated, 0.15–0.25
// as somewhat and 0.25 or more as concentrated.
type Concentration struct {
	Min, Max float64
	Known    int
}

// A ChannelResult is one channel of an [Assessment].
type ChannelResult struct {
	Channel      actors.Channel
	Weight       float64
	Covered      bool    // whether any fact had evidence as of the date
	Exposure     float64 // V_c: Σ fact exposures / max(1, Σ salience)
	Contribution float64 // Σ of the facts' contributions, in order
	// Concentration of the target's suppliers in the channel: the
	// salience-weighted mean of its strands' concentration ranges.
	Concentration Concentration
	Facts         []Fact
}

// Gate is the bandwidth gate of an [Assessment]: g = V/(V+k), where V is
// the recorded annual volume of flows between the pair in USD.
type Gate struct {
	Volume   float64 // V in USD; 0 when none is recorded
	Recorded bool    // whether any volume was recorded as of the date
	Scale    float64 // k in USD
	Value    float64 // g; 1 when ungated
	Ungated  bool
	Sources  []Value // the volumes read
}

// An Assessment is the leverage that Holder holds over Target as of AsOf,
// together with everything that produced it.
//
// Score is the sum of the channels' contributions, each the sum of its
// facts' contributions, added in report order; the test suite checks this
// equality exactly. When the evidence falls short (no ties, coverage below
// the floor, no recorded volume) Score is 0, Scored is false and Reason says
// why; the functions that return an Assessment then also return an error.
type Assessment struct {
	Holder, Target actors.ID
	AsOf           indicators.Date
	Scored         bool
	Reason         string
	Score          float64 // L(holder→target) in [0, 1]
	Max            float64 // Score plus gate × uncovered weight: the score if every uncovered channel were fully exposed
	Coverage       float64 // share of channel weight with evidence as of AsOf
	Gate           Gate
	Channels       [actors.NumChannels]ChannelResult
	Params         Params
	Methodology    string
}

// Channel returns the result for channel c.
func (a Assessment) Channel(c actors.Channel) ChannelResult {
	if !c.IsValid() {
		return ChannelResult{}
	}
	return a.Channels[c-1]
}

// Leverage assesses the leverage that holder holds over target: how much
// target depends on holder, channel by channel, reduced by how far target
// could replace holder, gated by the volume of ties between them. The
// evidence is target's ties toward holder (see [actors.Tie]); both actors'
// recorded volumes feed the gate. Leverage is directed: Leverage(a, b) and
// Leverage(b, a) answer different questions.
//
// # The model
//
// For each tie i of target toward holder in channel c, read as of the date:
//
//	vᵢ = fᵢ · salienceᵢ · shareᵢ · (1 − σᵢ)
//
// where shareᵢ is holder's share of what target gets through the strand,
// salienceᵢ the strand's weight within its channel (1 when not recorded),
// σᵢ how far target could replace holder (0 when not recorded; Emerson
// 1962, Keohane & Nye 1977 on vulnerability), and fᵢ is 1 while the tie's
// best basis is in force, Params.Suspended while it is suspended, and 0
// once it has ended or before it enters into force. Then
//
//	V_c = Σᵢ vᵢ / max(1, Σᵢ salienceᵢ)
//	g   = V / (V + k)          (V: recorded USD flows between the pair)
//	L   = g · Σ_c w_c · V_c
//
// so that L is in [0, 1] and adds up over channels and facts. A fact has
// evidence when its share is known as of the date (a value at or before
// the date's last day, of at least Params.MinConfidence, no older than
// Params.MaxAge years), or when its basis has ended or not yet begun, which
// is itself evidence of no dependence. Coverage is the weight of the
// channels with evidence; channels without evidence add nothing, and Max
// shows how far the score could rise if they were fully exposed.
//
// # Refusals
//
// Leverage returns an error, together with the Assessment as far as it got,
// when holder or target is the zero Actor (wrapping
// [actors.ErrInvalidID]), when they are the same actor ([ErrSelf]), when
// the parameters are invalid ([ErrInvalid]), when target holds no tie toward
// holder ([ErrNoTies]), when coverage is below Params.CoverageFloor
// ([ErrCoverage]), or when no volume is recorded and the gate is on
// ([ErrNoVolume]).
//
// # What the model does not capture
//
// CINCResult (see [CINC]) and climate (see [Climate]) are reported beside
// leverage, never multiplied in. The model does not know the holder's
// willingness to use its leverage, third parties' reactions, or costs to
// the holder of cutting a tie; it reads shares, not elasticities.
func Leverage(holder, target actors.Actor, opts ...Option) (Assessment, error) {
	c, err := newConfig(opts)
	a := Assessment{Holder: holder.ID(), Target: target.ID(), Params: c.params, Methodology: Methodology}
	if err != nil {
		return a, err
	}
	if err := checkPair(holder, target); err != nil {
		return a, err
	}
	if !c.asOf.IsValid() {
		c.asOf = latestDate(holder, target)
	}
	a.AsOf = c.asOf
	err = assess(&a, holder, target, &c.params, true)
	return a, err
}

func checkPair(holder, target actors.Actor) error {
	switch {
	case !holder.IsValid():
		return fieldErr("holder", "zero Actor", actors.ErrInvalidID)
	case !target.IsValid():
		return fieldErr("target", "zero Actor", actors.ErrInvalidID)
	case holder.ID() == target.ID():
		return fieldErr("target", target.ID().String(), fmt.Errorf("%w: leverage of an actor over itself", ErrSelf))
	}
	return nil
}

// latestDate returns the latest observation date among the series of the
// ties between the two actors, or the zero Date.
func latestDate(holder, target actors.Actor) indicators.Date {
	var d indicators.Date
	visit := func(v actors.TieView) bool {
		for _, ind := range [...]indicators.Indicator{v.Share(), v.Salience(), v.Substitutability(), v.Volume()} {
			if n := ind.Len(); n > 0 {
				if at := ind.Observation(n - 1).At; at.Compare(d) > 0 {
					d = at
				}
			}
		}
		return true
	}
	target.TiesFrom(holder.ID())(visit)
	holder.TiesFrom(target.ID())(visit)
	return d
}

// reader reads a series as of the assessment date under the parameters'
// confidence, age and known-at filters.
type reader struct {
	d     indicators.Date
	p     *Params
	stock bool // reading a stock (an institutional tie): no age limit
}

func (r reader) keep(o indicators.Observation) bool {
	if !o.Source.Confidence.AtLeast(r.p.MinConfidence) {
		return false
	}
	if !r.stock && r.p.MaxAge > 0 && r.d.Year()-o.At.Year() > r.p.MaxAge {
		return false
	}
	if r.p.KnownAt.IsValid() && o.Source.Recorded.IsValid() && r.p.KnownAt.Last().Compare(o.Source.Recorded.First()) < 0 {
		return false
	}
	return true
}

func (r reader) read(ind indicators.Indicator) (Value, bool) {
	if !ind.IsValid() {
		return Value{}, false
	}
	o, ok := ind.LatestAsOf(r.d, r.keep)
	if !ok {
		return Value{}, false
	}
	return Value{Value: o.Value, At: o.At, Qualifier: o.Qualifier, Source: o.Source, Code: ind.Code()}, true
}

// assess fills a. With full set it records facts, concentration and gate
// sources; without, it computes the same score, coverage and bounds with the
// same arithmetic in the same order, and allocates nothing.
func assess(a *Assessment, holder, target actors.Actor, p *Params, full bool) error {
	r := reader{d: a.AsOf, p: p}
	for i := range a.Channels {
		a.Channels[i].Channel = actors.Channel(i + 1)
		a.Channels[i].Weight = p.Weights[i]
	}
	// Pass 1: evidence, Σ exposure and Σ salience per channel.
	var raw, sal [actors.NumChannels]float64
	n := 0
	target.TiesFrom(holder.ID())(func(v actors.TieView) bool {
		n++
		f, evidence := evaluate(v, r, full)
		ch := &a.Channels[f.Channel-1]
		if evidence {
			ch.Covered = true
			raw[f.Channel-1] += f.Exposure
			sal[f.Channel-1] += f.Salience.Value
		}
		if full {
			ch.Facts = append(ch.Facts, f)
		}
		return true
	})
	if n == 0 {
		if !full {
			return ErrNoTies
		}
		a.Reason = fmt.Sprintf("%s holds no recorded tie toward %s: there is no evidence of dependence to score", a.Target, a.Holder)
		return validate.Errorf("relations", "leverage of %s over %s: %w", a.Holder, a.Target, ErrNoTies)
	}
	var norm [actors.NumChannels]float64
	for i := range a.Channels {
		norm[i] = max(1, sal[i])
		a.Channels[i].Exposure = raw[i] / norm[i]
		if a.Channels[i].Covered {
			a.Coverage += p.Weights[i]
		}
	}
	if a.Coverage < p.CoverageFloor {
		if !full {
			return ErrCoverage
		}
		a.Reason = fmt.Sprintf("evidence covers %.0f%% of the channel weight as of %s, below the floor of %.0f%%", 100*a.Coverage, a.AsOf, 100*p.CoverageFloor)
		return validate.Errorf("relations", "leverage of %s over %s as of %s: coverage %.2f < %.2f: %w", a.Holder, a.Target, a.AsOf, a.Coverage, p.CoverageFloor, ErrCoverage)
	}
	if err := gate(a, holder, target, r, full); err != nil {
		return err
	}
	g := a.Gate.Value
	// Pass 2: contributions, added per channel in tie order.
	if full {
		for i := range a.Channels {
			ch := &a.Channels[i]
			for j := range ch.Facts {
				fa := &ch.Facts[j]
				if fa.Evidence {
					fa.Contribution = g * ch.Weight * fa.Exposure / norm[i]
				}
				ch.Contribution += fa.Contribution
			}
		}
		concentrations(a, target, r)
	} else {
		target.TiesFrom(holder.ID())(func(v actors.TieView) bool {
			if f, evidence := evaluate(v, r, false); evidence {
				ch := &a.Channels[f.Channel-1]
				ch.Contribution += g * ch.Weight * f.Exposure / norm[f.Channel-1]
			}
			return true
		})
	}
	for i := range a.Channels {
		ch := &a.Channels[i]
		a.Score += ch.Contribution
		if !ch.Covered {
			a.Max += g * ch.Weight
		}
	}
	a.Max += a.Score
	a.Scored = true
	return nil
}

// concentrations fills each fact's Concentration from the target's ties of
// the same channel and label toward every provider.
func concentrations(a *Assessment, target actors.Actor, r reader) {
	for i := range a.Channels {
		for j := range a.Channels[i].Facts {
			fa := &a.Channels[i].Facts[j]
			var sum, sq float64
			k := 0
			target.Ties()(func(v actors.TieView) bool {
				if v.Channel() == fa.Channel && v.Label() == fa.Label {
					if val, ok := r.read(v.Share()); ok {
						sum += val.Value
						sq += val.Value * val.Value
						k++
					}
				}
				return true
			})
			if k == 0 {
				continue
			}
			rest := max(0, 1-sum)
			fa.Concentration = Concentration{Min: sq, Max: sq + rest*rest, Known: k}
		}
		var w float64
		ch := &a.Channels[i]
		for _, fa := range ch.Facts {
			if fa.Concentration.Known > 0 {
				w += fa.Salience.Value
				ch.Concentration.Min += fa.Salience.Value * fa.Concentration.Min
				ch.Concentration.Max += fa.Salience.Value * fa.Concentration.Max
				ch.Concentration.Known = max(ch.Concentration.Known, fa.Concentration.Known)
			}
		}
		if w > 0 {
			ch.Concentration.Min /= w
			ch.Concentration.Max /= w
		}
	}
}

// evaluate reads one tie as of the date.
func evaluate(v actors.TieView, r reader, full bool) (Fact, bool) {
	f := Fact{Channel: v.Channel()}
	if full {
		f.Label = v.Label()
	}
	s, certain, bi := v.Standing(r.d)
	f.Standing, f.Certain = s, certain
	if full && bi >= 0 {
		f.Basis = v.Basis(bi).Title
	}
	switch s {
	case actors.Active:
		f.Factor = 1
	case actors.Suspended:
		f.Factor = r.p.Suspended
	}
	r.stock = v.Channel() == actors.Institutional
	var ok bool
	f.Share, ok = r.read(v.Share())
	if sv, ok2 := r.read(v.Salience()); ok2 {
		f.Salience = sv
	} else {
		f.Salience = Value{Value: 1, Assumed: true}
	}
	if sv, ok2 := r.read(v.Substitutability()); ok2 {
		f.Substitutability = sv
	} else {
		f.Substitutability = Value{Value: 0, Assumed: true}
	}
	switch {
	case f.Factor == 0:
		// The basis has ended or has not begun: evidence of no dependence.
		f.Evidence = true
		f.Exposure = 0
		if full {
			if s == 0 {
				f.Missing = "not yet in force: " + f.Basis
			} else {
				f.Missing = "ended: " + f.Basis
			}
		}
	case !ok:
		if full {
			f.Missing = fmt.Sprintf("no usable share as of %s", r.d)
		}
	default:
		f.Evidence = true
		f.Exposure = f.Factor * f.Salience.Value * f.Share.Value * (1 - f.Substitutability.Value)
	}
	return f, f.Evidence
}

// gate fills a.Gate from the volumes recorded on both actors' ties toward
// each other: V is the larger of the two sides' sums, so that a flow both
// sides record is not counted twice.
func gate(a *Assessment, holder, target actors.Actor, r reader, full bool) error {
	p := r.p
	a.Gate.Scale, a.Gate.Ungated = p.GateScale, p.Ungated
	if p.Ungated {
		a.Gate.Value = 1
		return nil
	}
	var sums [2]float64
	var rec [2]bool
	var sources [2][]Value
	for side, pair := range [2][2]actors.Actor{{target, holder}, {holder, target}} {
		pair[0].TiesFrom(pair[1].ID())(func(v actors.TieView) bool {
			if val, ok := r.read(v.Volume()); ok {
				sums[side] += val.Value
				rec[side] = true
				if full {
					sources[side] = append(sources[side], val)
				}
			}
			return true
		})
	}
	side := 0
	if sums[1] > sums[0] {
		side = 1
	}
	a.Gate.Volume, a.Gate.Recorded = sums[side], rec[0] || rec[1]
	if full {
		a.Gate.Sources = sources[side]
	}
	if !a.Gate.Recorded {
		if !full {
			return ErrNoVolume
		}
		a.Reason = fmt.Sprintf("no volume of the ties between %s and %s is recorded as of %s, so the bandwidth gate cannot be set (use Ungated to score dependence alone)", a.Holder, a.Target, a.AsOf)
		return validate.Errorf("relations", "leverage of %s over %s as of %s: %w", a.Holder, a.Target, a.AsOf, ErrNoVolume)
	}
	a.Gate.Value = a.Gate.Volume / (a.Gate.Volume + p.GateScale)
	return nil
}
