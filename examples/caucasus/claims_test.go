package main

import (
	"fmt"
	"slices"
	"testing"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/indicators/trend"
	"github.com/statecraft/bilateral/relations"
)

// The essay's claims, each quoted, with a criterion written from the
// sentence and checked on evidence other than the essay's own figure for
// it, with the library's own uncertainty (bands, sensitivity, sign
// certainty). Each claim records the verdict the case gives it: it holds,
// it diverges (the facts contradict it, and the README says why), or it
// is not testable with the facts (the uncertainty covers both answers).
// The test fails when a verdict changes either way, so that this file and
// the README are revised with the data.

// A verdict is what the facts say of a claim.
type verdict string

const (
	holds      verdict = "holds"
	diverges   verdict = "diverges"
	untestable verdict = "not testable with the facts"
)

type claim struct {
	quote string  // the essay's sentence
	want  verdict // the verdict recorded in the README
	// check returns the verdict the facts give, with the numbers behind it.
	check func(t *testing.T, c *theCase) (verdict, string)
}

func mustLeverage(t *testing.T, holder, target actors.Actor, d string) relations.Assessment {
	t.Helper()
	a, err := relations.Leverage(holder, target, relations.AsOf(date(d)))
	if err != nil {
		t.Fatalf("leverage of %s over %s as of %s: %v", holder.ID(), target.ID(), d, err)
	}
	return a
}

// fact returns the fact of a with the given label.
func fact(t *testing.T, a relations.Assessment, label string) relations.Fact {
	t.Helper()
	for _, ch := range a.Channels {
		for _, f := range ch.Facts {
			if f.Label == label {
				return f
			}
		}
	}
	t.Fatalf("no fact %q in %s→%s as of %s", label, a.Holder, a.Target, a.AsOf)
	return relations.Fact{}
}

// bounds returns the interval of the observation of ind at date at.
func bounds(t *testing.T, ind indicators.Indicator, at string) (v, lo, hi float64) {
	t.Helper()
	for o := range ind.All() {
		if o.At == date(at) {
			lo, hi = o.Bounds(ind.Unit())
			return o.Value, lo, hi
		}
	}
	t.Fatalf("%s has no observation at %s", ind.Code(), at)
	return 0, 0, 0
}

func is(b bool) verdict {
	if b {
		return holds
	}
	return diverges
}

var claims = []claim{
	{
		quote: "Armenia sourced more than 90% of its weapons from Russia a few years ago. As of 2025, that figure has dropped to below 10%",
		want:  untestable,
		check: func(t *testing.T, c *theCase) (verdict, string) {
			// Criterion, from the sentence: a few years before 2025 Russia's
			// share of Armenia's arms was above 90% by its lower bound, and as
			// of 2025 it is below 10% by its upper bound. Evidence other than
			// the essay's figures: SIPRI's 2016–20 delivery share and the
			// Security Council's contract shares (96% in 2020, about 10% for
			// contracts from early 2021). "About 10%" is ±10% of 10%
			// (indicators.ApproxWidth), so "below 10%" can be neither
			// confirmed nor refuted; the fall itself holds.
			_, sipriLo, _ := bounds(t, armsDeliveries, "2020")
			a20 := mustLeverage(t, c.actors[RUS], c.actors[ARM], "2020")
			a25 := mustLeverage(t, c.actors[RUS], c.actors[ARM], "2025")
			c20Lo := fact(t, a20, "arms contracts").Share.Low
			f25 := fact(t, a25, "arms contracts").Share
			lo24, hi24 := f25.Low, f25.High
			before := sipriLo > 0.9 && c20Lo > 0.9
			s20, s25 := a20.Channel(actors.Security).Contribution, a25.Channel(actors.Security).Contribution
			detail := fmt.Sprintf("before: SIPRI 2016–20 ≥ %.2f, contracts 2020 ≥ %.2f; after: contracts 2021–24 in [%.3f, %.3f]; security contribution %.4f (2020) → %.4f (2025)",
				sipriLo, c20Lo, lo24, hi24, s20, s25)
			switch {
			case !before || lo24 >= 0.10 || s25 >= s20:
				return diverges, detail
			case hi24 < 0.10:
				return holds, detail
			}
			return untestable, detail
		},
	},
	{
		quote: "In 2024, trade turnover reached $12.4 billion, from $2.5 billion in 2021.",
		want:  holds,
		check: func(t *testing.T, c *theCase) (verdict, string) {
			// Criterion: the 2024 and 2021 turnovers are within the
			// approximate range (±ApproxWidth) of the essay's figures. Evidence
			// other than the essay: Armstat's 2024 figure, and for 2021 (which
			// only the essay gives) the value implied by the 2022 turnover of
			// USD 5.03bn and its growth of +91.7% (ind-trade-2022-growth).
			v24, _, _ := bounds(t, turnoverArmstat, "2024")
			v22, _, _ := bounds(t, turnoverArmstat, "2022")
			v21 := v22 / 1.917
			near := func(v, essay float64) bool {
				return v >= essay*(1-indicators.ApproxWidth) && v <= essay*(1+indicators.ApproxWidth)
			}
			return is(near(v24, 12.4e9) && near(v21, 2.5e9)),
				fmt.Sprintf("2024 Armstat %s; 2021 implied %s (5.03bn / 1.917)", indicators.USD.Format(v24), indicators.USD.Format(v21))
		},
	},
	{
		quote: "The growing economic relations give Russia additional opportunities to use them as leverage against Armenia",
		want:  untestable,
		check: func(t *testing.T, c *theCase) (verdict, string) {
			// Criterion: Russia's trade leverage over Armenia is higher in
			// 2024 than in 2021 over the whole band of the trade shares
			// (published qualifiers), with gold in transit kept out. The
			// turnover's growth is not the evidence: three-quarters of 2024's
			// imports from Russia were gold and gems in transit.
			a21 := mustLeverage(t, c.actors[RUS], c.actors[ARM], "2021")
			a24 := mustLeverage(t, c.actors[RUS], c.actors[ARM], "2024")
			f21, f24 := fact(t, a21, "goods trade").Share, fact(t, a24, "goods trade").Share
			detail := fmt.Sprintf("trade share 2021 %s in [%.3f, %.3f]; 2024 (reading %s) %s in [%.3f, %.3f]",
				indicators.Share.Format(f21.Value), f21.Low, f21.High, f24.At, indicators.Share.Format(f24.Value), f24.Low, f24.High)
			switch {
			case f24.Low > f21.High:
				return holds, detail
			case f24.High < f21.Low:
				return diverges, detail
			}
			return untestable, detail
		},
	},
	{
		quote: "the re-export of billions of USD goods to Russia via Armenia also provides leverages for Yerevan",
		want:  diverges,
		check: func(t *testing.T, c *theCase) (verdict, string) {
			// Criterion: the re-export route gives Armenia leverage over
			// Russia of some weight: the transit channel's exposure, at the
			// top of its band (all Armenian exports to Russia counted as
			// re-exports), reaches at least a tenth. Evidence: Armenian
			// exports to Russia over Russia's imports (FCS).
			a := mustLeverage(t, c.actors[ARM], c.actors[RUS], "2024")
			f := fact(t, a, "re-export route for sanctioned goods")
			return is(f.Share.High >= 0.1),
				fmt.Sprintf("re-exports through Armenia as a share of Russia's imports: [%.4f, %.4f] (%s); transit contribution %.5f of a possible %.2f",
					f.Share.Low, f.Share.High, f.Share.At, f.Contribution, a.Channel(actors.Transit).Weight)
		},
	},
	{
		quote: "While an overwhelming majority of Armenians viewed Russia as a friendly nation in 2018, that figure has now dropped sharply, as illustrated by the September 2024 International Republican Institute poll.",
		want:  holds,
		check: func(t *testing.T, c *theCase) (verdict, string) {
			// Criterion: in 2018 more than two-thirds rated relations good
			// ("overwhelming"), and by September 2024 the share had fallen by
			// more than 20 percentage points ("sharply"). The Mann–Kendall
			// test over the waves to September 2024 is reported beside it:
			// the essay compares two polls, not a trend.
			v18, _, _ := bounds(t, opinion, "2018-08")
			v24, _, _ := bounds(t, opinion, "2024-09")
			var ts, ys []float64
			for o := range opinion.All() {
				if o.At.Compare(date("2024-09")) <= 0 {
					ts, ys = append(ts, o.At.Decimal()), append(ys, o.Value)
				}
			}
			mk, err := trend.MannKendall(ts, ys)
			if err != nil {
				t.Fatal(err)
			}
			return is(v18 > 2.0/3 && v24-v18 < -0.20),
				fmt.Sprintf("%.0f%% → %.0f%%; Mann–Kendall over n = %d waves: S = %d, exact p = %.3f", 100*v18, 100*v24, mk.N, mk.S, mk.ExactP)
		},
	},
	{
		quote: "The relations built since 1991 has given Russia leverage with Armenia, including the presence of Russian military base and border troops in Armenia, and Armenia's membership of the Collective Security Treaty Organization (CSTO) and Eurasian Economic Union (EAEU)",
		want:  holds,
		check: func(t *testing.T, c *theCase) (verdict, string) {
			// Criterion: the base, the border troops and the two memberships
			// each add to Russia's leverage in every year 2015–2025 in which
			// their basis is in force, and the freeze of CSTO participation
			// (2024-02-22) and the border guards' exits (2024-07-31,
			// 2025-01-01) lower the institutional channel on their days.
			// The four strands are read on a basis of their own, so that
			// the floor, which refuses 2015 for lack of other evidence, does
			// not hide them.
			labels := []string{"Russian 102nd base (Gyumri)", "Russian border guards on the Turkish and Iranian borders", "membership in the Russian-led CSTO", "membership in the Russian-led EAEU"}
			var basis []relations.Strand
			for _, l := range labels {
				basis = append(basis, relations.Strand{Channel: actors.Institutional, Label: l})
			}
			s, err := relations.LeverageSeries(c.actors[RUS], c.actors[ARM], years(2015, 2025), relations.OnBasis(basis...))
			if err != nil {
				t.Fatal(err)
			}
			ok := len(s.Assessments) == 11
			for _, a := range s.Assessments {
				for _, l := range labels {
					ok = ok && fact(t, a, l).Contribution > 0
				}
			}
			var xs []float64
			days := []string{"2024-02-21", "2024-02-22", "2024-07-30", "2024-07-31", "2024-12-31", "2025-01-01"}
			for _, d := range days {
				xs = append(xs, mustLeverage(t, c.actors[RUS], c.actors[ARM], d).Channel(actors.Institutional).Exposure)
			}
			ok = ok && xs[1] < xs[0] && xs[3] < xs[2] && xs[5] < xs[4]
			return is(ok), fmt.Sprintf("each strand contributes in 2015–2025; institutional exposure %v on %v", round(xs), days)
		},
	},
	{
		quote: "while Armenia was providing an opportunity for Russia to project power in the South Caucasus",
		want:  holds,
		check: func(t *testing.T, c *theCase) (verdict, string) {
			// Criterion: Russia depends on Armenia for the base from which it
			// projects power: the base strand of ARM→RUS (Armenia the sole
			// host, under the 1995 agreement and the 2010 protocol) is in
			// force and contributes in every year 2015–2025.
			ok := true
			var xs []float64
			for _, d := range years(2015, 2025) {
				a := mustLeverage(t, c.actors[ARM], c.actors[RUS], d.String())
				x := fact(t, a, "hosting of the Russian 102nd base (Gyumri)").Contribution
				ok = ok && x > 0
				xs = append(xs, x)
			}
			return is(ok), fmt.Sprintf("base contribution to ARM→RUS 2015–2025 %v", round(xs))
		},
	},
	{
		quote: "The relations built since 1991 has given Russia leverage with Armenia (read: more leverage than Armenia holds over Russia, in every year)",
		want:  untestable,
		check: func(t *testing.T, c *theCase) (verdict, string) {
			// Criterion: L(RUS→ARM) − L(ARM→RUS) > 0 with its sign certain
			// (BalanceResult.SignCertain: over the weights, the facts'
			// bounds, the suspension factor and the uncovered channels) in
			// every year both sides are scored. A positive net whose sign is
			// not certain is not testable; a refused year is left out and
			// reported.
			var nets []float64
			var refused, uncertain []int
			negative := false
			for _, d := range years(2015, 2025) {
				b, err := relations.Balance(c.actors[RUS], c.actors[ARM], relations.AsOf(d))
				if err != nil {
					refused = append(refused, d.Year())
					continue
				}
				nets = append(nets, b.Net)
				if b.Net <= 0 {
					negative = true
				}
				if !b.SignCertain() {
					uncertain = append(uncertain, d.Year())
				}
			}
			detail := fmt.Sprintf("net %v; refused %v; sign not certain in %v", round(nets), refused, uncertain)
			switch {
			case negative:
				return diverges, detail
			case len(uncertain) > 0:
				return untestable, detail
			}
			return holds, detail
		},
	},
	{
		quote: "Over the past four years, relations between Armenia and Russia have changed significantly, transforming Moscow from a strategic ally into a problematic partner. Both sides now harbor a lengthy list of grievances against the other.",
		want:  holds,
		check: func(t *testing.T, c *theCase) (verdict, string) {
			// Criterion: from the end of 2021 to mid-2025 the climate of the
			// pair turns from positive to clearly negative (below −0.5),
			// each side holds more open grievances against the other (at
			// least three each), and the alliance's instrument, Armenia's
			// CSTO participation, is no longer active. Evidence: the dated
			// events, grievances and the freeze (ev-csto-freeze-announced).
			clim := func(d string) float64 {
				r, err := relations.Climate(ARM, RUS, c.events, c.grievances, relations.AsOf(date(d)), relations.WithClimateParams(relations.DefaultClimateParams()))
				if err != nil {
					t.Fatal(err)
				}
				return r.Value
			}
			c21, c25 := clim("2021-12-31"), clim("2025-06-01")
			g21 := [2]int{len(relations.Grievances(c.grievances, ARM, RUS, date("2021-12-31"))), len(relations.Grievances(c.grievances, RUS, ARM, date("2021-12-31")))}
			g25 := [2]int{len(relations.Grievances(c.grievances, ARM, RUS, date("2025-06-01"))), len(relations.Grievances(c.grievances, RUS, ARM, date("2025-06-01")))}
			active := slices.ContainsFunc(actors.ActiveMembers(CSTO, date("2025-06-01"), c.order...), func(id actors.ID) bool { return id == ARM })
			return is(c21 > 0 && c25 < -0.5 && g25[0] >= 3 && g25[1] >= 3 && g25[0] > g21[0] && g25[1] > g21[1] && !active),
				fmt.Sprintf("climate %+.3f → %+.3f; open grievances ARM→RUS %d → %d, RUS→ARM %d → %d; Armenia active in the CSTO in 2025: %v",
					c21, c25, g21[0], g25[0], g21[1], g25[1], active)
		},
	},
	{
		quote: "Russia remains a key destination for a significant portion of Armenia's exports and is the primary source of several strategic imports, including wheat",
		want:  holds,
		check: func(t *testing.T, c *theCase) (verdict, string) {
			// Criterion: Russia supplies more than half of at least two
			// strategic imports by the lower bound of their shares (wheat,
			// gas, nuclear fuel) as of 2024, and takes at least a quarter of
			// Armenia's exports (ind-ru-share-am-exports-2021, -2023).
			a := mustLeverage(t, c.actors[RUS], c.actors[ARM], "2024")
			n := 0
			var parts []string
			for _, l := range []string{"wheat imports", "natural gas", "nuclear fuel (Metsamor)"} {
				s := fact(t, a, l).Share
				if s.Low > 0.5 {
					n++
				}
				parts = append(parts, fmt.Sprintf("%s ≥ %.2f", l, s.Low))
			}
			exports := 0.42 * (1 - indicators.ApproxWidth) // ind-ru-share-am-exports-2023, "about 42%"
			return is(n >= 2 && exports >= 0.25), fmt.Sprintf("%v; exports to Russia 2023 ≥ %.2f", parts, exports)
		},
	},
	{
		quote: "In recent years, a marked increase in Russia–Azerbaijan cooperation started with the February 2022 statement of strategic interaction. […] Despite recent tensions between the two sides triggered by the AZAL Baku–Grozny flight crash, and President Aliyev's last-minute rejection of President Putin's invitation to attend the May 9, 2025, military parade",
		want:  holds,
		check: func(t *testing.T, c *theCase) (verdict, string) {
			// Criterion: after the declaration, cooperation rises: Russia–
			// Azerbaijan turnover grows from 2022 to 2025 beyond the
			// approximate range of the 2025 figure (evidence other than the
			// declaration itself); and the pair's climate falls after the
			// crash (2024-12-25) and after the refusal (2025-05-07).
			_, lo25, _ := bounds(t, ruAzTurnover, "2025")
			v22, _, _ := bounds(t, ruAzTurnover, "2022")
			clim := func(d string) float64 {
				r, err := relations.Climate(RUS, AZE, c.events, c.grievances, relations.AsOf(date(d)), relations.WithClimateParams(relations.DefaultClimateParams()))
				if err != nil {
					t.Fatal(err)
				}
				return r.Value
			}
			c1, c2, c3, c4 := clim("2024-12-24"), clim("2024-12-31"), clim("2025-05-06"), clim("2025-05-08")
			return is(lo25 > v22 && c2 < c1 && c4 < c3),
				fmt.Sprintf("turnover %s (2022) → ≥ %s (2025, lower bound); climate %+.3f → %+.3f around the crash, %+.3f → %+.3f around the refusal",
					indicators.USD.Format(v22), indicators.USD.Format(lo25), c1, c2, c3, c4)
		},
	},
}

func round(xs []float64) []float64 {
	out := slices.Clone(xs)
	for i, x := range out {
		out[i] = float64(int(x*10000+0.5)) / 10000
	}
	return out
}

// TestEssayClaims checks each claim's verdict against the one recorded.
func TestEssayClaims(t *testing.T) {
	c, err := build()
	if err != nil {
		t.Fatal(err)
	}
	for _, cl := range claims {
		got, detail := cl.check(t, c)
		if got != cl.want {
			t.Errorf("%q\n\tverdict %s, recorded %s; update this file and the README\n\t%s", cl.quote, got, cl.want, detail)
			continue
		}
		t.Logf("%s: %q\n\t%s", got, cl.quote, detail)
	}
}

// TestClaimVerdictsCanFail: a verdict moves when its evidence moves, so
// no claim passes by construction. With the base agreement and its 2010
// protocol ended in mid-2016 (a counterfactual), the power-projection
// claim diverges; with Russia's arms share raised fivefold (about 50% of
// contracts from 2021), the arms claim diverges.
func TestClaimVerdictsCanFail(t *testing.T) {
	c, err := build()
	if err != nil {
		t.Fatal(err)
	}
	ended := actors.Transition{On: date("2016-06-01"), To: actors.Ended, Note: "counterfactual"}
	for _, tc := range []struct {
		claim int
		steps []relations.Step
	}{
		{6, []relations.Step{relations.ChangeBasis{Ref: "ARM-RUS-1995-base", Change: ended}, relations.ChangeBasis{Ref: "ARM-RUS-2010-base-protocol", Change: ended}}},
		{0, []relations.Step{relations.ScaleShare{Holder: ARM, Provider: RUS, Channel: actors.Security, Factor: 5}}},
	} {
		out, err := relations.Scenario{Name: "counterfactual", Steps: tc.steps}.Apply(c.actors[ARM], c.actors[RUS])
		if err != nil {
			t.Fatal(err)
		}
		c2 := *c
		c2.actors = map[actors.ID]actors.Actor{}
		for k, v := range c.actors {
			c2.actors[k] = v
		}
		c2.actors[ARM], c2.actors[RUS] = out[0], out[1]
		if got, detail := claims[tc.claim].check(t, &c2); got == claims[tc.claim].want {
			t.Errorf("claim %d keeps its verdict %s under the counterfactual: %s", tc.claim, got, detail)
		}
	}
}
