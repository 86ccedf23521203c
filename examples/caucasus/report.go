package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

// write prints the report. With detail it adds every assessment fact by
// fact.
func (r *results) write(w io.Writer, detail bool) error {
	var b strings.Builder
	p := relations.DefaultParams()
	fmt.Fprintf(&b, "SOUTH CAUCASUS: LEVERAGE BETWEEN ARMENIA AND RUSSIA\n")
	fmt.Fprintf(&b, "Facts: the case's facts file, each value with its source; (s) marks a single-source value, such as the essay's.\n")
	fmt.Fprintf(&b, "Model %s with its default parameters. Channel weights:", relations.Methodology)
	for _, c := range actors.Channels() {
		fmt.Fprintf(&b, " %s %.2f", c, p.Weights.Of(c))
	}
	fmt.Fprintf(&b, ".\nCoverage floor %.0f%%, no volume gate, shares older than %d years unused, suspended bases ×%.1f.\n\n",
		100*p.CoverageFloor, p.MaxAge, p.Suspended)

	r.writeChannels(&b)
	r.writeSeries(&b)
	r.writeTrends(&b)
	r.writeAgreements(&b)
	r.writeClimate(&b)
	r.writeScenario(&b)
	if detail {
		b.WriteString("\nDETAIL: EVERY ASSESSMENT, FACT BY FACT\n")
		for _, bal := range r.balances {
			fmt.Fprintf(&b, "\n%s\n%s\n", bal.AB, bal.BA)
		}
	}
	_, err := io.WriteString(w, wrap(b.String(), 100))
	return err
}

// wrap breaks lines longer than width at spaces, indenting the
// continuation under the line's first word.
func wrap(s string, width int) string {
	var out strings.Builder
	for _, line := range strings.SplitAfter(s, "\n") {
		nl := strings.HasSuffix(line, "\n")
		line = strings.TrimSuffix(line, "\n")
		indent := strings.Repeat(" ", len(line)-len(strings.TrimLeft(line, " "))+2)
		for len([]rune(line)) > width {
			r := []rune(line)
			cut := strings.LastIndex(string(r[:width]), " ")
			if cut <= len(indent) {
				break
			}
			out.WriteString(line[:cut] + "\n")
			line = indent + strings.TrimLeft(line[cut:], " ")
		}
		out.WriteString(line)
		if nl {
			out.WriteString("\n")
		}
	}
	return out.String()
}

// writeChannels prints leverage both ways by channel in 2019, 2021 and
// 2025, with balance and sensitivity, then the facts behind Russia's
// leverage in 2025.
func (r *results) writeChannels(b *strings.Builder) {
	b.WriteString("1. LEVERAGE BY CHANNEL (contribution to the score; — no evidence)\n")
	fmt.Fprintf(b, "%-14s", "")
	for _, bal := range r.balances {
		fmt.Fprintf(b, "  %-17s", bal.AB.AsOf)
	}
	fmt.Fprintf(b, "\n%-14s", "channel")
	for range r.balances {
		fmt.Fprintf(b, "  %8s %8s", "RUS→ARM", "ARM→RUS")
	}
	b.WriteString("\n")
	cell := func(ch relations.ChannelResult) string {
		if !ch.Covered {
			return "—"
		}
		return fmt.Sprintf("%.4f", ch.Contribution)
	}
	for _, c := range actors.Channels() {
		fmt.Fprintf(b, "%-14s", c)
		for _, bal := range r.balances {
			fmt.Fprintf(b, "  %8s %8s", cell(bal.AB.Channel(c)), cell(bal.BA.Channel(c)))
		}
		b.WriteString("\n")
	}
	row := func(name string, f func(relations.Assessment) string) {
		fmt.Fprintf(b, "%-14s", name)
		for _, bal := range r.balances {
			fmt.Fprintf(b, "  %8s %8s", f(bal.AB), f(bal.BA))
		}
		b.WriteString("\n")
	}
	row("score", func(a relations.Assessment) string { return fmt.Sprintf("%.4f", a.Score) })
	row("coverage", func(a relations.Assessment) string { return fmt.Sprintf("%.0f%%", 100*a.Coverage) })
	row("up to", func(a relations.Assessment) string { return fmt.Sprintf("%.4f", a.Max) })
	row("band low", func(a relations.Assessment) string { lo, _ := a.Band(); return fmt.Sprintf("%.4f", lo) })
	row("band high", func(a relations.Assessment) string { _, hi := a.Band(); return fmt.Sprintf("%.4f", hi) })
	for _, bal := range r.balances {
		sign := "sign certain"
		if !bal.SignCertain() {
			sign = "sign not certain"
		}
		fmt.Fprintf(b, "%s: balance RUS−ARM %+.4f, asymmetry %.2f; weights ±50%% give [%+.4f, %+.4f]; uncovered channels [%+.4f, %+.4f]; "+
			"with the facts' intervals and the suspension factor too [%+.4f, %+.4f]; %s\n",
			bal.AB.AsOf, bal.Net, bal.Ratio, bal.Sensitivity.Min, bal.Sensitivity.Max, bal.Min, bal.Max, bal.Uncertainty.Min, bal.Uncertainty.Max, sign)
	}
	last := r.balances[len(r.balances)-1]
	fmt.Fprintf(b, "\nFacts behind Russia's leverage over Armenia as of %s:\n", last.AB.AsOf)
	for _, ch := range last.AB.Channels {
		for _, f := range ch.Facts {
			fmt.Fprintf(b, "  %-13s %s\n", ch.Channel, factLine(f))
		}
	}
	b.WriteString("\n")
}

// factLine is one fact in a short form: label, value with date and source,
// contribution.
func factLine(f relations.Fact) string {
	switch {
	case !f.Evidence:
		return fmt.Sprintf("%s: %s", f.Label, f.Missing)
	case f.Factor == 0:
		return fmt.Sprintf("%s: %s → 0", f.Label, f.Missing)
	}
	s := fmt.Sprintf("%s: %s", f.Label, valueText(f.Share, indicators.Share))
	if !f.Substitutability.Assumed {
		s += ", replaceable " + indicators.Share.Format(f.Substitutability.Value)
	}
	if f.Factor != 1 {
		s += fmt.Sprintf(", %s ×%g", f.Standing, f.Factor)
	}
	return s + fmt.Sprintf(" → %.4f", f.Contribution)
}

// valueText writes a value with its qualifier, date and source, marking
// single-source values with (s).
func valueText(v relations.Reading, u indicators.Unit) string {
	mark := ""
	if v.Source.Confidence == indicators.SingleSource {
		mark = " (s)"
	}
	return fmt.Sprintf("%s%s [%s, %s%s]", v.Qualifier.Symbol(), u.Format(v.Value), v.At, v.Source.Publisher, mark)
}

// writeSeries prints leverage both ways over 2015–2025 and the change of
// Russia's leverage between 2019 and 2025 by channel.
func (r *results) writeSeries(b *strings.Builder) {
	b.WriteString("2. LEVERAGE OVER TIME (as of each year's end)\n")
	fmt.Fprintf(b, "%-6s %8s %8s %8s  %-11s %9s %9s\n", "year", "RUS→ARM", "ARM→RUS", "net", "coverage", "const R→A", "const A→R")
	for i := range r.assessed[0] {
		ab, ba := r.assessed[0][i], r.assessed[1][i]
		cell := func(a relations.Assessment) string {
			if !a.Scored() {
				return "—"
			}
			return fmt.Sprintf("%.4f", a.Score)
		}
		net := "—"
		if ab.Scored() && ba.Scored() {
			net = fmt.Sprintf("%+.4f", ab.Score-ba.Score)
		}
		cov := fmt.Sprintf("%.0f%% / %.0f%%", 100*ab.Coverage, 100*ba.Coverage)
		fmt.Fprintf(b, "%-6s %8s %8s %8s  %-11s %9s %9s\n", ab.AsOf, cell(ab), cell(ba), net, cov,
			cell(r.constant[0].Assessments[i]), cell(r.constant[1].Assessments[i]))
	}
	b.WriteString("Read with the coverage: a channel without evidence adds nothing, so part of the movement of\n" +
		"RUS→ARM is evidence appearing (trade shares from 2019, wheat from 2023), not dependence moving.\n" +
		"The constant-basis columns count only the strands with evidence in every year.\n")
	b.WriteString(r.seriesTrends())
	fmt.Fprintf(b, "\n%s\n", r.change)
}

// writeScenario prints the essay's scenario and what it does.
func (r *results) writeScenario(b *strings.Builder) {
	b.WriteString("\n6. SCENARIO\n")
	b.WriteString(r.scenario.String() + "\n")
}
