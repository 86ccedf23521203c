package relations_test

import (
	"math"
	"strings"
	"testing"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

// TestJudgedSalienceFiltered: with MinConfidence verified, a salience
// that is an analyst's judgement is left out, and its strand has no
// evidence instead of taking the default salience (Params.MinConfidence
// doc). Expected values from the documented formula: two institutional
// strands of share 1 with judged saliences 0.4 and 0.2 give V = 0.6 and
// L = 0.15 × 0.6 = 0.09 with the default filter; had the judgements
// fallen back to the default 1/2 each, V would be 1 and L 0.15, higher.
// Under the verified filter the channel has no evidence, so it adds
// nothing and the trade strand (verified, 0.5) alone is scored:
// L = 0.2 × 0.5 = 0.1 with coverage 0.2 (floor lowered to 0.2).
func TestJudgedSalienceFiltered(t *testing.T) {
	judged := indicators.Provenance{Publisher: "analyst", Confidence: indicators.SingleSource, Evidence: indicators.Judgement}
	sal := func(code string, v float64) indicators.Indicator {
		return indicators.MustNew(indicators.Info{Code: code, Name: code, Unit: indicators.Share, Source: judged},
			indicators.Observation{At: indicators.YearDate(2020), Value: v})
	}
	a := tie(actors.Institutional, "BBB", "base", share("base", "2020", 1.0))
	a.Salience = sal("base.sal", 0.4)
	b := tie(actors.Institutional, "BBB", "bloc", share("bloc", "2020", 1.0))
	b.Salience = sal("bloc.sal", 0.2)
	target := state("AAA", a, b, tie(actors.Trade, "BBB", "goods", share("trade", "2020", 0.5)))
	holder := state("BBB")

	p := relations.DefaultParams()
	p.CoverageFloor = 0.2
	def, err := relations.Leverage(holder, target, relations.AsOf(indicators.YearDate(2021)), relations.WithParams(p))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := def.Score, 0.15*0.6+0.2*0.5; !near(got, want) {
		t.Errorf("default filter: L = %v, want %v", got, want)
	}
	p.MinConfidence = indicators.Verified
	ver, err := relations.Leverage(holder, target, relations.AsOf(indicators.YearDate(2021)), relations.WithParams(p))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := ver.Score, 0.2*0.5; !near(got, want) {
		t.Errorf("verified filter: L = %v, want %v", got, want)
	}
	if ver.Score > def.Score {
		t.Errorf("the verified filter raised the score: %v > %v", ver.Score, def.Score)
	}
	ch := ver.Channel(actors.Institutional)
	if ch.Covered || !near(ver.Coverage, 0.2) {
		t.Errorf("institutional covered %v, coverage %v; want uncovered, 0.2", ch.Covered, ver.Coverage)
	}
	for _, f := range ch.Facts {
		if f.Evidence || !strings.Contains(f.Missing, "judgement") || !strings.Contains(f.Missing, "salience") {
			t.Errorf("fact %q: evidence %v, missing %q; want no evidence and a reason naming the judged salience", f.Label, f.Evidence, f.Missing)
		}
	}
	// The fast path agrees with the full one.
	m, err := relations.NewModel(relations.WithParams(p))
	if err != nil {
		t.Fatal(err)
	}
	if got, cov, err := m.Score(holder, target, indicators.YearDate(2021)); err != nil || !near(got, ver.Score) || !near(cov, ver.Coverage) {
		t.Errorf("Model.Score = %v, %v, %v; want %v, %v", got, cov, err, ver.Score, ver.Coverage)
	}
}

// TestSingleSourceSalienceFiltered: a salience of single-source data (not
// a judgement) under the verified filter is left out the same way, with
// the reason naming its confidence.
func TestSingleSourceSalienceFiltered(t *testing.T) {
	src := indicators.Provenance{Publisher: "one official", Confidence: indicators.SingleSource}
	a := tie(actors.Energy, "BBB", "gas", share("gas", "2020", 0.8))
	a.Salience = indicators.MustNew(indicators.Info{Code: "gas.sal", Name: "gas.sal", Unit: indicators.Share, Source: src},
		indicators.Observation{At: indicators.YearDate(2020), Value: 0.3})
	target := state("AAA", a, tie(actors.Trade, "BBB", "goods", share("trade", "2020", 0.5)))
	p := relations.DefaultParams()
	p.CoverageFloor = 0.2
	p.MinConfidence = indicators.Verified
	ver, err := relations.Leverage(state("BBB"), target, relations.AsOf(indicators.YearDate(2021)), relations.WithParams(p))
	if err != nil {
		t.Fatal(err)
	}
	f := ver.Channel(actors.Energy).Facts[0]
	if f.Evidence || !strings.Contains(f.Missing, "single-source") {
		t.Errorf("evidence %v, missing %q; want no evidence, naming single-source", f.Evidence, f.Missing)
	}
}

// near reports equality to 1e-12, the tolerance of the oracle test.
func near(a, b float64) bool { return math.Abs(a-b) <= 1e-12 }
