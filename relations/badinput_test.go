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

// TestParamsRejected walks every parameter through its bad values.
func TestParamsRejected(t *testing.T) {
	ok := relations.DefaultParams()
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		change func(*relations.Params)
		want   error
	}{
		{"zero weights", func(p *relations.Params) { p.Weights = relations.Weights{} }, relations.ErrInvalid},
		{"weights not summing to 1", func(p *relations.Params) { p.Weights = with(p.Weights, actors.Trade, 0.3) }, relations.ErrInvalid},
		{"a weight above the cap", func(p *relations.Params) {
			p.Weights = with(with(p.Weights, actors.Trade, 0.6), actors.Security, 0)
		}, relations.ErrInvalid},
		{"floor above 1", func(p *relations.Params) { p.CoverageFloor = 1.5 }, relations.ErrInvalid},
		{"negative floor", func(p *relations.Params) { p.CoverageFloor = -0.1 }, relations.ErrInvalid},
		{"zero floor", func(p *relations.Params) { p.CoverageFloor = 0 }, relations.ErrInvalid},
		{"NaN suspension factor", func(p *relations.Params) { p.Suspended = math.NaN() }, relations.ErrInvalid},
		{"zero suspension factor", func(p *relations.Params) { p.Suspended = 0 }, relations.ErrInvalid},
		{"unknown confidence", func(p *relations.Params) { p.MinConfidence = 0 }, relations.ErrUnknown},
		{"zero age", func(p *relations.Params) { p.MaxAge = 0 }, relations.ErrInvalid},
		{"negative age", func(p *relations.Params) { p.MaxAge = -1 }, relations.ErrInvalid},
		{"the zero Params", func(p *relations.Params) { *p = relations.Params{} }, relations.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := relations.DefaultParams()
			tt.change(&p)
			if err := p.Validate(); !errors.Is(err, tt.want) {
				t.Fatalf("Validate() = %v, want %v", err, tt.want)
			}
			if _, err := relations.NewModel(relations.WithParams(p)); !errors.Is(err, tt.want) {
				t.Errorf("NewModel: %v", err)
			}
			if _, err := relations.LeverageSeries(state("A1"), state("B1"), nil, relations.WithParams(p)); !errors.Is(err, tt.want) {
				t.Errorf("LeverageSeries: %v", err)
			}
			if _, err := relations.Balance(state("A1"), state("B1"), relations.WithParams(p)); !errors.Is(err, tt.want) {
				t.Errorf("Balance: %v", err)
			}
		})
	}
}

// with sets one weight, failing the test binary on a wrong channel.
func with(w relations.Weights, c actors.Channel, v float64) relations.Weights {
	w, err := w.With(c, v)
	if err != nil {
		panic(err)
	}
	return w
}

// TestModelScoreRefusals: the score path returns the bare sentinels.
func TestModelScoreRefusals(t *testing.T) {
	m, err := relations.NewModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Params() != relations.DefaultParams() {
		t.Errorf("Params() = %+v", m.Params())
	}
	arm := state("ARM", tie(actors.Food, "RUS", "wheat", share("w", "2023", 0.99)), tie(actors.Energy, "RUS", "gas", share("g", "2023", 0.8)))
	rus := state("RUS")
	y := indicators.MustParseDate("2024")
	for _, c := range []struct {
		name           string
		holder, target actors.Actor
		d              indicators.Date
		want           error
	}{
		{"no ties", arm, rus, y, relations.ErrNoTies},
		{"coverage", rus, arm, indicators.MustParseDate("2022"), relations.ErrCoverage},
		{"self", arm, arm, y, relations.ErrSelf},
		{"zero actor", actors.Actor{}, arm, y, actors.ErrInvalidID},
		{"zero date", rus, arm, indicators.Date{}, indicators.ErrInvalidDate},
	} {
		if _, _, err := m.Score(c.holder, c.target, c.d); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	if _, err := relations.LeverageSeries(rus, rus, nil); !errors.Is(err, relations.ErrSelf) {
		t.Errorf("series of an actor over itself: %v", err)
	}
	if _, err := relations.Balance(rus, actors.Actor{}); !errors.Is(err, actors.ErrInvalidID) {
		t.Errorf("balance with the zero actor: %v", err)
	}
	if _, err := relations.Balance(rus, arm, relations.AsOf(y)); !errors.Is(err, relations.ErrNoTies) {
		t.Errorf("balance without ties one way: %v", err)
	}
}

// TestKnownAt replays an assessment as of what was recorded then: a value
// recorded later is left out.
func TestKnownAt(t *testing.T) {
	late := indicators.Provenance{Publisher: "late", Confidence: indicators.Verified, Recorded: indicators.MustParseDate("2024-03-01")}
	s := indicators.MustNew(indicators.Info{Code: "s", Name: "s", Unit: indicators.Share, Source: testSrc},
		indicators.Observation{At: indicators.MustParseDate("2022"), Value: 0.3},
		indicators.Observation{At: indicators.MustParseDate("2023"), Value: 0.6, Source: late})
	arm := state("ARM", tie(actors.Trade, "RUS", "trade", s), tie(actors.Energy, "RUS", "gas", share("g", "2020", 0.5)))
	rus := state("RUS")
	y := relations.AsOf(indicators.MustParseDate("2023"))
	now, err := relations.Leverage(rus, arm, y)
	if err != nil {
		t.Fatal(err)
	}
	then, err := relations.Leverage(rus, arm, y, relations.KnownAt(indicators.MustParseDate("2024-01")))
	if err != nil {
		t.Fatal(err)
	}
	if now.Channel(actors.Trade).Facts[0].Share.Value != 0.6 || then.Channel(actors.Trade).Facts[0].Share.Value != 0.3 {
		t.Errorf("known now %v, known then %v; want 0.6 and 0.3", now.Channel(actors.Trade).Facts[0].Share, then.Channel(actors.Trade).Facts[0].Share)
	}
}

// TestEventRejected walks an event through its bad inputs.
func TestEventRejected(t *testing.T) {
	for _, c := range []struct {
		name   string
		change func(*relations.Event)
		want   error
	}{
		{"no ID", func(e *relations.Event) { e.ID = "" }, relations.ErrMissing},
		{"no actor", func(e *relations.Event) { e.Actor = actors.ID{} }, relations.ErrMissing},
		{"no target", func(e *relations.Event) { e.Target = actors.ID{} }, relations.ErrMissing},
		{"self", func(e *relations.Event) { e.Target = e.Actor }, relations.ErrSelf},
		{"no date", func(e *relations.Event) { e.On = indicators.Date{} }, relations.ErrMissing},
		{"unknown code", func(e *relations.Event) { e.Code = "9999" }, relations.ErrUnknown},
		{"no source", func(e *relations.Event) { e.Source = indicators.Provenance{} }, indicators.ErrMissing},
	} {
		e := event("e", "057", "2022-02-22", rus, aze)
		c.change(&e)
		if err := e.Validate(); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	p := relations.DefaultClimateParams()
	if _, err := relations.Climate(arm, rus, nil, []relations.Grievance{{ID: "bad"}}, relations.AsOf(day("2024")), relations.WithClimateParams(p)); !errors.Is(err, relations.ErrMissing) {
		t.Errorf("an invalid grievance passes Climate: %v", err)
	}
	for _, f := range []func(*relations.ClimateParams){
		func(p *relations.ClimateParams) { p.Scale = math.NaN() },
		func(p *relations.ClimateParams) { p.Grievance = 2 },
		func(p *relations.ClimateParams) { p.SingleSource = -1 },
	} {
		q := relations.DefaultClimateParams()
		f(&q)
		if err := q.Validate(); !errors.Is(err, relations.ErrInvalid) {
			t.Errorf("climate params %+v accepted", q)
		}
	}
}

// TestReports checks the printed forms name what they must, in every
// state, and the enumerations' text forms.
func TestReports(t *testing.T) {
	russia, armenia := smallCase()
	a, err := relations.Leverage(russia, armenia, relations.AsOf(day("2024")))
	if err != nil {
		t.Fatal(err)
	}
	// By hand from the documented formula, one strand per channel (salience
	// 1): 0.20×0.414 + 0.10×0.99 + 0.20×0.10 + 0.15×(0.5×1.0) = 0.2768.
	for _, want := range []string{"Leverage of RUS over ARM as of 2024: 0.2768", "Coverage 65%", "wheat imports: share 99% (2023; AMNews, verified)",
		"suspended ×0.5", "energy           0.15         —             —  no evidence"} {
		if !strings.Contains(a.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, a)
		}
	}
	if strings.HasSuffix(a.String(), "\n") {
		t.Errorf("String ends in a newline")
	}
	refused, err := relations.Leverage(russia, armenia, relations.AsOf(day("2018")))
	if err == nil || !strings.Contains(refused.String(), "not scored (relations: leverage of RUS over ARM as of 2018: evidence covers 15.0%") {
		t.Errorf("refused report:\n%s", refused)
	}
	b, _ := relations.Balance(russia, armenia, relations.AsOf(day("2024")))
	if s := b.String(); !strings.Contains(s, "Balance RUS–ARM as of 2024: +0.2747") || !strings.Contains(s, "sign NOT certain") || strings.HasSuffix(s, "\n") {
		t.Errorf("balance report: %s", s)
	}
	if a.Channel(0).Channel != 0 || a.Channel(actors.Food).Channel != actors.Food {
		t.Errorf("Channel accessor")
	}
	for _, s := range []interface{ String() string }{
		relations.Treaty, relations.AgreementKind(0), relations.TransitRights, relations.ObligationKind(42), relations.Incident, relations.Open,
		relations.IronSteel, relations.ScaleVolume{Holder: arm, Provider: rus, Factor: 2}, relations.RemoveTie{Holder: arm, Provider: rus},
		relations.AddTie{Holder: arm, Tie: tie(actors.Food, "RUS", "wheat", share("w", "2023", 0.99))},
		relations.ShiftBasis{Ref: "CSTO", Years: 1}, relations.ScaleSubstitutability{Holder: arm, Provider: rus, Factor: 0.5},
	} {
		if s.String() == "" {
			t.Errorf("%T has an empty String", s)
		}
	}
	if relations.AgreementKind(0).String() != "AgreementKind(0)" || relations.Treaty.String() != "treaty" {
		t.Errorf("enum text: %q %q", relations.AgreementKind(0), relations.Treaty)
	}
	var w relations.Weights
	if w.Of(0) != 0 || relations.DefaultWeights().Of(actors.Trade) != 0.2 {
		t.Errorf("Weights.Of")
	}
	k := relations.Components{}.Set(relations.TotalPopulation, 2925).Set(0, 1)
	if !k.Known[relations.TotalPopulation-1] || k.Values[relations.TotalPopulation-1] != 2925 || k.Known[0] {
		t.Errorf("Components.Set: %+v", k)
	}
}
