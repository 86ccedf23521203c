package bilateral_test

import (
	"fmt"
	"iter"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/indicators/trend"
	"github.com/statecraft/bilateral/relations"
)

// TestSharedValuesConcurrently runs leverage, balance, series, trends and
// as-of queries on the same values from many goroutines; with -race it
// proves that reading shared values is safe, and it checks that every
// call succeeds and that every goroutine gets the same values as a first,
// sequential run.
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
	// answers holds every value the goroutines compute; they are compared
	// as values, field by field, and any error fails the test.
	type answers struct {
		Balances []relations.BalanceResult
		Scores   []float64
		Shares   []float64
		Volumes  []indicators.Observation
		Series   indicators.Indicator
		Summary  indicators.Summary
		MK       trend.MannKendallResult
		TS       trend.TheilSenResult
		Ties     []actors.Tie
		TiesFrom []actors.Tie
		Held     []actors.Held
	}
	run := func() (answers, error) {
		var out answers
		for _, d := range dates {
			b, err := relations.Balance(russia, armenia, relations.AsOf(d))
			if err != nil {
				return out, fmt.Errorf("Balance as of %s: %w", d, err)
			}
			s, _, err := model.Score(russia, armenia, d)
			if err != nil {
				return out, fmt.Errorf("Score as of %s: %w", d, err)
			}
			v, _, ok := trade.ValueAsOf(d)
			o, ok2 := vol.AsOf(d)
			if !ok || !ok2 {
				return out, fmt.Errorf("no trade share or volume as of %s", d)
			}
			out.Balances = append(out.Balances, b)
			out.Scores = append(out.Scores, s)
			out.Shares = append(out.Shares, v)
			out.Volumes = append(out.Volumes, o)
		}
		series, err := relations.LeverageSeries(russia, armenia, dates)
		if err != nil {
			return out, fmt.Errorf("LeverageSeries: %w", err)
		}
		out.Series = series.Indicator
		if out.Summary, err = out.Series.Trend(); err != nil {
			return out, fmt.Errorf("Trend: %w", err)
		}
		if out.MK, err = vol.MannKendall(); err != nil {
			return out, fmt.Errorf("MannKendall: %w", err)
		}
		if out.TS, err = trade.TheilSen(); err != nil {
			return out, fmt.Errorf("TheilSen: %w", err)
		}
		out.Ties, out.TiesFrom, out.Held = collect(armenia.Ties()), collect(russia.TiesFrom(arm)), armenia.MembershipsOn(dates[3])
		return out, nil
	}
	want, err := run()
	if err != nil {
		t.Fatal(err)
	}
	if len(want.Balances) != len(dates) || want.Series.Len() != len(dates) {
		t.Fatalf("%d balances and %d series points for %d dates", len(want.Balances), want.Series.Len(), len(dates))
	}
	opts := cmp.Options{
		cmpopts.EquateComparable(indicators.Date{}, actors.ID{}, relations.Weights{}),
		cmpopts.EquateNaNs(), // BalanceResult.Ratio is NaN when both scores are 0
	}
	var wg sync.WaitGroup
	got := make([]answers, 16)
	errs := make([]error, len(got))
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], errs[i] = run()
		}()
	}
	wg.Wait()
	for i := range got {
		if errs[i] != nil {
			t.Errorf("goroutine %d: %v", i, errs[i])
			continue
		}
		if diff := cmp.Diff(want, got[i], opts); diff != "" {
			t.Errorf("goroutine %d got different values (-first run +goroutine):\n%s", i, diff)
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
