package bilateral_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/indicators/trend"
	"github.com/statecraft/bilateral/relations"
)

// TestBadInputEveryEntryPoint walks every exported constructor and
// function that takes data through its bad inputs — NaN, ±Inf, empty,
// negative where it cannot be, shares above 1, unsorted and duplicate
// dates, zero-value actors, unknown enumeration words, self-pairs, periods
// that end before they start — and checks each returns an error wrapping
// the documented sentinel, never a panic and never a silent zero. The
// package tests check the same entry points in more depth; this table is
// the one place that lists them all.
func TestBadInputEveryEntryPoint(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	src := indicators.Provenance{Publisher: "test fixture", Confidence: indicators.Verified}
	d := indicators.MustParseDate
	share := func(obs ...indicators.Observation) (indicators.Indicator, error) {
		return indicators.New(indicators.Info{Code: "s", Name: "s", Unit: indicators.Share, Source: src}, obs...)
	}
	o := func(at string, v float64) indicators.Observation { return indicators.Observation{At: d(at), Value: v} }
	good, _ := share(o("2020", 0.5), o("2021", 0.6))
	arm, rus := actors.MustParse("ARM"), actors.MustParse("RUS")
	state := func(id actors.ID, ties ...actors.Tie) (actors.Actor, error) {
		return actors.New(actors.Info{ID: id, Kind: actors.State, Name: id.String(), Source: src, Ties: ties})
	}
	armenia, _ := state(arm, actors.Tie{Channel: actors.Food, Provider: rus, Label: "wheat", Share: good})
	russia, _ := state(rus)
	ag := relations.Agreement{ID: "a", Title: "a", Kind: relations.Treaty, Parties: []actors.ID{arm, rus}, Source: src}
	gr := relations.Grievance{ID: "g", Claimant: arm, Respondent: rus, Raised: d("2024"), Issue: relations.Alignment, Summary: "s", Source: src}
	ev := relations.Event{ID: "e", Actor: arm, Target: rus, On: d("2024"), Code: "057", Source: src}
	ts, ys := []float64{1, 2, 3, 4, 5}, []float64{1, 3, 2, 5, 4}
	with := func(xs []float64, i int, v float64) []float64 {
		out := append([]float64(nil), xs...)
		out[i] = v
		return out
	}
	type trendFn func(t, y []float64) error
	trends := map[string]trendFn{
		"OLS":                 func(t, y []float64) error { _, err := trend.OLS(t, y); return err },
		"TheilSen":            func(t, y []float64) error { _, err := trend.TheilSen(t, y); return err },
		"MannKendall":         func(t, y []float64) error { _, err := trend.MannKendall(t, y); return err },
		"SeasonalMannKendall": func(t, y []float64) error { _, err := trend.SeasonalMannKendall(t, y, 2); return err },
		"Pettitt":             func(t, y []float64) error { _, err := trend.Pettitt(t, y); return err },
		"CAGR":                func(t, y []float64) error { _, err := trend.CAGR(t, y); return err },
		"Change":              func(t, y []float64) error { _, err := trend.Net(t, y); return err },
		"Trend":               func(t, y []float64) error { _, err := trend.Trend(t, y); return err },
	}

	type row struct {
		name string
		call func() error
		want error
	}
	rows := []row{
		// indicators: dates, periods, provenance, enums
		{"ParseDate empty", func() error { _, err := indicators.ParseDate(""); return err }, indicators.ErrInvalidDate},
		{"ParseDate 2023-02-29", func() error { _, err := indicators.ParseDate("2023-02-29"); return err }, indicators.ErrInvalidDate},
		{"ParsePeriod ending before it starts", func() error { _, err := indicators.ParsePeriod("2024/2020"); return err }, indicators.ErrInvalidPeriod},
		{"NewPeriod ending on its start day", func() error { _, err := indicators.NewPeriod(d("2024-02-22"), d("2024-02-22")); return err }, indicators.ErrInvalidPeriod},
		{"Provenance without publisher", func() error { return indicators.Provenance{Confidence: indicators.Verified}.Validate() }, indicators.ErrMissing},
		{"ParseUnit unknown word", func() error { _, err := indicators.ParseUnit("bananas"); return err }, indicators.ErrUnknown},
		{"ParseConfidence unknown word", func() error { _, err := indicators.ParseConfidence("likely"); return err }, indicators.ErrUnknown},
		{"Qualifier unknown word", func() error { var q indicators.Qualifier; return q.UnmarshalText([]byte("roughly")) }, indicators.ErrUnknown},
		// indicators: the Indicator constructor and decoder
		{"New NaN value", func() error { _, err := share(o("2020", nan)); return err }, indicators.ErrInvalid},
		{"New +Inf value", func() error { _, err := share(o("2020", inf)); return err }, indicators.ErrInvalid},
		{"New −Inf value", func() error { _, err := share(o("2020", -inf)); return err }, indicators.ErrInvalid},
		{"New share above 1", func() error { _, err := share(o("2020", 1.2)); return err }, indicators.ErrInvalid},
		{"New negative share", func() error { _, err := share(o("2020", -0.1)); return err }, indicators.ErrInvalid},
		{"New negative count", func() error {
			_, err := indicators.New(indicators.Info{Code: "c", Name: "c", Unit: indicators.Count, Source: src}, o("2020", -1))
			return err
		}, indicators.ErrInvalid},
		{"New unsorted dates", func() error { _, err := share(o("2021", 0.5), o("2020", 0.5)); return err }, indicators.ErrOrder},
		{"New duplicate dates", func() error { _, err := share(o("2020", 0.5), o("2020", 0.6)); return err }, indicators.ErrOrder},
		{"New empty code", func() error {
			_, err := indicators.New(indicators.Info{Name: "n", Unit: indicators.Share, Source: src})
			return err
		}, indicators.ErrMissing},
		{"New without a unit", func() error { _, err := indicators.New(indicators.Info{Code: "c", Name: "n", Source: src}); return err }, indicators.ErrMissing},
		{"New unknown unit", func() error {
			_, err := indicators.New(indicators.Info{Code: "c", Name: "n", Unit: 99, Source: src})
			return err
		}, indicators.ErrUnknown},
		{"Indicator JSON with an unknown unit", func() error {
			var ind indicators.Indicator
			return json.Unmarshal([]byte(`{"code":"c","name":"n","unit":"bananas","source":{"publisher":"p","confidence":"verified"},"observations":[]}`), &ind)
		}, indicators.ErrUnknown},
		{"Indicator JSON with a malformed date", func() error {
			var ind indicators.Indicator
			return json.Unmarshal([]byte(`{"code":"c","name":"n","unit":"share","source":{"publisher":"p","confidence":"verified"},"observations":[{"at":"2020-13","value":0.5}]}`), &ind)
		}, indicators.ErrInvalidDate},
		// actors
		{"Parse empty ID", func() error { _, err := actors.Parse(""); return err }, actors.ErrInvalidID},
		{"Parse lower-case ID", func() error { _, err := actors.Parse("arm"); return err }, actors.ErrInvalidID},
		{"New zero ID", func() error { _, err := state(actors.ID{}); return err }, actors.ErrInvalidID},
		{"New unknown kind", func() error { _, err := actors.New(actors.Info{ID: arm, Name: "Armenia", Source: src}); return err }, actors.ErrUnknown},
		{"New tie to itself", func() error {
			_, err := state(arm, actors.Tie{Channel: actors.Food, Provider: arm, Label: "w", Share: good})
			return err
		}, actors.ErrInvalid},
		{"New tie without share", func() error {
			_, err := state(arm, actors.Tie{Channel: actors.Food, Provider: rus, Label: "w"})
			return err
		}, actors.ErrMissing},
		{"New tie of unknown channel", func() error { _, err := state(arm, actors.Tie{Provider: rus, Label: "w", Share: good}); return err }, actors.ErrUnknown},
		{"New lifespan ending before it starts", func() error {
			_, err := actors.New(actors.Info{ID: arm, Kind: actors.State, Name: "A", Source: src, Lifespan: indicators.Period{Start: d("2000"), End: d("1990")}})
			return err
		}, indicators.ErrInvalidPeriod},
		{"History out of order", func() error {
			return actors.History{{On: d("2024"), To: actors.Active}, {On: d("2020"), To: actors.Ended}}.Validate()
		}, actors.ErrInvalid},
		{"Actor JSON with an unknown kind", func() error {
			var a actors.Actor
			return json.Unmarshal([]byte(`{"id":"ARM","kind":"empire","name":"A","source":{"publisher":"p","confidence":"verified"}}`), &a)
		}, actors.ErrUnknown},
		{"Channel unknown word", func() error { var c actors.Channel; return c.UnmarshalText([]byte("tourism")) }, actors.ErrUnknown},
		{"zero Actor", func() error { return actors.Actor{}.Validate() }, actors.ErrInvalidID},
		// relations
		{"Leverage zero holder", func() error { _, err := relations.Leverage(actors.Actor{}, armenia); return err }, actors.ErrInvalidID},
		{"Leverage over itself", func() error { _, err := relations.Leverage(armenia, armenia); return err }, relations.ErrSelf},
		{"Leverage with a weight above the cap", func() error {
			w, _ := relations.NewWeights(map[actors.Channel]float64{actors.Trade: 0.6, actors.Energy: 0.4})
			_, err := relations.Leverage(russia, armenia, relations.WithWeights(w))
			return err
		}, relations.ErrInvalid},
		{"Weights with a NaN weight", func() error {
			_, err := relations.NewWeights(map[actors.Channel]float64{actors.Trade: nan})
			return err
		}, relations.ErrInvalid},
		{"Balance self-pair", func() error { _, err := relations.Balance(russia, russia); return err }, relations.ErrSelf},
		{"LeverageSeries unsorted dates", func() error {
			_, err := relations.LeverageSeries(russia, armenia, []indicators.Date{d("2021"), d("2020")})
			return err
		}, relations.ErrInvalid},
		{"LeverageSeries duplicate dates", func() error {
			_, err := relations.LeverageSeries(russia, armenia, []indicators.Date{d("2021"), d("2021")})
			return err
		}, relations.ErrInvalid},
		{"Model.Score zero target", func() error {
			m, _ := relations.NewModel()
			_, _, err := m.Score(russia, actors.Actor{}, d("2024"))
			return err
		}, actors.ErrInvalidID},
		{"NewModel negative floor", func() error {
			p := relations.DefaultParams()
			p.CoverageFloor = -1
			_, err := relations.NewModel(relations.WithParams(p))
			return err
		}, relations.ErrInvalid},
		{"Decompose different pairs", func() error {
			_, err := relations.Decompose(relations.Assessment{Holder: arm, Target: rus}, relations.Assessment{Holder: rus, Target: arm})
			return err
		}, relations.ErrInvalid},
		{"Agreement with one party", func() error { a := ag; a.Parties = []actors.ID{arm}; return a.Validate() }, relations.ErrInvalid},
		{"Agreement with a zero party", func() error { a := ag; a.Parties = []actors.ID{arm, {}}; return a.Validate() }, relations.ErrMissing},
		{"Agreement JSON with an unknown kind", func() error {
			var a relations.Agreement
			return json.Unmarshal([]byte(`{"id":"a","kind":"alliance"}`), &a)
		}, relations.ErrUnknown},
		{"Grievance against oneself", func() error { g := gr; g.Respondent = arm; return g.Validate() }, relations.ErrSelf},
		{"Grievance NaN severity", func() error { g := gr; g.Severity = nan; return g.Validate() }, relations.ErrInvalid},
		{"Grievance −Inf severity", func() error { g := gr; g.Severity = -inf; return g.Validate() }, relations.ErrInvalid},
		{"Event toward oneself", func() error { e := ev; e.Target = arm; return e.Validate() }, relations.ErrSelf},
		{"Event unknown CAMEO code", func() error { e := ev; e.Code = "57"; return e.Validate() }, relations.ErrUnknown},
		{"Climate self-pair", func() error {
			_, err := relations.Climate(arm, arm, nil, nil, relations.AsOf(d("2024")), relations.WithClimateParams(relations.DefaultClimateParams()))
			return err
		}, relations.ErrSelf},
		{"CINC NaN component", func() error {
			_, err := relations.CINC(relations.NMC(nan, 1, 1, 1, 1, 1), relations.NMC(1, 1, 1, 1, 1, 1))
			return err
		}, relations.ErrInvalid},
		{"CINC +Inf total", func() error {
			_, err := relations.CINC(relations.NMC(1, 1, 1, 1, 1, 1), relations.NMC(inf, 1, 1, 1, 1, 1))
			return err
		}, relations.ErrInvalid},
		{"Scenario step on an unknown actor", func() error {
			_, err := relations.Scenario{Name: "s", Steps: []relations.Step{relations.ScaleShare{Holder: actors.MustParse("AZE"), Provider: rus, Factor: 2}}}.Apply(russia, armenia)
			return err
		}, relations.ErrInvalid},
		{"Scenario NaN factor", func() error {
			_, err := relations.Scenario{Name: "s", Steps: []relations.Step{relations.ScaleShare{Holder: arm, Provider: rus, Factor: nan}}}.Apply(russia, armenia)
			return err
		}, relations.ErrInvalid},
	}
	// Every trend function, through NaN, ±Inf, too few values, unsorted
	// and duplicate times, and mismatched lengths.
	for _, name := range []string{"OLS", "TheilSen", "MannKendall", "SeasonalMannKendall", "Pettitt", "CAGR", "Change", "Trend"} {
		fn := trends[name]
		for _, c := range []struct {
			what string
			t, y []float64
			want error
		}{
			{"NaN value", ts, with(ys, 2, nan), indicators.ErrInvalid},
			{"+Inf value", ts, with(ys, 1, inf), indicators.ErrInvalid},
			{"−Inf time", with(ts, 0, -inf), ys, indicators.ErrInvalid},
			{"unsorted times", with(ts, 3, 1.5), ys, indicators.ErrOrder},
			{"duplicate times", with(ts, 1, 1), ys, indicators.ErrOrder},
			{"empty", nil, nil, indicators.ErrTooFew},
			{"lengths differ", ts, ys[:4], indicators.ErrInvalid},
		} {
			if name == "Trend" && c.what == "empty" {
				continue // a summary of no data is a verdict, Insufficient; checked below
			}
			rows = append(rows, row{name + " " + c.what, func() error { return fn(c.t, c.y) }, c.want})
		}
	}
	errInsufficient := errors.New("not Insufficient")
	rows = append(rows, row{"Trend of no data says Insufficient", func() error {
		s, err := trend.Trend(nil, nil)
		if err == nil && s.Direction != trend.Insufficient {
			return fmt.Errorf("direction %v", s.Direction)
		}
		if err == nil {
			return errInsufficient
		}
		return err
	}, errInsufficient})
	for _, r := range rows {
		t.Run(r.name, func(t *testing.T) {
			var err error
			func() {
				defer func() {
					if p := recover(); p != nil {
						err = fmt.Errorf("panic: %v", p)
					}
				}()
				err = r.call()
			}()
			if !errors.Is(err, r.want) {
				t.Errorf("error %v, want one wrapping %v", err, r.want)
			}
		})
	}
}
