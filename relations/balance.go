package relations

import (
	"cmp"
	"errors"
	"fmt"
	"slices"

	"github.com/statecraft/bilateral/actors"
)

// A BalanceResult is the balance of leverage between two actors as of a
// date: Net = L(A→B) − L(B→A), in [−1, 1], positive when A holds more
// leverage over B than B over A. When either side is refused, its
// Assessment's Err says why and Net, Ratio and the bounds are 0.
type BalanceResult struct {
	AB, BA Assessment // L(A→B) and L(B→A)
	Net    float64    // AB.Score − BA.Score
	// Ratio is the asymmetry AB.Score / (AB.Score + BA.Score) in [0, 1]:
	// 0.5 is symmetric; it is NaN when both scores are 0.
	Ratio float64
	// Min and Max bound Net given the uncovered channels: each side's
	// score could rise to its Max.
	Min, Max float64
	// Sensitivity of Net to the weights; see [Sensitivity]. Its
	// MinCoverage is the least coverage of either side over the
	// weightings.
	Sensitivity Range
	// Uncertainty is the least and greatest Net over every source of
	// uncertainty at once: the weights within ±50 %, every fact within
	// its bounds (see [Assessment.Band]), the suspension factor within
	// ±SuspendedRange, and each side's uncovered channels anywhere from
	// no exposure to full exposure. It contains Sensitivity, [Min, Max]
	// and the bands.
	Uncertainty Range
}

// Scored reports whether both directions were scored.
func (b BalanceResult) Scored() bool { return b.AB.Scored() && b.BA.Scored() }

// SignCertain reports whether the sign of Net holds over the whole
// Uncertainty range — whatever the uncovered channels hold, wherever the
// weights move within ±50 %, the facts within their bounds and the
// suspension factor within its range — and no weighting drops either side
// below the coverage floor (a weighting that refuses a side gives no
// sign, so it cannot confirm one). It is false for a balance that was not
// scored.
func (b BalanceResult) SignCertain() bool {
	if !b.Scored() || b.Sensitivity.Refuses(b.AB.Params.CoverageFloor) {
		return false
	}
	return b.Uncertainty.Min > 0 || b.Uncertainty.Max < 0
}

// Balance assesses L(a→b) and L(b→a) as of the same date with the same
// parameters and returns their difference, the asymmetry ratio, bounds and
// weight sensitivity. Without [AsOf], both are assessed as of the latest
// date by which an observation among the ties of the pair has ended. It
// returns an error if either direction cannot be scored (see [Leverage]),
// joining both refusals when both are refused.
func Balance(a, b actors.Actor, opts ...Option) (BalanceResult, error) {
	var r BalanceResult
	c, err := newConfig(opts)
	if err != nil {
		return r, err
	}
	if err := c.reject("Balance", "ConstantBasis", "OnBasis", "WithClimateParams"); err != nil {
		return r, err
	}
	if err := checkPair(a, b); err != nil {
		return r, err
	}
	if !c.asOf.IsValid() {
		c.asOf = latestDate(a, b)
	}
	var errAB, errBA error
	r.AB, errAB = leverage(a, b, &c)
	r.BA, errBA = leverage(b, a, &c)
	if err := errors.Join(errAB, errBA); err != nil {
		return r, err
	}
	r.Net = r.AB.Score - r.BA.Score
	r.Ratio = r.AB.Score / (r.AB.Score + r.BA.Score)
	r.Min, r.Max = r.AB.Score-r.BA.Max, r.AB.Max-r.BA.Score
	var d, covAB, covBA [actors.NumChannels]float64
	for i := range d {
		d[i] = r.AB.Channels[i].Exposure - r.BA.Channels[i].Exposure
		covAB[i], covBA[i] = covered(r.AB.Channels[i]), covered(r.BA.Channels[i])
	}
	r.Sensitivity = sensitivity(c.params.Weights, d)
	r.Sensitivity.MinCoverage = min(leastCoverage(c.params.Weights, covAB), leastCoverage(c.params.Weights, covBA))
	abLo, abHi := r.AB.ends(true)
	baLo, baHi := r.BA.ends(true)
	var dLo, dHi [actors.NumChannels]float64
	for i := range dLo {
		dLo[i], dHi[i] = abLo[i]-baHi[i], abHi[i]-baLo[i]
	}
	lo, hi := sensitivity(c.params.Weights, dLo), sensitivity(c.params.Weights, dHi)
	r.Uncertainty = Range{Min: lo.Min, MinWeights: lo.MinWeights, Max: hi.Max, MaxWeights: hi.MaxWeights, MinCoverage: r.Sensitivity.MinCoverage}
	return r, nil
}

func covered(ch ChannelResult) float64 {
	if ch.Covered {
		return 1
	}
	return 0
}

// leastCoverage is the least coverage Σ wᵢ·coveredᵢ over the weightings
// within ±50 % of w0.
func leastCoverage(w0 Weights, cov [actors.NumChannels]float64) float64 {
	return sensitivity(w0, cov).Min
}

// A Range is the least and greatest value of a score as the channel
// weights move.
type Range struct {
	Min, Max float64
	// MinWeights and MaxWeights are the weights that reach Min and Max.
	MinWeights, MaxWeights Weights
	// MinCoverage is the least coverage over the weightings: below the
	// coverage floor, some weighting within the range refuses the score.
	MinCoverage float64
}

// Refuses reports whether some weighting within the range drops the
// coverage below floor (within the tolerance of 1e-9 that the model
// applies), so that the score, or a side of a balance, would be refused.
func (r Range) Refuses(floor float64) bool { return r.MinCoverage+weightTolerance < floor }

// Sensitivity returns the range of an assessment's score when each channel
// weight moves anywhere within ±50 % of its value, subject to the model's
// constraints (weights non-negative, at most MaxWeight, summing to 1), all
// else held fixed. The score is linear in the weights, so the range is
// found exactly: starting from every weight at its lower bound, the
// remaining weight goes to the channels with the largest (for Max) or
// smallest (for Min) gated exposure first, each up to its upper bound —
// the greedy solution of this linear programme is optimal. Coverage is
// linear in the weights too, and MinCoverage is found the same way, so
// [Range.Refuses] tells whether some weighting would refuse the score.
func Sensitivity(a Assessment) Range {
	var e, cov [actors.NumChannels]float64
	for i, ch := range a.Channels {
		e[i] = ch.Exposure
		cov[i] = covered(ch)
	}
	r := sensitivity(a.Params.Weights, e)
	r.MinCoverage = leastCoverage(a.Params.Weights, cov)
	return r
}

// sensitivity returns the range of Σ wᵢ·eᵢ over the weights w within ±50 %
// of w0, capped at MaxWeight and summing to 1.
func sensitivity(w0 Weights, e [actors.NumChannels]float64) Range {
	var lo, hi Weights
	rest := 1.0
	for i, w := range w0.w {
		lo.w[i] = 0.5 * w
		hi.w[i] = min(1.5*w, MaxWeight)
		rest -= lo.w[i]
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
			add := min(hi.w[i]-lo.w[i], left)
			w.w[i] += add
			left -= add
		}
		s := 0.0
		for i := range w.w {
			s += w.w[i] * e[i]
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

// A Decomposition splits the change of leverage between two assessments of the
// same pair into per-channel differences. Total is their sum, added in
// channel order; it equals To.Score − From.Score up to rounding in the last
// place, because each score is itself the sum of its channel contributions.
type Decomposition struct {
	From, To Assessment
	Channels [actors.NumChannels]ChannelChange
	Total    float64
}

// Decompose returns the per-channel change from one assessment of a pair to
// another, answering "why did leverage change between these dates?". It
// returns an error wrapping [ErrInvalid] if the assessments are of
// different pairs or a zero Assessment, and the refusal (Err) of whichever
// assessment was not scored, unchanged: a pair without ties stays
// [ErrNoTies].
func Decompose(from, to Assessment) (Decomposition, error) {
	c := Decomposition{From: from, To: to}
	if from.Holder != to.Holder || from.Target != to.Target {
		return c, fieldErr("Decompose", fmt.Sprintf("%s→%s vs %s→%s", from.Holder, from.Target, to.Holder, to.Target), fmt.Errorf("%w: assessments of different pairs", ErrInvalid))
	}
	for _, a := range []Assessment{from, to} {
		switch {
		case a.Err != nil:
			return c, a.Err
		case !a.Scored():
			return c, fieldErr("Decompose", "zero Assessment", fmt.Errorf("%w: assess with Leverage first", ErrInvalid))
		}
	}
	for i := range c.Channels {
		f, t := from.Channels[i].Contribution, to.Channels[i].Contribution
		c.Channels[i] = ChannelChange{Channel: actors.Channel(i + 1), From: f, To: t, Difference: t - f}
		c.Total += t - f
	}
	return c, nil
}
