package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

// The report's notation, used everywhere: "−" is minus, "A→B" the
// leverage of A over B, "A–B" a pair, "≥", "≤" and "~" the sources' own
// qualifiers, "[low, high] unit" an interval, "—" a missing value.
const minus = "−"

// signed writes v with its sign and prec decimals, using the minus sign.
func signed(v float64, prec int) string {
	s := fmt.Sprintf("%+.*f", prec, v)
	if strings.HasPrefix(s, "-") {
		return minus + s[1:]
	}
	return s
}

// plain writes v with prec decimals, using the minus sign when negative.
func plain(v float64, prec int) string {
	s := fmt.Sprintf("%.*f", prec, v)
	if strings.HasPrefix(s, "-") {
		return minus + s[1:]
	}
	return s
}

// interval writes [lo, hi] followed by its unit.
func interval(lo, hi float64, f func(float64) string, unit string) string {
	s := "[" + f(lo) + ", " + f(hi) + "]"
	if unit != "" {
		s += " " + unit
	}
	return s
}

// score writes a leverage score, or "—" when there is none.
func score(a relations.Assessment) string {
	if !a.Scored() {
		return "—"
	}
	return plain(a.Score, 4)
}

// percent writes a share of weight, or "—" for an assessment never made.
func percent(v float64) string { return fmt.Sprintf("%.0f%%", 100*v) }

// write prints the report. With detail it adds every assessment fact by
// fact.
func (r *results) write(w io.Writer, detail bool) error {
	var b strings.Builder
	r.tables = nil
	p := relations.DefaultParams()
	b.WriteString("SOUTH CAUCASUS: LEVERAGE BETWEEN ARMENIA AND RUSSIA\n")
	fmt.Fprintf(&b, "Model %s with its default parameters. Channel weights:", relations.Methodology)
	for _, c := range actors.Channels() {
		fmt.Fprintf(&b, " %s %.2f", c, p.Weights.Of(c))
	}
	b.WriteString(".\n")
	fmt.Fprintf(&b, "Rules: no score below %.0f%% coverage; no volume gate; a flow share (trade, energy, food, security, "+
		"finance, transit) counts from the end of the period it covers until it is more than %d years older than the "+
		"assessment year; institutional stocks and analysts' judgements do not age; suspended bases count ×%.1f; "+
		"unverified values are left out.\n", 100*p.CoverageFloor, p.MaxAge, p.Suspended)
	b.WriteString("Evidence: every value gives its date or the end of its period, its publisher and its kind: " +
		"verified or single-source (s) data; derived (computed from the facts named by their ids in the case's facts file); " +
		"or judgement (an analyst's choice, with its reason).\n")
	b.WriteString("Notation: A→B is the leverage of A over B, an index from 0 to 1; − is minus; ≥, ≤ and ~ are the sources' own " +
		"qualifiers; [low, high] is an interval, followed by its unit; — is a missing value.\n")

	r.writeChannels(&b)
	r.writeSeries(&b)
	r.writeDyads(&b)
	r.writeTrends(&b)
	r.writeAgreements(&b)
	r.writeClimate(&b)
	r.writeCapability(&b)
	r.writeScenario(&b)
	if detail {
		r.writeDetail(&b)
	}
	_, err := io.WriteString(w, wrap(b.String(), 100))
	return err
}

// addTable writes t and keeps its lines for the width test.
func (r *results) addTable(b *strings.Builder, t table) {
	lines := t.lines()
	r.tables = append(r.tables, lines)
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
}

// wrap breaks lines longer than width at spaces, indenting the
// continuation under the line's first word. Lines of tables are never
// longer than width, so they are left whole.
func wrap(s string, w int) string {
	var out strings.Builder
	for _, line := range strings.SplitAfter(s, "\n") {
		nl := strings.HasSuffix(line, "\n")
		line = strings.TrimSuffix(line, "\n")
		indent := strings.Repeat(" ", len(line)-len(strings.TrimLeft(line, " "))+2)
		for width(line) > w {
			r := []rune(line)
			cut := strings.LastIndex(string(r[:w]), " ")
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
// 2025, with balance and its uncertainty, then the facts behind Russia's
// leverage in 2025.
func (r *results) writeChannels(b *strings.Builder) {
	b.WriteString("\n1. LEVERAGE BY CHANNEL (contribution to the score; — no evidence)\n")
	t := table{header: []string{"channel"}}
	for _, bal := range r.balances {
		y := bal.AB.AsOf.String()
		t.header = append(t.header, y+" RUS→ARM", y+" ARM→RUS")
	}
	cell := func(ch relations.ChannelResult) string {
		if !ch.Covered {
			return "—"
		}
		return plain(ch.Contribution, 4)
	}
	for _, c := range actors.Channels() {
		row := []string{c.String()}
		for _, bal := range r.balances {
			row = append(row, cell(bal.AB.Channel(c)), cell(bal.BA.Channel(c)))
		}
		t.add(row...)
	}
	row := func(name string, f func(relations.Assessment) string) {
		cells := []string{name}
		for _, bal := range r.balances {
			cells = append(cells, f(bal.AB), f(bal.BA))
		}
		t.add(cells...)
	}
	row("score", score)
	row("coverage", func(a relations.Assessment) string { return percent(a.Coverage) })
	row("up to", func(a relations.Assessment) string { return plain(a.Max, 4) })
	row("band low", func(a relations.Assessment) string { lo, _ := a.Band(); return plain(lo, 4) })
	row("band high", func(a relations.Assessment) string { _, hi := a.Band(); return plain(hi, 4) })
	r.addTable(b, t)
	b.WriteString("Coverage is the share of channel weight with evidence for that direction; up to is the score if every " +
		"uncovered channel were fully exposed; the band is the score with every fact anywhere within its published range " +
		"or qualifier and the suspension factor within ±50%.\n")
	for _, bal := range r.balances {
		sign := "sign certain"
		if !bal.SignCertain() {
			sign = "sign not certain"
		}
		fmt.Fprintf(b, "%s: balance RUS→ARM − ARM→RUS %s, asymmetry %.2f; weights within ±50%% give %s; "+
			"uncovered channels %s; with the facts' intervals and the suspension factor too %s; %s.\n",
			bal.AB.AsOf, signed(bal.Net, 4), bal.Ratio,
			interval(bal.Sensitivity.Min, bal.Sensitivity.Max, func(v float64) string { return signed(v, 4) }, "index"),
			interval(bal.Min, bal.Max, func(v float64) string { return signed(v, 4) }, "index"),
			interval(bal.Uncertainty.Min, bal.Uncertainty.Max, func(v float64) string { return signed(v, 4) }, "index"), sign)
	}
	b.WriteString("\"Sign not certain\" means that somewhere in that last interval the balance is zero or negative, or that " +
		"some weighting within ±50% drops one side below the coverage floor: the data cannot rule out that Armenia holds " +
		"as much leverage as Russia. It is not a finding that it does.\n")
	last := r.balances[len(r.balances)-1]
	p := relations.DefaultParams()
	p.MinConfidence = indicators.Verified
	var strict []string
	for _, pair := range [2][2]actors.ID{{RUS, ARM}, {ARM, RUS}} {
		a, err := relations.Leverage(r.c.actors[pair[0]], r.c.actors[pair[1]], relations.AsOf(last.AB.AsOf), relations.WithParams(p))
		s := "not scored"
		if err == nil {
			s = plain(a.Score, 4)
		}
		strict = append(strict, fmt.Sprintf("%s→%s %s (coverage %s)", pair[0], pair[1], s, percent(a.Coverage)))
	}
	fmt.Fprintf(b, "Verified values only, judgements left out (a strand whose weight is a judgement then has no evidence): "+
		"%s, %s as of %s.\n", strict[0], strict[1], last.AB.AsOf)
	fmt.Fprintf(b, "\nFacts behind Russia's leverage over Armenia as of %s (share; salience within the channel; contribution):\n", last.AB.AsOf)
	for _, ch := range last.AB.Channels {
		for _, f := range ch.Facts {
			fmt.Fprintf(b, "  %s, %s\n", ch.Channel, factLine(f))
		}
	}
	b.WriteString("Judgements in these facts, with their reasons:\n")
	seen := map[string]bool{}
	for _, bal := range r.balances {
		for _, a := range []relations.Assessment{bal.AB, bal.BA} {
			for _, ch := range a.Channels {
				for _, f := range ch.Facts {
					if v := f.Salience; !v.Assumed && v.Source.Evidence == indicators.Judgement && !seen[f.Label] {
						seen[f.Label] = true
						fmt.Fprintf(b, "  salience of %s (%s→%s), %s: %s.\n", f.Label, a.Holder, a.Target, indicators.Share.Format(v.Value), v.Source.Note)
					}
				}
			}
		}
	}
}

// factLine is one fact in a short form: label, share with its date,
// publisher and kind, salience likewise, substitutability and standing
// when they matter, contribution.
func factLine(f relations.Fact) string {
	switch {
	case !f.Evidence:
		return fmt.Sprintf("%s: %s", f.Label, f.Missing)
	case f.Factor == 0:
		return fmt.Sprintf("%s: %s → 0", f.Label, f.Missing)
	}
	s := fmt.Sprintf("%s: %s", f.Label, valueText(f.Share, indicators.Share))
	if f.Salience.Assumed {
		s += fmt.Sprintf("; salience %s (not recorded: the model's rule)", indicators.Share.Format(f.Salience.Value))
	} else {
		s += "; salience " + valueText(f.Salience, indicators.Share)
	}
	if !f.Substitutability.Assumed {
		s += "; replaceable " + valueText(f.Substitutability, indicators.Share)
	}
	if f.Factor != 1 {
		s += fmt.Sprintf("; %s ×%g", f.Standing, f.Factor)
	}
	return s + " → " + plain(f.Contribution, 4)
}

// valueText writes a value with its qualifier or range, date, publisher
// and kind of evidence.
func valueText(v relations.Reading, u indicators.Unit) string {
	val := v.Qualifier.Symbol() + u.Format(v.Value)
	if v.Low != v.High && v.Qualifier == indicators.Stated {
		val += " " + interval(v.Low, v.High, u.Format, "")
	}
	return fmt.Sprintf("%s [%s, %s]", val, v.At, source(v.Source))
}

// source names where a value comes from: "publisher, verified" for data,
// "derived from <fact ids>" for a derived value, "judgement" for an
// analyst's judgement (whose reasons the report lists).
func source(p indicators.Provenance) string {
	switch p.Evidence {
	case indicators.Judgement:
		return "judgement"
	case indicators.Derived:
		return p.Publisher
	}
	return p.Publisher + ", " + kind(p)
}

// kind is the label of a provenance's kind of evidence: "judgement",
// "derived", or the confidence of published data, "(s)" for single-source.
func kind(p indicators.Provenance) string {
	switch {
	case p.Evidence != indicators.Data:
		return p.Evidence.String()
	case p.Confidence == indicators.SingleSource:
		return "(s)"
	default:
		return p.Confidence.String()
	}
}

// writeSeries prints leverage both ways over 2015–2025 and the change of
// Russia's leverage between 2019 and 2025 by channel.
func (r *results) writeSeries(b *strings.Builder) {
	b.WriteString("\n2. LEVERAGE OVER TIME (as of each year's end)\n")
	t := table{header: []string{"year", "RUS→ARM", "coverage", "ARM→RUS", "coverage", "net", "constant RUS→ARM", "constant ARM→RUS"}}
	for i := range r.assessed[0] {
		ab, ba := r.assessed[0][i], r.assessed[1][i]
		net := "—"
		if ab.Scored() && ba.Scored() {
			net = signed(ab.Score-ba.Score, 4)
		}
		t.add(ab.AsOf.String(), score(ab), percent(ab.Coverage), score(ba), percent(ba.Coverage), net,
			score(r.constant[0].Assessments[i]), score(r.constant[1].Assessments[i]))
	}
	r.addTable(b, t)
	b.WriteString("Each coverage column belongs to the score on its left. A channel without evidence adds nothing, so part " +
		"of a movement can be evidence appearing or going rather than dependence moving; the constant columns count only " +
		"the strands with evidence in every year, and only they are tested for a trend.\n")
	b.WriteString(r.seriesTrends())
	b.WriteString(changeText(r.change))
}

// changeText writes the change of L(RUS→ARM) by channel, largest moves
// first.
func changeText(c relations.Decomposition) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Change of RUS→ARM from %s to %s: %s (%s → %s), by channel:", c.From.AsOf, c.To.AsOf,
		signed(c.Total, 4), plain(c.From.Score, 4), plain(c.To.Score, 4))
	chs := c.Channels
	for i := range chs {
		for j := i + 1; j < len(chs); j++ {
			if abs(chs[j].Difference) > abs(chs[i].Difference) {
				chs[i], chs[j] = chs[j], chs[i]
			}
		}
	}
	for _, ch := range chs {
		from, to := c.From.Channel(ch.Channel).Covered, c.To.Channel(ch.Channel).Covered
		switch {
		case !from && !to:
		case !from:
			fmt.Fprintf(&b, " %s — → %s (no evidence in %s);", ch.Channel, plain(ch.To, 4), c.From.AsOf)
		case !to:
			fmt.Fprintf(&b, " %s %s → — (no evidence in %s);", ch.Channel, plain(ch.From, 4), c.To.AsOf)
		case ch.Difference != 0:
			fmt.Fprintf(&b, " %s %s;", ch.Channel, signed(ch.Difference, 4))
		}
	}
	return strings.TrimSuffix(b.String(), ";") + ".\n"
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// writeDyads prints Russia's leverage over Armenia and over Azerbaijan on
// the same model, parameters and years, with coverage and the channels
// each rests on.
func (r *results) writeDyads(b *strings.Builder) {
	b.WriteString("\n3. RUSSIA'S LEVERAGE OVER ARMENIA AND OVER AZERBAIJAN (same model, parameters and dates)\n")
	t := table{header: []string{"year", "RUS→ARM", "coverage", "up to", "RUS→AZE", "coverage", "up to"}}
	upTo := func(a relations.Assessment) string {
		if !a.Scored() {
			return "—"
		}
		return plain(a.Max, 4)
	}
	for i := range r.dyads[0].Assessments {
		a, z := r.dyads[0].Assessments[i], r.dyads[1].Assessments[i]
		t.add(a.AsOf.String(), score(a), percent(a.Coverage), upTo(a), score(z), percent(z.Coverage), upTo(z))
	}
	r.addTable(b, t)
	last := len(r.dyads[1].Assessments) - 1
	for i, name := range []string{"Armenia", "Azerbaijan"} {
		a := r.dyads[i].Assessments[last]
		var covered, missing []string
		for _, ch := range a.Channels {
			if ch.Covered {
				covered = append(covered, ch.Channel.String())
			} else {
				missing = append(missing, ch.Channel.String())
			}
		}
		fmt.Fprintf(b, "%s in %s: evidence in %s; none in %s.\n", name, a.AsOf, strings.Join(covered, ", "), strings.Join(missing, ", "))
	}
	b.WriteString("The arms measures differ: Armenia's is its share of new contracts, Azerbaijan's SIPRI deliveries " +
		"(2016–20 the latest). Azerbaijan's energy, food and finance ties to Russia are not documented in the facts, " +
		"so RUS→AZE rests on fewer channels: compare the up-to columns as well as the scores.\n")
}

// writeCapability prints the CINC of both states beside the scores.
func (r *results) writeCapability(b *strings.Builder) {
	fmt.Fprintf(b, "\n7. CAPABILITY BESIDE THE SCORE (CINC, %d, %s)\n", nmcYear, cite("ext-nmc-6").Publisher)
	t := table{header: []string{"state", "CINC", "share of the two"}}
	sum := r.cinc[0].Index + r.cinc[1].Index
	for i, name := range []string{"Russia", "Armenia"} {
		t.add(name, fmt.Sprintf("%.6f", r.cinc[i].Index), percent(r.cinc[i].Index/sum))
	}
	r.addTable(b, t)
	fmt.Fprintf(b, "CINC is a state's average share of the world's military spending, military personnel, iron and "+
		"steel, energy use, population and urban population; Russia's is %.0f times Armenia's. It is capability, not "+
		"dependence, and is never multiplied into the score. NMC v6.0 ends in %d.\n", r.cinc[0].Index/r.cinc[1].Index, nmcYear)
}

// writeScenario prints the essay's scenario and what it does.
func (r *results) writeScenario(b *strings.Builder) {
	s := r.scenario
	fmt.Fprintf(b, "\n8. SCENARIO: %s\n%s\n", s.Scenario.Name, s.Scenario.Rationale)
	for _, st := range s.Scenario.Steps {
		fmt.Fprintf(b, "  step: %s\n", st)
	}
	t := table{header: []string{"", "RUS→ARM", "ARM→RUS", "net"}}
	for _, x := range []struct {
		name string
		bal  relations.BalanceResult
	}{{"before", s.Before}, {"after", s.After}} {
		t.add(x.name, score(x.bal.AB), score(x.bal.BA), signed(x.bal.Net, 4))
	}
	r.addTable(b, t)
}

// writeDetail prints every fact of the assessments of section 1.
func (r *results) writeDetail(b *strings.Builder) {
	b.WriteString("\nDETAIL: EVERY ASSESSMENT OF SECTION 1, FACT BY FACT\n")
	for _, bal := range r.balances {
		for _, a := range []relations.Assessment{bal.AB, bal.BA} {
			fmt.Fprintf(b, "%s→%s as of %s: %s, coverage %s\n", a.Holder, a.Target, a.AsOf, score(a), percent(a.Coverage))
			for _, ch := range a.Channels {
				for _, f := range ch.Facts {
					fmt.Fprintf(b, "  %s, %s\n", ch.Channel, factLine(f))
				}
			}
		}
	}
}
