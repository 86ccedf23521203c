package bilateral_test

import (
	"fmt"
	"iter"
	"sync"
	"testing"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/indicators/trend"
	"github.com/statecraft/bilateral/relations"
)

// TestSharedValuesConcurrently runs leverage, balance, series, trends and
// as-of queries on the same values from many goroutines; with -race it
// proves that reading shared values is safe, and it checks every goroutine
// gets the same answers.
func TestSharedValuesConcurrently(t *testing.T) {
	src := indicators.Provenance{Publisher: "test fixture", Confidence: indicators.Verified}
	series := func(code string, u indicators.Unit, vals ...float64) indicators.Indicator {
		var obs []indicators.Observation
		for i, v := range vals {
			obs = append(obs, indicators.Observation{At: indicators.YearDate(2015 + i), Value: v})
		}
		return indicators.MustNew(indicators.Info{Code: code, Name: code, Unit: u, Source: src}, obs...)
	}
	rus, arm := actors.MustParse("RUS"), actors.MustParse("ARM")
	trade := series("t", indicators.Share, 0.25, 0.26, 0.27, 0.27, 0.27, 0.3, 0.33, 0.35, 0.35, 0.41)
	vol := series("v", indicators.USD, 1.3e9, 1.5e9, 1.75e9, 1.9e9, 2e9, 2.3e9, 2.5e9, 5e9, 7.4e9, 12.4e9)
	armenia := actors.MustNew(actors.Info{ID: arm, Kind: actors.State, Name: "Armenia", Source: src, Ties: []actors.Tie{
		{Channel: actors.Trade, Provider: rus, Label: "trade", Share: trade, Volume: vol},
		{Channel: actors.Energy, Provider: rus, Label: "gas", Share: series("g", indicators.Share, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.88, 0.8, 0.8)},
	}})
	russia := actors.MustNew(actors.Info{ID: rus, Kind: actors.State, Name: "Russia", Source: src, Ties: []actors.Tie{
		{Channel: actors.Trade, Provider: arm, Label: "trade", Share: series("t2", indicators.Share, 0.002, 0.002, 0.003, 0.003, 0.003, 0.004, 0.004, 0.006, 0.01, 0.01), Volume: vol},
		{Channel: actors.Transit, Provider: arm, Label: "route", Share: series("r", indicators.Share, 0, 0, 0, 0, 0, 0, 0, 0.009, 0.012, 0.012)},
	}})
	model, err := relations.NewModel()
	if err != nil {
		t.Fatal(err)
	}
	var dates []indicators.Date
	for y := 2015; y <= 2024; y++ {
		dates = append(dates, indicators.YearDate(y))
	}
	run := func() string {
		out := ""
		for _, d := range dates {
			b, err := relations.Balance(russia, armenia, relations.AsOf(d))
			if err != nil {
				return err.Error()
			}
			s, _, _ := model.Score(russia, armenia, d)
			v, _, _ := trade.ValueAsOf(d)
			o, _ := vol.AsOf(d)
			out += fmt.Sprintf("%s %s %v %v %v %v|", d, b.AB.String(), b.Net, s, v, o.Value)
		}
		ser, err := relations.LeverageSeries(russia, armenia, dates)
		ind := ser.Indicator
		if err != nil {
			return err.Error()
		}
		sum, err := ind.Trend()
		if err != nil {
			return err.Error()
		}
		mk, _ := vol.MannKendall()
		ts, _ := trade.TheilSen(trend.WithLevel(0.95))
		return out + sum.String() + fmt.Sprint(mk, ts, collect(armenia.Ties()), collect(russia.TiesFrom(arm)), armenia.MembershipsOn(dates[3]))
	}
	want := run()
	var wg sync.WaitGroup
	got := make([]string, 16)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = run()
		}()
	}
	wg.Wait()
	for i, g := range got {
		if g != want {
			t.Fatalf("goroutine %d got a different answer", i)
		}
	}
}

// collect copies the ties a walk yields, for comparisons.
func collect(seq iter.Seq[actors.TieView]) []actors.Tie {
	var out []actors.Tie
	for v := range seq {
		out = append(out, v.Tie())
	}
	return out
}
