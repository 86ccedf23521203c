package relations

import (
	"fmt"
	"strings"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
)

// String returns the assessment as the table an analyst pastes into a
// briefing: the score with its coverage and bound, then each channel with
// its weight, exposure and contribution, and under it each fact with its
// inputs, dates and sources. A refused assessment prints "not scored"
// with the refusal, and the zero Assessment "not scored (zero
// Assessment)". The layout is for reading and may change between
// versions; use the fields for computation. There is no trailing newline.
func (a Assessment) String() string {
	if a.Methodology == "" && a.Err == nil {
		return "Leverage: not scored (zero Assessment)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Leverage of %s over %s as of %s", a.Holder, a.Target, a.AsOf)
	if a.Err != nil {
		fmt.Fprintf(&b, ": not scored (%v) (methodology %s)", a.Err, a.Methodology)
		if a.Coverage == 0 {
			return b.String()
		}
		b.WriteString("\n")
	} else {
		lo, hi := a.Band()
		fmt.Fprintf(&b, ": %.4f, band %.4f–%.4f (methodology %s)\n", a.Score, lo, hi, a.Methodology)
		fmt.Fprintf(&b, "Coverage %.0f%% of channel weight; up to %.4f if the uncovered channels were fully exposed.\n", 100*a.Coverage, a.Max)
	}
	fmt.Fprintf(&b, "%-14s %6s %9s %13s  %s", "channel", "weight", "exposure", "contribution", "supplier HHI")
	for _, ch := range a.Channels {
		b.WriteString("\n")
		switch {
		case !ch.Covered:
			fmt.Fprintf(&b, "%-14s %6.2f %9s %13s  no evidence", ch.Channel, ch.Weight, "—", "—")
		case ch.Concentration.Known > 0:
			fmt.Fprintf(&b, "%-14s %6.2f %9.3f %13.4f  %.2f–%.2f", ch.Channel, ch.Weight, ch.Exposure, ch.Contribution, ch.Concentration.Min, ch.Concentration.Max)
		default:
			fmt.Fprintf(&b, "%-14s %6.2f %9.3f %13.4f", ch.Channel, ch.Weight, ch.Exposure, ch.Contribution)
		}
		for _, f := range ch.Facts {
			b.WriteString("\n  " + f.line())
		}
	}
	return b.String()
}

func (v Reading) text(u indicators.Unit) string {
	if v.Assumed {
		return "not recorded"
	}
	return fmt.Sprintf("%s%s (%s; %s, %s)", v.Qualifier.Symbol(), u.Format(v.Value), v.At, v.Source.Publisher, v.Source.Confidence)
}

func (f Fact) line() string {
	s := f.Label + ": "
	if !f.Evidence {
		return s + f.Missing
	}
	if f.Factor == 0 {
		return s + f.Missing + " → 0"
	}
	s += "share " + f.Share.text(indicators.Share)
	if !f.Salience.Assumed {
		s += ", salience " + f.Salience.text(indicators.Share)
	} else if f.Salience.Value != 1 {
		s += fmt.Sprintf(", salience not recorded: %s assumed", indicators.Share.Format(f.Salience.Value))
	}
	if !f.Substitutability.Assumed {
		s += ", substitutable " + f.Substitutability.text(indicators.Share)
	}
	if f.Factor != 1 {
		s += fmt.Sprintf(", %s ×%g (%s)", f.Standing, f.Factor, f.Basis)
	}
	if !f.Certain {
		s += ", standing unsure (coarse date)"
	}
	return s + fmt.Sprintf(" → %.4f", f.Contribution)
}

// String returns the balance in two lines: the net leverage with both
// directions and the asymmetry ratio, then its bounds and weight
// sensitivity, and whether its sign is certain. A balance with a refused
// side prints "not scored" with the refusal; the zero BalanceResult
// prints "Balance: not scored (zero BalanceResult)". The layout may
// change. There is no trailing newline.
func (b BalanceResult) String() string {
	switch {
	case b.AB.Methodology == "" && b.AB.Err == nil:
		return "Balance: not scored (zero BalanceResult)"
	case !b.Scored():
		var why []string
		for _, a := range []Assessment{b.AB, b.BA} {
			if a.Err != nil {
				why = append(why, a.Err.Error())
			}
		}
		return fmt.Sprintf("Balance %s–%s as of %s: not scored (%s)", b.AB.Holder, b.AB.Target, b.AB.AsOf, strings.Join(why, "; "))
	}
	sign := "sign certain"
	switch {
	case b.Sensitivity.Refuses(b.AB.Params.CoverageFloor):
		sign = "sign NOT certain: some weighting drops a side below the coverage floor"
	case !b.SignCertain():
		sign = "sign NOT certain"
	}
	return fmt.Sprintf("Balance %s–%s as of %s: %+.4f (L(%s→%s) %.4f, L(%s→%s) %.4f; asymmetry %.2f)\n"+
		"  bounds from uncovered channels [%+.4f, %+.4f]; weights ±50%% [%+.4f, %+.4f]; all together [%+.4f, %+.4f]; %s",
		b.AB.Holder, b.AB.Target, b.AB.AsOf, b.Net, b.AB.Holder, b.AB.Target, b.AB.Score, b.BA.Holder, b.BA.Target, b.BA.Score, b.Ratio,
		b.Min, b.Max, b.Sensitivity.Min, b.Sensitivity.Max, b.Uncertainty.Min, b.Uncertainty.Max, sign)
}

// String returns the change by channel, largest moves first in channel
// order, with the total; the zero Decomposition prints "Decomposition: (zero Decomposition)".
// The layout may change. There is no trailing newline.
func (c Decomposition) String() string {
	if !c.From.Scored() || !c.To.Scored() {
		return "Decomposition: (zero Decomposition)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Change of leverage of %s over %s from %s to %s: %.4f → %.4f (%+.4f)",
		c.From.Holder, c.From.Target, c.From.AsOf, c.To.AsOf, c.From.Score, c.To.Score, c.Total)
	for _, ch := range c.Channels {
		if ch.From == 0 && ch.To == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n  %-14s %.4f → %.4f (%+.4f)", ch.Channel, ch.From, ch.To, ch.Difference)
	}
	return b.String()
}

// String returns the scenario's name, steps, the balance before and after,
// and the contributions that moved. The layout may change. There is no
// trailing newline.
func (r ScenarioResult) String() string {
	if r.Scenario.Name == "" && r.Before.AB.Holder == (actors.ID{}) {
		return "Scenario: (zero ScenarioResult)"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "Scenario: %s\n", r.Scenario.Name)
	if r.Scenario.Rationale != "" {
		fmt.Fprintf(&b, "  %s\n", r.Scenario.Rationale)
	}
	for _, s := range r.Scenario.Steps {
		fmt.Fprintf(&b, "  - %s\n", s)
	}
	fmt.Fprintf(&b, "Before: %s\nAfter:  %s", indent(r.Before.String()), indent(r.After.String()))
	for _, m := range r.Moved {
		fmt.Fprintf(&b, "\n  moved: L(%s→%s) %-14s %.4f → %.4f (%+.4f)", m.Holder, m.Target, m.Channel, m.Before, m.After, m.After-m.Before)
	}
	return b.String()
}

func indent(s string) string { return strings.ReplaceAll(s, "\n", "\n  ") }
