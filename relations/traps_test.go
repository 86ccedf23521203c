package relations_test

import (
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

// The traps of the API review, one test each: every one must give a
// correct result or a clear error.

func TestTrapWeightsByChannel(t *testing.T) {
	w := relations.DefaultWeights()
	w2, err := w.With(actors.Food, 0.15)
	if err != nil || w2.Of(actors.Food) != 0.15 || w2.Of(actors.Security) != 0.20 || w2.Of(actors.Finance) != 0.10 {
		t.Errorf("With(Food) set food only: %v, %v", w2, err)
	}
	if _, err := w.With(actors.Channel(0), 0.1); !errors.Is(err, relations.ErrUnknown) {
		t.Errorf("a wrong channel: %v, want ErrUnknown", err)
	}
	for _, v := range []float64{-0.1, math.NaN(), math.Inf(1)} {
		if _, err := w.With(actors.Trade, v); !errors.Is(err, relations.ErrInvalid) {
			t.Errorf("weight %v: %v, want ErrInvalid", v, err)
		}
	}
	if _, err := relations.NewWeights(map[actors.Channel]float64{actors.Channel(42): 1}); !errors.Is(err, relations.ErrUnknown) {
		t.Errorf("NewWeights with a wrong channel: %v", err)
	}
	w3, err := relations.NewWeights(map[actors.Channel]float64{actors.Institutional: 0.5, actors.Trade: 0.5})
	if err != nil || w3.Of(actors.Institutional) != 0.5 || w3.Sum() != 1 {
		t.Errorf("NewWeights by channel: %v, %v", w3, err)
	}
}

func TestTrapOptionOrder(t *testing.T) {
	russia, armenia := smallCase()
	p := relations.DefaultParams()
	p.CoverageFloor = 0.3
	w, _ := relations.NewWeights(map[actors.Channel]float64{actors.Trade: 0.5, actors.Food: 0.5})
	at := relations.AsOf(day("2024"))
	a, err1 := relations.Leverage(russia, armenia, relations.WithWeights(w), relations.WithParams(p), at)
	b, err2 := relations.Leverage(russia, armenia, at, relations.WithParams(p), relations.WithWeights(w))
	if err1 != nil || err2 != nil || a.Score != b.Score || a.Params != b.Params || a.Params.Weights != w || a.Params.CoverageFloor != 0.3 {
		t.Errorf("option order matters: %v %v / %v %v", a.Score, err1, b.Score, err2)
	}
	if _, err := relations.Leverage(russia, armenia, at, at); !errors.Is(err, relations.ErrInvalid) {
		t.Errorf("an option given twice: %v", err)
	}
}

func TestTrapZeroAsOf(t *testing.T) {
	russia, armenia := smallCase()
	zero := relations.AsOf(indicators.Date{})
	if _, err := relations.Leverage(russia, armenia, zero); !errors.Is(err, indicators.ErrInvalidDate) {
		t.Errorf("Leverage: %v", err)
	}
	if _, err := relations.Balance(russia, armenia, zero); !errors.Is(err, indicators.ErrInvalidDate) {
		t.Errorf("Balance: %v", err)
	}
	if _, err := relations.LeverageSeries(russia, armenia, []indicators.Date{{}}); !errors.Is(err, indicators.ErrInvalidDate) {
		t.Errorf("LeverageSeries: %v", err)
	}
	m, _ := relations.NewModel()
	if _, _, err := m.Score(russia, armenia, indicators.Date{}); !errors.Is(err, indicators.ErrInvalidDate) {
		t.Errorf("Model.Score: %v", err)
	}
	if _, err := relations.NewModel(zero); err == nil {
		t.Errorf("NewModel accepted AsOf")
	}
}

func TestTrapIgnoredOptionRejected(t *testing.T) {
	russia, armenia := smallCase()
	at := relations.AsOf(day("2024"))
	if _, err := relations.NewModel(at); !errors.Is(err, relations.ErrInvalid) {
		t.Errorf("NewModel(AsOf): %v", err)
	}
	if _, err := relations.LeverageSeries(russia, armenia, []indicators.Date{day("2024")}, at); !errors.Is(err, relations.ErrInvalid) {
		t.Errorf("LeverageSeries(AsOf): %v", err)
	}
	if _, err := relations.Leverage(russia, armenia, relations.ConstantBasis()); !errors.Is(err, relations.ErrInvalid) {
		t.Errorf("Leverage(ConstantBasis): %v", err)
	}
}

func TestTrapZeroParamsRejected(t *testing.T) {
	err := relations.Params{}.Validate()
	if !errors.Is(err, relations.ErrInvalid) || !strings.Contains(err.Error(), "DefaultParams") {
		t.Errorf("the zero Params: %v", err)
	}
}

func TestTrapRefusalIsOneError(t *testing.T) {
	russia, armenia := smallCase()
	a, err := relations.Leverage(russia, armenia, relations.AsOf(day("2018")))
	if err == nil || a.Err != err || a.Scored() || a.Score != 0 {
		t.Errorf("refusal: err %v, a.Err %v, scored %v", err, a.Err, a.Scored())
	}
	if (relations.Assessment{}).Scored() {
		t.Errorf("the zero Assessment reads as scored")
	}
}

func TestTrapDecomposeKeepsCause(t *testing.T) {
	a := state("ARM", tie(actors.Trade, "RUS", "t", share("t", "2020", 0.5)))
	x, _ := relations.Leverage(a, state("RUS"), relations.AsOf(day("2021")))
	if _, err := relations.Decompose(x, x); !errors.Is(err, relations.ErrNoTies) {
		t.Errorf("Decompose of a no-ties assessment: %v, want ErrNoTies", err)
	}
}

func TestTrapSwappedDirection(t *testing.T) {
	arm := state("ARM", tie(actors.Trade, "RUS", "t", share("t", "2020", 0.5)), tie(actors.Food, "RUS", "w", share("w", "2020", 0.9)))
	_, err := relations.Leverage(arm, state("RUS"), relations.AsOf(day("2021")))
	if !errors.Is(err, relations.ErrNoTies) || !strings.Contains(err.Error(), "ARM holds 2 toward RUS; did you mean Leverage(RUS, ARM)?") {
		t.Errorf("swapped direction: %v", err)
	}
}

func TestTrapAgedShareNamesMaxAge(t *testing.T) {
	arm := state("ARM", tie(actors.Trade, "RUS", "trade", share("t", "2010", 0.5)), tie(actors.Food, "RUS", "wheat", share("w", "2020", 0.9)),
		tie(actors.Security, "RUS", "arms", share("a", "2020", 0.9)))
	a, err := relations.Leverage(state("RUS"), arm, relations.AsOf(day("2021")))
	if err != nil {
		t.Fatal(err)
	}
	if m := a.Channel(actors.Trade).Facts[0].Missing; !strings.Contains(m, "Params.MaxAge = 5") {
		t.Errorf("aged share says %q", m)
	}
}

func TestTrapShortCoverageListsChannels(t *testing.T) {
	arm := state("ARM", tie(actors.Food, "RUS", "wheat", share("w", "2020", 0.9)), tie(actors.Energy, "RUS", "gas", share("g", "2023", 0.9)))
	_, err := relations.Leverage(state("RUS"), arm, relations.AsOf(day("2021")))
	if !errors.Is(err, relations.ErrCoverage) || !strings.Contains(err.Error(), "no evidence in trade, energy (gas: no share observed by 2021") {
		t.Errorf("short coverage: %v", err)
	}
}

func TestTrapRefusedPrintsNotScored(t *testing.T) {
	russia, armenia := smallCase()
	refused, _ := relations.Leverage(russia, armenia, relations.AsOf(day("2018")))
	b, _ := relations.Balance(russia, armenia, relations.AsOf(day("2018")))
	for _, s := range []string{refused.String(), b.String(), relations.Assessment{}.String(), relations.BalanceResult{}.String(), relations.Decomposition{}.String()} {
		if !strings.Contains(s, "not scored") && !strings.Contains(s, "(zero Decomposition)") || strings.Contains(s, "+0.0000") {
			t.Errorf("refused or zero value prints as a result: %q", s)
		}
		if strings.HasSuffix(s, "\n") {
			t.Errorf("trailing newline: %q", s)
		}
	}
	if b.SignCertain() {
		t.Errorf("an unscored balance has a certain sign")
	}
}

// TestTrapWithWeightOneChannel: WithWeight sets one channel's weight over
// WithWeights and WithParams, in any order; the result equals the weights
// built by hand with Weights.With (the independent path).
func TestTrapWithWeightOneChannel(t *testing.T) {
	russia, armenia := smallCase()
	at := relations.AsOf(day("2024"))
	base, _ := relations.NewWeights(map[actors.Channel]float64{actors.Trade: 0.4, actors.Food: 0.4, actors.Energy: 0.2})
	want, _ := base.With(actors.Trade, 0.3)
	want, _ = want.With(actors.Energy, 0.3)
	a, err1 := relations.Leverage(russia, armenia, relations.WithWeight(actors.Trade, 0.3), relations.WithWeights(base), relations.WithWeight(actors.Energy, 0.3), at)
	b, err2 := relations.Leverage(russia, armenia, at, relations.WithWeights(want))
	if err1 != nil || err2 != nil || a.Params.Weights != want || a.Score != b.Score {
		t.Errorf("WithWeight: %v %v / %v %v", a.Params.Weights, err1, b.Score, err2)
	}
	if _, err := relations.Leverage(russia, armenia, relations.WithWeight(actors.Channel(9), 0.1)); !errors.Is(err, relations.ErrUnknown) {
		t.Errorf("unknown channel: %v", err)
	}
	if _, err := relations.Leverage(russia, armenia, relations.WithWeight(actors.Trade, 0.1), relations.WithWeight(actors.Trade, 0.2)); !errors.Is(err, relations.ErrInvalid) {
		t.Errorf("same channel twice: %v", err)
	}
}

// TestTrapClimateOptions: Climate takes options like the rest of the
// package (one style); it rejects options it would ignore, the leverage
// functions reject its own, and without AsOf it dates the climate by the
// pair's latest event, never by the clock.
func TestTrapClimateOptions(t *testing.T) {
	arm, rus, aze := actors.MustParse("ARM"), actors.MustParse("RUS"), actors.MustParse("AZE")
	evs := []relations.Event{event("a", "057", "2024-01-01", arm, rus), event("b", "057", "2024-03-01", rus, arm), event("c", "057", "2025-01-01", aze, rus)}
	c, err := relations.Climate(arm, rus, evs, nil)
	want, err2 := relations.Climate(arm, rus, evs, nil, relations.AsOf(day("2024-03-01")))
	if err != nil || err2 != nil || c.AsOf != day("2024-03-01") || c.Raw != want.Raw || len(c.Terms) != 2 {
		t.Errorf("default as-of: %v %v %v / %v", c.AsOf, c.Raw, err, err2)
	}
	if _, err := relations.Climate(arm, rus, evs, nil, relations.WithWeight(actors.Trade, 0.3)); !errors.Is(err, relations.ErrInvalid) || !strings.Contains(err.Error(), "Climate does not take WithWeight(trade)") {
		t.Errorf("Climate with a leverage option: %v", err)
	}
	russia, armenia := smallCase()
	if _, err := relations.Leverage(russia, armenia, relations.WithClimateParams(relations.DefaultClimateParams())); !errors.Is(err, relations.ErrInvalid) {
		t.Errorf("Leverage with a climate option: %v", err)
	}
	if _, err := relations.Climate(arm, rus, nil, nil); !errors.Is(err, indicators.ErrInvalidDate) || !strings.Contains(err.Error(), "give AsOf") {
		t.Errorf("no date at all: %v", err)
	}
	if got := (relations.ClimateResult{}).String(); got != "Climate: (zero ClimateResult)" {
		t.Errorf("zero ClimateResult prints %q", got)
	}
}

// TestTrapOnBasisUnknownStrand: a strand of OnBasis that names no tie of
// the target (a misspelled label) is an error naming it, not an empty
// series whose refusals say the target holds no ties.
func TestTrapOnBasisUnknownStrand(t *testing.T) {
	russia, armenia := smallCase()
	years := []indicators.Date{day("2023"), day("2024")}
	var label string
	for v := range armenia.TiesFrom(russia.ID()) {
		label = v.Label()
		break
	}
	if _, err := relations.LeverageSeries(russia, armenia, years, relations.OnBasis(relations.Strand{Channel: actors.Food, Label: label + "s"})); !errors.Is(err, relations.ErrInvalid) || !strings.Contains(err.Error(), label+"s") {
		t.Errorf("misspelled strand: %v", err)
	}
}
