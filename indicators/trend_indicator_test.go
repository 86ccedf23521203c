package indicators_test

import (
	"strings"
	"testing"

	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/indicators/trend"
)

func TestIndicatorForms(t *testing.T) {
	ind := indicators.MustNew(indicators.Info{Code: "X.monthly", Name: "monthly", Unit: indicators.Index, Source: indicators.Provenance{Publisher: "test", Confidence: indicators.Verified}},
		indicators.Observation{At: indicators.MustParseDate("2020-01-15"), Value: 1},
		indicators.Observation{At: indicators.MustParseDate("2020-03-10"), Value: 2},
		indicators.Observation{At: indicators.MustParseDate("2021-01-20"), Value: 2.5},
		indicators.Observation{At: indicators.MustParseDate("2021-03-02"), Value: 4},
		indicators.Observation{At: indicators.MustParseDate("2022-01-30"), Value: 4.5},
	)
	// By hand: 2020-01-15 to 2022-01-30 spans 747 days (2020 is a leap
	// year), 5 of them with data.
	s, err := ind.Trend()
	if err != nil || s.Slots != 747 || s.Filled != 5 || s.SlotPrecision != indicators.PrecisionDay {
		t.Errorf("coverage: %+v %v", s, err)
	}
	// Reason: calendar seasons: January (1, 2.5, 4.5: S = 3) and March
	// (2, 4: S = 1), by hand.
	r, err := ind.SeasonalMannKendall(12)
	if err != nil || r.Seasons != 2 || r.S != 4 {
		t.Errorf("seasonal: %+v %v", r, err)
	}
	if _, err := ind.OLS(); err != nil {
		t.Error(err)
	}
	if _, err := ind.TheilSen(trend.WithLevel(0.9)); err != nil {
		t.Error(err)
	}
	if _, err := ind.MannKendall(); err != nil {
		t.Error(err)
	}
	empty := indicators.MustNew(indicators.Info{Code: "X.empty", Name: "empty", Unit: indicators.Index, Source: indicators.Provenance{Publisher: "test", Confidence: indicators.Verified}})
	if s, err := empty.Trend(); err != nil || s.Direction != trend.Insufficient {
		t.Errorf("empty: %+v %v", s, err)
	}
}

func TestIndicatorTrendChangePoint(t *testing.T) {
	// Reason: the summary of an indicator names the dates around a
	// Pettitt change point (a level shift after 2010, by construction).
	var obs []indicators.Observation
	for y := 2001; y <= 2020; y++ {
		v := 0.2 + 0.001*float64(y%3)
		if y > 2010 {
			v += 0.3
		}
		obs = append(obs, indicators.Observation{At: indicators.YearDate(y), Value: v})
	}
	ind := indicators.MustNew(indicators.Info{Code: "X.share", Name: "share", Unit: indicators.Share, Source: indicators.Provenance{Publisher: "test", Confidence: indicators.Verified}}, obs...)
	s, err := ind.Trend()
	if err != nil {
		t.Fatal(err)
	}
	if !s.HasChange || s.ChangeFromDate != indicators.YearDate(2010) || s.ChangeToDate != indicators.YearDate(2011) || !s.ChangeUp {
		t.Fatalf("%+v", s)
	}
	out := s.String()
	for _, w := range []string{"X.share: rising", "pp/yr", "2001 to 2020; 20 of 20 years with data", "change point between 2010 and 2011"} {
		if !strings.Contains(out, w) {
			t.Errorf("summary lacks %q:\n%s", w, out)
		}
	}
}

// TestSummaryFormatsRates: a Summary prints rates in the indicator's
// unit per year, on the slope and on both bounds (percentage points for
// shares and percents, the unit's format for money).
func TestSummaryFormatsRates(t *testing.T) {
	src := indicators.Provenance{Publisher: "test", Confidence: indicators.Verified}
	for _, tt := range []struct {
		unit indicators.Unit
		vals []float64
		want string
	}{
		{indicators.Percent, []float64{1, 2.5, 4, 5.5}, "slope +1.5 pp/yr"},
		{indicators.Share, []float64{0.1, 0.2, 0.3, 0.4}, "slope +10 pp/yr"},
		{indicators.USD, []float64{8e9, 6e9, 4e9, 2e9}, "slope -USD 2bn/yr"},
	} {
		var obs []indicators.Observation
		for i, v := range tt.vals {
			obs = append(obs, indicators.Observation{At: indicators.YearDate(2001 + i), Value: v})
		}
		ind := indicators.MustNew(indicators.Info{Code: "X", Name: "x", Unit: tt.unit, Source: src}, obs...)
		s, err := ind.Trend()
		if err != nil || !strings.Contains(s.String(), tt.want) {
			t.Errorf("%v: %v\n%s", tt.unit, err, s)
		}
	}
	if got := (indicators.Summary{}).String(); got != "(zero Summary)" {
		t.Errorf("zero Summary prints %q", got)
	}
}
