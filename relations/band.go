package relations

import "github.com/statecraft/bilateral/actors"

// SuspendedRange is the relative range over which [Assessment.Band] and
// [BalanceResult] move the suspension factor: ±50 % of Params.Suspended,
// capped at 1, as the weights move in [Sensitivity]. The factor is a
// judgement (halfway between in force and ended), so its range is wide.
const SuspendedRange = 0.5

// Band returns the least and greatest score the assessment's facts allow,
// weights held fixed: every share, salience and substitutability anywhere
// within its bounds (a published range, or what its qualifier allows:
// "≥ 80 %" up to 100 %, "~50 %" within ±10 %; see Reading.Low and High)
// and the suspension factor within ±[SuspendedRange] of its value. The
// score is non-decreasing in shares, saliences and the factor and
// non-increasing in substitutabilities, so the bounds are reached with
// every input at one end, and computed exactly. A missing salience moves
// with the recorded ones it is read from. Uncovered channels are not in
// the band: Max shows them. A refused or zero Assessment has the band
// [0, 0].
func (a Assessment) Band() (low, high float64) {
	if !a.Scored() {
		return 0, 0
	}
	lo, hi := a.ends(false)
	for i, ch := range a.Channels {
		low += ch.Weight * lo[i]
		high += ch.Weight * hi[i]
	}
	return low, high
}

// ends returns each channel's exposure with every input at its low and at
// its high end; with open set, an uncovered channel runs from 0 to 1.
func (a Assessment) ends(open bool) (lo, hi [actors.NumChannels]float64) {
	s := a.Params.Suspended
	fLo, fHi := s*(1-SuspendedRange), min(1, s*(1+SuspendedRange))
	for i, ch := range a.Channels {
		if !ch.Covered {
			if open {
				hi[i] = 1
			}
			continue
		}
		lo[i] = channelEnd(ch, false, fLo, fHi)
		hi[i] = channelEnd(ch, true, fLo, fHi)
	}
	return lo, hi
}

// channelEnd is V_c with every input at its high end (up) or low end.
func channelEnd(ch ChannelResult, up bool, fLo, fHi float64) float64 {
	pick := func(r Reading) float64 {
		if up {
			return r.High
		}
		return r.Low
	}
	factor := func(f Fact) float64 {
		if f.Standing != actors.Suspended || f.Factor == 0 {
			return f.Factor
		}
		if up {
			return fHi
		}
		return fLo
	}
	least, recorded, bare := 0.0, false, 0
	for _, f := range ch.Facts {
		if !f.Evidence || factor(f) == 0 {
			continue
		}
		if f.Salience.Assumed {
			bare++
		} else if s := pick(f.Salience); !recorded || s < least {
			least, recorded = s, true
		}
	}
	assumed := 1.0
	switch {
	case recorded:
		assumed = least
	case bare > 0:
		assumed = 1 / float64(bare)
	}
	sum := 0.0
	for _, f := range ch.Facts {
		if !f.Evidence {
			continue
		}
		sal := assumed
		if !f.Salience.Assumed {
			sal = pick(f.Salience)
		}
		sub := f.Substitutability.High
		if up {
			sub = f.Substitutability.Low
		}
		sum += sal * factor(f) * pick(f.Share) * (1 - sub)
	}
	return min(1, sum)
}
