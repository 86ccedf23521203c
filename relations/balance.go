package relations

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
)

// A BalanceResult is the balance of leverage between two actors as of a
// date: Net = L(A→B) − L(B→A), in [−1, 1], positive when A holds more
// leverage over B than B over A.
type BalanceResult struct {
	AB, BA Assessment // L(A→B) and L(B→A)
	Net    float64    // AB.Score − BA.Score
	// Ratio is the asymmetry AB.Score / (AB.Score + BA.Score) in [0, 1]:
	// 0.5 is symmetric; it is NaN when both scores are 0.
	Ratio float64
	// Min and Max bound Net given the uncovered channels: each side's
	// score could rise to its Max.
	Min, Max float64
	// Sensitivity of Net to the weights; see [Sensitivity].
	Sensitivity Range
}

// SignCertain reports whether the sign of Net holds whatever the
// uncovered channels hold and wherever the weights move within ±50 %.
func (b BalanceResult) SignCertain() bool {
	lo, hi := min(b.Min, b.Sensitivity.Min), max(b.Max, b.Sensitivity.Max)
	return lo > 0 || hi < 0
}

// Balance assesses L(a→b) and L(b→a) as of the same date with the same
// parameters and returns their difference, the asymmetry ratio, bounds and
// weight sensitivity. Without [AsOf], both are assessed as of the latest
// observation among the ties of the pair. It returns an error if either
// direction cannot be scored (see [Leverage]).
func Balance(a, b actors.Actor, opts ...Option) (BalanceResult, error) {
	var r BalanceResult
	c, err := newConfig(opts)
	if err != nil {
		return r, err
	}
	if err := checkPair(a, b); err != nil {
		return r, err
	}
	if !c.asOf.IsValid() {
		c.asOf = latestDate(a, b)
	}
	opts = append(slices.Clone(opts), AsOf(c.asOf))
	var errAB, errBA error
	r.AB, errAB = Leverage(a, b, opts...)
	r.BA, errBA = Leverage(b, a, opts...)
	if err := errors.Join(errAB, errBA); err != nil {
		return r, err
	}
	r.Net = r.AB.Score - r.BA.Score
	r.Ratio = r.AB.Score / (r.AB.Score + r.BA.Score)
	r.Min, r.Max = r.AB.Score-r.BA.Max, r.AB.Max-r.BA.Score
	var d [actors.NumChannels]float64
	for i := range d {
		d[i] = r.AB.Channels[i].Contribution/nonzero(r.AB.Channels[i].Weight) - r.BA.Channels[i].Contribution/nonzero(r.BA.Channels[i].Weight)
	}
	r.Sensitivity = sensitivity(c.params.Weights, d)
	return r, nil
}

func nonzero(w float64) float64 {
	if w == 0 {
		return 1
	}
	return w
}

// A Range is the least and greatest value of a score as the channel
// weights move.
type Range struct {
	Min, Max float64
	// MinWeights and MaxWeights are the weights that reach Min and Max.
	MinWeights, MaxWeights Weights
}

// Sensitivity returns the range of an assessment's score when each channel
// weight moves anywhere within ±50 % of its value, subject to the model's
// constraints (weights non-negative, at most MaxWeight, summing to 1), all
// else held fixed. The score is linear in the weights, so the range is
// found exactly: starting from every weight at its lower bound, the
// remaining weight goes to the channels with the largest (for Max) or
// smallest (for Min) gated exposure first, each up to its upper bound —
// the greedy solution of this linear programme is optimal.
func Sensitivity(a Assessment) Range {
	var e [actors.NumChannels]float64
	for i, ch := range a.Channels {
		e[i] = ch.Contribution / nonzero(ch.Weight)
	}
	return sensitivity(a.Params.Weights, e)
}

// sensitivity returns the range of Σ wᵢ·eᵢ over the weights w within ±50 %
// of w0, capped at MaxWeight and summing to 1.
func sensitivity(w0 Weights, e [actors.NumChannels]float64) Range {
	var lo, hi Weights
	rest := 1.0
	for i, w := range w0 {
		lo[i] = 0.5 * w
		hi[i] = min(1.5*w, MaxWeight)
		rest -= lo[i]
	}
	order := make([]int, len(e))
	for i := range order {
		order[i] = i
	}
	fill := func(desc bool) (float64, Weights) {
		slices.SortStableFunc(order, func(a, b int) int {
			if desc {
				return cmp.Compare(e[b], e[a])
			}
			return cmp.Compare(e[a], e[b])
		})
		w, left := lo, rest
		for _, i := range order {
			add := min(hi[i]-lo[i], left)
			w[i] += add
			left -= add
		}
		s := 0.0
		for i := range w {
			s += w[i] * e[i]
		}
		return s, w
	}
	var r Range
	r.Max, r.MaxWeights = fill(true)
	r.Min, r.MinWeights = fill(false)
	return r
}

// A ChannelChange is the change of one channel's contribution between two
// assessments.
type ChannelChange struct {
	Channel    actors.Channel
	From, To   float64 // the channel's contribution in each assessment
	Difference float64 // To − From
}

// A Change splits the change of leverage between two assessments of the
// same pair into per-channel differences. Total is their sum, added in
// channel order; it equals To.Score − From.Score up to rounding in the last
// place, because each score is itself the sum of its channel contributions.
type Change struct {
	From, To Assessment
	Channels [actors.NumChannels]ChannelChange
	Total    float64
}

// Decompose returns the per-channel change from one assessment of a pair to
// another, answering "why did leverage change between these dates?". It
// returns an error wrapping [ErrInvalid] if the assessments are of
// different pairs, and the error of whichever assessment was not scored.
func Decompose(from, to Assessment) (Change, error) {
	c := Change{From: from, To: to}
	if from.Holder != to.Holder || from.Target != to.Target {
		return c, fieldErr("Decompose", fmt.Sprintf("%s→%s vs %s→%s", from.Holder, from.Target, to.Holder, to.Target), fmt.Errorf("%w: assessments of different pairs", ErrInvalid))
	}
	for _, a := range []Assessment{from, to} {
		if !a.Scored {
			return c, validate.Errorf("relations", "assessment of %s over %s as of %s was not scored (%s): %w", a.Holder, a.Target, a.AsOf, a.Reason, ErrCoverage)
		}
	}
	for i := range c.Channels {
		f, t := from.Channels[i].Contribution, to.Channels[i].Contribution
		c.Channels[i] = ChannelChange{Channel: actors.Channel(i + 1), From: f, To: t, Difference: t - f}
		c.Total += t - f
	}
	return c, nil
}

// LeverageSeries assesses the leverage of holder over target at each of the
// dates, in order, and returns it as an [indicators.Indicator] (unit
// index, in [0, 1]) so that every trend function applies, together with the
// assessments themselves. Dates at which leverage cannot be scored are
// left out of the indicator (missing is not zero) and their assessments
// carry the reason. The dates must be in strictly increasing order. An
// [AsOf] option is ignored. It returns an error only for invalid input
// (actors, parameters, dates).
func LeverageSeries(holder, target actors.Actor, dates []indicators.Date, opts ...Option) (indicators.Indicator, []Assessment, error) {
	c, err := newConfig(opts)
	if err != nil {
		return indicators.Indicator{}, nil, err
	}
	if err := checkPair(holder, target); err != nil {
		return indicators.Indicator{}, nil, err
	}
	as := make([]Assessment, len(dates))
	var obs []indicators.Observation
	conf := indicators.Verified
	for i, d := range dates {
		if !d.IsValid() || (i > 0 && !dates[i-1].Before(d)) {
			return indicators.Indicator{}, nil, fieldErr(fmt.Sprintf("dates[%d]", i), d.String(), fmt.Errorf("%w: want valid dates in strictly increasing order", ErrInvalid))
		}
		a := Assessment{Holder: holder.ID(), Target: target.ID(), AsOf: d, Params: c.params, Methodology: Methodology}
		if assess(&a, holder, target, &c.params, true) == nil {
			obs = append(obs, indicators.Observation{At: d, Value: a.Score})
			conf = max(conf, weakest(a))
		}
		as[i] = a
	}
	info := indicators.Info{
		Code:        fmt.Sprintf("LEVERAGE.%s.%s", holder.ID(), target.ID()),
		Name:        fmt.Sprintf("Leverage of %s over %s", holder.Name(), target.Name()),
		Unit:        indicators.Index,
		Subject:     target.ID().String(),
		Counterpart: holder.ID().String(),
		Source: indicators.Provenance{
			Publisher:  "relations.Leverage",
			Title:      "computed with methodology " + Methodology,
			Confidence: conf,
			Note:       "confidence is that of the weakest observation used",
		},
	}
	ind, err := indicators.New(info, obs...)
	return ind, as, err
}

// weakest returns the weakest confidence among the observations an
// assessment used.
func weakest(a Assessment) indicators.Confidence {
	c := indicators.Verified
	for _, ch := range a.Channels {
		for _, f := range ch.Facts {
			for _, v := range []Value{f.Share, f.Salience, f.Substitutability} {
				if !v.Assumed && v.Source.Confidence.IsValid() {
					c = max(c, v.Source.Confidence)
				}
			}
		}
	}
	for _, v := range a.Gate.Sources {
		c = max(c, v.Source.Confidence)
	}
	return c
}
