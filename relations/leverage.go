package relations

import (
	"fmt"
	"iter"
	"strings"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/internal/validate"
)

// A Reading is one input of the leverage model as read from a series as of
// the assessment date, with where it came from. Assumed readings were not
// recorded and stand at the model's documented default.
type Reading struct {
	Value float64
	// Low and High bound the true value: the observation's published
	// range, or what its qualifier allows (see indicators.Observation.Bounds);
	// both equal Value for a stated or an assumed reading.
	Low, High float64
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
//	exposure     = salience × factor × share × (1 − substitutability)
//	contribution = weight(channel) × exposure × κ(channel)
//
// where κ is 1 unless the channel's exposures add up to more than 1, when
// it scales them down to sum to 1.
type Fact struct {
	Label   string
	Channel actors.Channel
	Share   Reading
	// Salience is the strand's weight within its channel. When it is not
	// recorded it is assumed equal to the least salience recorded for a
	// strand of the channel in force with evidence, so that a missing
	// salience never weighs more than a recorded one; when none is
	// recorded, the n strands in force with evidence share the channel
	// equally (1/n each).
	Salience         Reading
	Substitutability Reading // assumed 0 when not recorded: no substitute documented
	Standing         actors.Standing
	Basis            string  // the basis that decided the standing ("" when the tie rests on none)
	Certain          bool    // false when a coarsely dated change makes the standing unsure
	Factor           float64 // 1 in force, Params.Suspended when suspended, 0 ended or not yet in force
	Evidence         bool    // whether the fact had evidence as of the date (see Missing)
	Missing          string  // why the fact had no evidence, or why it counts 0
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
	Exposure     float64 // V_c = min(1, Σ fact exposures)
	Contribution float64 // Σ of the facts' contributions, in order
	// Concentration of the target's suppliers in the channel: the
	// salience-weighted mean of its strands' concentration ranges.
	Concentration Concentration
	Facts         []Fact
}

// An Assessment is the leverage that Holder holds over Target as of AsOf,
// together with everything that produced it.
//
// Score is the sum of the channels' contributions, each the sum of its
// facts' contributions, added in report order; the test suite checks this
// equality exactly. When the evidence falls short (no ties, coverage below
// the floor) Err says why, in one error value that wraps [ErrNoTies] or
// [ErrCoverage], and Score is 0; the functions that return an Assessment
// then also return that error. The zero Assessment is not scored either.
type Assessment struct {
	Holder, Target actors.ID
	AsOf           indicators.Date
	Err            error   // nil when scored
	Score          float64 // L(holder→target) in [0, 1]
	Max            float64 // Score plus the uncovered weight: the score if every uncovered channel were fully exposed
	Coverage       float64 // share of channel weight with evidence as of AsOf
	Channels       [actors.NumChannels]ChannelResult
	Params         Params
	Methodology    string
}

// Scored reports whether a holds a score: it was assessed (it is not the
// zero Assessment) and not refused.
func (a Assessment) Scored() bool { return a.Err == nil && a.Methodology != "" }

// Channel returns the result for channel c.
func (a Assessment) Channel(c actors.Channel) ChannelResult {
	if !c.IsValid() {
		return ChannelResult{}
	}
	return a.Channels[c-1]
}

// Leverage assesses the leverage that holder holds over target: how much
// target depends on holder, channel by channel, reduced by how far target
// could replace holder. The evidence is target's ties toward holder (see
// [actors.Tie]). Leverage is directed: Leverage(a, b) and Leverage(b, a)
// answer different questions.
//
// # The model
//
// For each tie i of target toward holder in channel c, read as of the date
// (an observation counts from the end of the period it covers; see
// indicators.Indicator.AsOf):
//
//	eᵢ  = ŝᵢ · fᵢ · shareᵢ · (1 − σᵢ)
//	V_c = min(1, Σᵢ eᵢ)
//	L   = Σ_c w_c · V_c
//
// where shareᵢ is holder's share of what target gets through the strand,
// ŝᵢ the strand's recorded salience within its channel (when not recorded,
// the least salience recorded for a strand of the channel in force with
// evidence, or 1/n when none is, n being the number of strands in force
// with evidence), σᵢ how far target could replace holder (0
// when not recorded; Emerson 1962, Keohane & Nye 1977 on vulnerability),
// and fᵢ is 1 while the tie's best basis is in force, Params.Suspended
// while it is suspended, and 0 once it has ended or before it enters into
// force. L is in [0, 1], non-decreasing in every share and salience,
// non-increasing in every substitutability, continuous in each, and adds
// up over channels and facts. A fact has evidence when its share
// is known as of the date (an observation ended by the date's last day, of
// at least Params.MinConfidence, no older than Params.MaxAge years, and
// under KnownAt recorded in time) and its salience is not one the
// confidence filter left out (a recorded salience below MinConfidence, or
// a judgement when MinConfidence is verified, leaves the strand's weight
// unknown, so the strand has no evidence instead of taking the default
// salience), or when its basis has ended or not yet begun, which is
// itself evidence of no dependence. Coverage is the weight
// of the channels with evidence; channels without evidence add nothing,
// and Max shows how far the score could rise if they were fully exposed.
//
// # Refusals
//
// Leverage returns an error, and the Assessment as far as it got with the
// same error in Err, when holder or target is the zero Actor (wrapping
// [actors.ErrInvalidID]), when they are the same actor ([ErrSelf]), when
// an option or the parameters are invalid ([ErrInvalid], [ErrUnknown],
// indicators.ErrInvalidDate), when target holds no tie toward holder
// ([ErrNoTies]; the message says when the ties run the other way), or when
// coverage is below Params.CoverageFloor ([ErrCoverage]; the message lists
// the channels without evidence).
//
// # What the model does not capture
//
// CINCResult (see [CINC]) and climate (see [Climate]) are reported beside
// leverage, never multiplied in. The model does not know the holder's
// willingness to use its leverage, third parties' reactions, or costs to
// the holder of cutting a tie; it reads shares, not elasticities. It is
// not gated by the volume of flows: see the package documentation.
func Leverage(holder, target actors.Actor, opts ...Option) (Assessment, error) {
	c, err := newConfig(opts)
	if err == nil {
		err = c.reject("Leverage", "ConstantBasis", "OnBasis", "WithClimateParams")
	}
	if err != nil {
		return Assessment{Err: err}, err
	}
	return leverage(holder, target, &c)
}

func leverage(holder, target actors.Actor, c *config) (Assessment, error) {
	a := Assessment{Params: c.params, Methodology: Methodology}
	if err := checkPair(holder, target); err != nil {
		a.Err = err
		return a, err
	}
	a.Holder, a.Target = holder.ID(), target.ID()
	d := c.asOf
	if !d.IsValid() {
		d = latestDate(holder, target)
	}
	a.AsOf = d
	a.Err = assess(&a, holder, target, &c.params, true, nil)
	return a, a.Err
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

// latestDate returns the latest date by which an observation of the
// share, salience or substitutability series of the ties between the two
// actors has ended, or the zero Date.
func latestDate(holder, target actors.Actor) indicators.Date {
	var d indicators.Date
	for _, ties := range [...]iter.Seq[actors.TieView]{target.TiesFrom(holder.ID()), holder.TiesFrom(target.ID())} {
		for v := range ties {
			for _, ind := range [...]indicators.Indicator{v.Share(), v.Salience(), v.Substitutability()} {
				if n := ind.Len(); n > 0 {
					if at := ind.Observation(n - 1).At; !d.IsValid() || at.Last().Compare(d.Last()) > 0 {
						d = at
					}
				}
			}
		}
	}
	return d
}

// reader reads a series as of the assessment date under the parameters'
// confidence, age and known-at filters.
type reader struct {
	d     indicators.Date
	p     *Params
	stock bool // reading a stock or a judgement: no age limit
}

// trusted reports whether o passes the confidence filter: its confidence
// is at least Params.MinConfidence, and it is not an analyst's judgement
// when only verified values are asked for (no source verifies a
// judgement, whatever confidence it is labelled with).
func (r reader) trusted(o indicators.Observation) bool {
	if o.Source.Evidence == indicators.Judgement && r.p.MinConfidence == indicators.Verified {
		return false
	}
	return o.Source.Confidence.AtLeast(r.p.MinConfidence)
}

// why says which filter keeps o out, or "" when none does.
func (r reader) why(o indicators.Observation) string {
	if o.Source.Evidence == indicators.Judgement && r.p.MinConfidence == indicators.Verified {
		return "is a judgement, which Params.MinConfidence = verified leaves out"
	}
	if !o.Source.Confidence.AtLeast(r.p.MinConfidence) {
		return fmt.Sprintf("is %s, below Params.MinConfidence (%s)", o.Source.Confidence, r.p.MinConfidence)
	}
	if !r.stock && r.d.Year()-o.At.Year() > r.p.MaxAge {
		return fmt.Sprintf("is more than Params.MaxAge = %d years older than %s (raise MaxAge or record a newer value)", r.p.MaxAge, r.d)
	}
	if rec := o.Source.Recorded; rec.IsValid() {
		if k := r.p.KnownAt; k.IsValid() && k.Last().Compare(rec.First()) < 0 {
			return fmt.Sprintf("was recorded on %s, after KnownAt %s", rec, k)
		}
		if k := r.p.KnownAt; k.IsValid() && r.d.Last().Compare(rec.First()) < 0 {
			return fmt.Sprintf("was recorded on %s, after the assessment date (KnownAt replay)", rec)
		}
	}
	return ""
}

func (r reader) keep(o indicators.Observation) bool {
	if !r.trusted(o) {
		return false
	}
	if !r.stock && r.d.Year()-o.At.Year() > r.p.MaxAge {
		return false
	}
	if rec := o.Source.Recorded; r.p.KnownAt.IsValid() && rec.IsValid() {
		if r.p.KnownAt.Last().Compare(rec.First()) < 0 || r.d.Last().Compare(rec.First()) < 0 {
			return false
		}
	}
	return true
}

func (r reader) read(ind indicators.Indicator) (Reading, bool) {
	if !ind.IsValid() {
		return Reading{}, false
	}
	o, ok := ind.LatestAsOf(r.d, r.keep)
	if !ok {
		return Reading{}, false
	}
	lo, hi := o.Bounds(ind.Unit())
	return Reading{Value: o.Value, Low: lo, High: hi, At: o.At, Qualifier: o.Qualifier, Source: o.Source, Code: ind.Code()}, true
}

// missing says why ind has no usable value as of the date.
func (r reader) missing(ind indicators.Indicator) string {
	o, ok := ind.AsOf(r.d)
	if !ok {
		if ind.Len() > 0 {
			return fmt.Sprintf("no share observed by %s (the first, %s, ends later)", r.d, ind.Observation(0).At)
		}
		return "no share recorded"
	}
	return fmt.Sprintf("no usable share as of %s: the latest, %s, %s", r.d, o.At, r.why(o))
}

// channelSums accumulates pass 1 of a channel.
type channelSums struct {
	covered  bool
	recorded float64 // Σ ŝ·f·x over strands with a recorded salience
	bare     float64 // Σ f·x over strands without one
	minSal   float64 // least recorded salience of a strand in force with evidence
	hasSal   bool
	nBare    int // strands in force with evidence and no recorded salience
}

func (s *channelSums) exposure() (sum, missingSal float64) {
	switch {
	case s.hasSal:
		missingSal = s.minSal
	case s.nBare > 0:
		missingSal = 1 / float64(s.nBare)
	default:
		missingSal = 1
	}
	return s.recorded + missingSal*s.bare, missingSal
}

// assess fills a. With full set it records facts, reasons and
// concentration; without, it computes the same score, coverage and bounds
// with the same arithmetic in the same order, and allocates nothing.
func assess(a *Assessment, holder, target actors.Actor, p *Params, full bool, basis Composition) error {
	r := reader{d: a.AsOf, p: p}
	for i := range a.Channels {
		a.Channels[i].Channel = actors.Channel(i + 1)
		a.Channels[i].Weight = p.Weights.w[i]
	}
	// Pass 1: evidence, and the exposure sums of each channel.
	var sums [actors.NumChannels]channelSums
	n := 0
	for v := range target.TiesFrom(holder.ID()) {
		if basis != nil && !basis.Has(v.Channel(), v.Label()) {
			continue
		}
		n++
		f := evaluate(v, r, full)
		s := &sums[f.Channel-1]
		if f.Evidence {
			s.covered = true
			x := f.Factor * f.Share.Value * (1 - f.Substitutability.Value)
			if f.Salience.Assumed {
				s.bare += x
				if f.Factor > 0 {
					s.nBare++
				}
			} else {
				s.recorded += f.Salience.Value * x
				if f.Factor > 0 && (!s.hasSal || f.Salience.Value < s.minSal) {
					s.minSal, s.hasSal = f.Salience.Value, true
				}
			}
		}
		if full {
			ch := &a.Channels[f.Channel-1]
			ch.Facts = append(ch.Facts, f)
		}
	}
	if n == 0 {
		if !full {
			return ErrNoTies
		}
		return noTies(a, holder, target)
	}
	if !a.AsOf.IsValid() {
		return validate.Errorf("relations", "leverage of %s over %s: no observation among the ties of the pair to date the assessment; give AsOf: %w", a.Holder, a.Target, ErrCoverage)
	}
	var kappa, missingSal [actors.NumChannels]float64
	for i := range a.Channels {
		ch := &a.Channels[i]
		ch.Covered = sums[i].covered
		if ch.Covered {
			a.Coverage += ch.Weight
		}
		s, m := sums[i].exposure()
		missingSal[i] = m
		kappa[i] = 1
		if s > 1 {
			kappa[i] = 1 / s
		}
		ch.Exposure = min(1, s)
	}
	if full {
		for i := range a.Channels {
			ch := &a.Channels[i]
			for j := range ch.Facts {
				fa := &ch.Facts[j]
				if fa.Salience.Assumed {
					fa.Salience.Value = missingSal[i]
					fa.Salience.Low, fa.Salience.High = missingSal[i], missingSal[i]
				}
				if fa.Evidence {
					fa.Exposure = fa.Salience.Value * fa.Factor * fa.Share.Value * (1 - fa.Substitutability.Value)
				}
			}
		}
	}
	if basis == nil && a.Coverage+weightTolerance < p.CoverageFloor {
		if !full {
			return ErrCoverage
		}
		return shortCoverage(a, p)
	}
	// Pass 2: contributions, added per channel in tie order.
	if full {
		for i := range a.Channels {
			ch := &a.Channels[i]
			for j := range ch.Facts {
				fa := &ch.Facts[j]
				if fa.Evidence {
					fa.Contribution = ch.Weight * fa.Exposure * kappa[i]
				}
				ch.Contribution += fa.Contribution
			}
		}
		concentrations(a, target, r)
	} else {
		for v := range target.TiesFrom(holder.ID()) {
			if basis != nil && !basis.Has(v.Channel(), v.Label()) {
				continue
			}
			if f := evaluate(v, r, false); f.Evidence {
				i := f.Channel - 1
				sal := f.Salience.Value
				if f.Salience.Assumed {
					sal = missingSal[i]
				}
				ch := &a.Channels[i]
				ch.Contribution += ch.Weight * (sal * f.Factor * f.Share.Value * (1 - f.Substitutability.Value)) * kappa[i]
			}
		}
	}
	for i := range a.Channels {
		ch := &a.Channels[i]
		a.Score += ch.Contribution
		if !ch.Covered {
			a.Max += ch.Weight
		}
	}
	a.Max += a.Score
	return nil
}

// noTies returns the refusal for a pair without ties of the target toward
// the holder, pointing to the other direction when ties run that way.
func noTies(a *Assessment, holder, target actors.Actor) error {
	back := 0
	for range holder.TiesFrom(target.ID()) {
		back++
	}
	if back > 0 {
		return validate.Errorf("relations", "leverage of %s over %s: %s holds no tie toward %s, but %s holds %d toward %s; did you mean Leverage(%s, %s)?: %w",
			a.Holder, a.Target, a.Target, a.Holder, a.Holder, back, a.Target, a.Target, a.Holder, ErrNoTies)
	}
	return validate.Errorf("relations", "leverage of %s over %s: %s holds no tie toward %s (record the ties of dependence on the target, see actors.Tie): %w",
		a.Holder, a.Target, a.Target, a.Holder, ErrNoTies)
}

// shortCoverage returns the refusal for coverage below the floor, naming
// the channels without evidence.
func shortCoverage(a *Assessment, p *Params) error {
	var lacking []string
	for _, ch := range a.Channels {
		if !ch.Covered && ch.Weight > 0 {
			s := ch.Channel.String()
			if len(ch.Facts) > 0 {
				s += " (" + ch.Facts[0].Label + ": " + ch.Facts[0].Missing + ")"
			}
			lacking = append(lacking, s)
		}
	}
	return validate.Errorf("relations", "leverage of %s over %s as of %s: evidence covers %.1f%% of the channel weight, below Params.CoverageFloor %.1f%%; no evidence in %s (record their shares, or lower the floor): %w",
		a.Holder, a.Target, a.AsOf, 100*a.Coverage, 100*p.CoverageFloor, strings.Join(lacking, ", "), ErrCoverage)
}

// concentrations fills each fact's Concentration from the target's ties of
// the same channel and label toward every provider, in one walk of the
// target's ties.
func concentrations(a *Assessment, target actors.Actor, r reader) {
	type key struct {
		c     actors.Channel
		label string
	}
	type acc struct {
		sum, sq float64
		k       int
	}
	want := map[key]*acc{}
	for i := range a.Channels {
		for _, fa := range a.Channels[i].Facts {
			want[key{fa.Channel, fa.Label}] = &acc{}
		}
	}
	for v := range target.Ties() {
		if ac := want[key{v.Channel(), v.Label()}]; ac != nil {
			r.stock = v.Channel() == actors.Institutional
			if val, ok := r.read(v.Share()); ok {
				ac.sum += val.Value
				ac.sq += val.Value * val.Value
				ac.k++
			}
		}
	}
	for i := range a.Channels {
		ch := &a.Channels[i]
		for j := range ch.Facts {
			fa := &ch.Facts[j]
			ac := want[key{fa.Channel, fa.Label}]
			if ac.k == 0 {
				continue
			}
			rest := max(0, 1-ac.sum)
			fa.Concentration = Concentration{Min: ac.sq, Max: ac.sq + rest*rest, Known: ac.k}
		}
		var w float64
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

// evaluate reads one tie as of the date. The salience of a fact whose
// salience is not recorded is left Assumed with value 0, for assess to set.
func evaluate(v actors.TieView, r reader, full bool) Fact {
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
	// Saliences and substitutabilities are judgements: they do not age.
	j := r
	j.stock = true
	// A salience that is recorded but left out by the confidence filter
	// is not "not recorded": the strand's weight within its channel is
	// unknown, so the strand has no evidence, rather than taking the
	// default salience, which could be higher than the one left out.
	distrusted := false
	if sv, ok2 := j.read(v.Salience()); ok2 {
		f.Salience = sv
	} else {
		f.Salience = Reading{Assumed: true}
		if o, ok3 := v.Salience().AsOf(r.d); ok3 && !r.trusted(o) {
			distrusted = true
		}
	}
	if sv, ok2 := j.read(v.Substitutability()); ok2 {
		f.Substitutability = sv
	} else {
		f.Substitutability = Reading{Assumed: true}
	}
	switch {
	case f.Factor == 0:
		// The basis has ended or has not begun: evidence of no dependence.
		f.Evidence = true
		if full {
			if s == 0 {
				f.Missing = "not yet in force: " + f.Basis
			} else {
				f.Missing = "ended: " + f.Basis
			}
		}
	case !ok:
		if full {
			f.Missing = r.missing(v.Share())
		}
	case distrusted:
		if full {
			o, _ := v.Salience().AsOf(r.d)
			f.Missing = fmt.Sprintf("salience unknown as of %s: the recorded one, %s, %s", r.d, o.At, r.why(o))
		}
	default:
		f.Evidence = true
	}
	return f
}
