package relations

import (
	"fmt"
	"strings"

	"github.com/statecraft/bilateral/indicators"
)

// String returns the assessment as the table an analyst pastes into a
// briefing: the score with its coverage, bound and gate, then each channel
// with its weight, exposure and contribution, and under it each fact with
// its inputs, dates and sources. The layout is for reading and may change
// between versions; use the fields for computation.
func (a Assessment) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Leverage of %s over %s as of %s", a.Holder, a.Target, a.AsOf)
	if !a.Scored {
		fmt.Fprintf(&b, ": not scored — %s (methodology %s)\n", a.Reason, a.Methodology)
		if a.Coverage == 0 && a.Gate.Scale == 0 {
			return b.String()
		}
	} else {
		fmt.Fprintf(&b, ": %.4f (methodology %s)\n", a.Score, a.Methodology)
		fmt.Fprintf(&b, "Coverage %.0f%% of channel weight; up to %.4f if the uncovered channels were fully exposed.\n", 100*a.Coverage, a.Max)
	}
	switch {
	case a.Gate.Ungated:
		b.WriteString("Gate off: dependence alone.\n")
	case a.Gate.Recorded:
		fmt.Fprintf(&b, "Gate %.3f: %s of recorded annual flows, k = %s.\n", a.Gate.Value, indicators.USD.Format(a.Gate.Volume), indicators.USD.Format(a.Gate.Scale))
	}
	fmt.Fprintf(&b, "%-14s %6s %9s %13s  %s\n", "channel", "weight", "exposure", "contribution", "supplier HHI")
	for _, ch := range a.Channels {
		switch {
		case !ch.Covered:
			fmt.Fprintf(&b, "%-14s %6.2f %9s %13s  no evidence\n", ch.Channel, ch.Weight, "—", "—")
		case ch.Concentration.Known > 0:
			fmt.Fprintf(&b, "%-14s %6.2f %9.3f %13.4f  %.2f–%.2f\n", ch.Channel, ch.Weight, ch.Exposure, ch.Contribution, ch.Concentration.Min, ch.Concentration.Max)
		default:
			fmt.Fprintf(&b, "%-14s %6.2f %9.3f %13.4f\n", ch.Channel, ch.Weight, ch.Exposure, ch.Contribution)
		}
		for _, f := range ch.Facts {
			b.WriteString("  " + f.line() + "\n")
		}
	}
	return b.String()
}

func (v Value) text(u indicators.Unit) string {
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
// sensitivity, and whether its sign is certain. The layout may change.
func (b BalanceResult) String() string {
	sign := "sign certain"
	if !b.SignCertain() {
		sign = "sign NOT certain"
	}
	return fmt.Sprintf("Balance %s–%s as of %s: %+.4f (L(%s→%s) %.4f, L(%s→%s) %.4f; asymmetry %.2f)\n"+
		"  bounds from uncovered channels [%+.4f, %+.4f]; weights ±50%% [%+.4f, %+.4f]; %s\n",
		b.AB.Holder, b.AB.Target, b.AB.AsOf, b.Net, b.AB.Holder, b.AB.Target, b.AB.Score, b.BA.Holder, b.BA.Target, b.BA.Score, b.Ratio,
		b.Min, b.Max, b.Sensitivity.Min, b.Sensitivity.Max, sign)
}

// String returns the change by channel, largest moves first in channel
// order, with the total. The layout may change.
func (c Change) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Change of leverage of %s over %s from %s to %s: %.4f → %.4f (%+.4f)\n",
		c.From.Holder, c.From.Target, c.From.AsOf, c.To.AsOf, c.From.Score, c.To.Score, c.Total)
	for _, ch := range c.Channels {
		if ch.From == 0 && ch.To == 0 {
			continue
		}
		fmt.Fprintf(&b, "  %-14s %.4f → %.4f (%+.4f)\n", ch.Channel, ch.From, ch.To, ch.Difference)
	}
	return b.String()
}

// String returns the scenario's name, steps, the balance before and after,
// and the contributions that moved. The layout may change.
func (r ScenarioResult) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "Scenario: %s\n", r.Scenario.Name)
	if r.Scenario.Rationale != "" {
		fmt.Fprintf(&b, "  %s\n", r.Scenario.Rationale)
	}
	for _, s := range r.Scenario.Steps {
		fmt.Fprintf(&b, "  - %s\n", s)
	}
	fmt.Fprintf(&b, "Before: %sAfter:  %s", indent(r.Before.String()), indent(r.After.String()))
	for _, m := range r.Moved {
		fmt.Fprintf(&b, "  moved: L(%s→%s) %-14s %.4f → %.4f (%+.4f)\n", m.Holder, m.Target, m.Channel, m.Before, m.After, m.After-m.Before)
	}
	return b.String()
}

func indent(s string) string {
	return strings.ReplaceAll(strings.TrimSuffix(s, "\n"), "\n", "\n  ") + "\n"
}
