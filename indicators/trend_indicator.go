package indicators

import (
	"fmt"
	"math"
	"strings"

	"github.com/statecraft/bilateral/indicators/trend"
)

// The trend statistics of an indicator run package [trend] over its
// [Indicator.Samples]: decimal years, so slopes and rates are per year.

// OLS fits a least-squares line to ind's values against their decimal
// years; see [trend.OLS]. The slope is per year.
func (ind Indicator) OLS() (trend.OLSResult, error) { return trend.OLS(ind.Samples()) }

// TheilSen returns the Theil–Sen slope per year of ind with its interval
// (level set with [trend.WithLevel], default 0.95); see [trend.TheilSen].
func (ind Indicator) TheilSen(opts ...trend.Option) (trend.TheilSenResult, error) {
	t, y := ind.Samples()
	return trend.TheilSen(t, y, opts...)
}

// MannKendall runs the Mann–Kendall test on ind's values in date order;
// see [trend.MannKendall].
func (ind Indicator) MannKendall(opts ...trend.Option) (trend.MannKendallResult, error) {
	t, y := ind.Samples()
	return trend.MannKendall(t, y, opts...)
}

// SeasonalMannKendall runs the seasonal Kendall test on ind with period
// seasons per year (12 for monthly, 4 for quarterly data); see
// [trend.SeasonalMannKendall]. Seasons follow the calendar: when period
// divides 12, an observation known to the month or the day is placed at
// the middle of its calendar month, so that "2021-03-02" is in March
// (decimal years alone would put it in the second twelfth of the year).
// Other observations keep their decimal-year times.
func (ind Indicator) SeasonalMannKendall(period int, opts ...trend.Option) (trend.SeasonalResult, error) {
	t, y := ind.Samples()
	if period > 0 && 12%period == 0 {
		i := 0
		for o := range ind.All() {
			if o.At.Precision() >= PrecisionMonth {
				t[i] = float64(o.At.Year()) + (float64(o.At.Month()-1)+0.5)/12
			}
			i++
		}
	}
	return trend.SeasonalMannKendall(t, y, period, opts...)
}

// Pettitt runs Pettitt's change-point test on ind; see [trend.Pettitt].
// K indexes ind's observations.
func (ind Indicator) Pettitt() (trend.PettittResult, error) { return trend.Pettitt(ind.Samples()) }

// CAGR returns the compound annual growth rate between ind's first and
// last observations; see [trend.CAGR].
func (ind Indicator) CAGR() (float64, error) { return trend.CAGR(ind.Samples()) }

// NetChange returns the change between ind's first and last
// observations; see [trend.Net]. For a [Share] indicator, 100·Absolute is
// the change in percentage points, the measure to report.
func (ind Indicator) NetChange() (trend.NetChange, error) { return trend.Net(ind.Samples()) }

// A Summary is the trend of an indicator as an analyst reports it: the
// statistics of [trend.Summary], with the indicator's code and unit, the
// dates of the observations it names, and the coverage of the series.
// Build it with [Indicator.Trend]; print it with [Summary.String].
type Summary struct {
	trend.Summary

	Code string // the indicator's code
	Unit Unit   // the indicator's unit

	// FirstDate and LastDate are the dates of the first and last
	// observations; ChangeFromDate and ChangeToDate those around the
	// change point, when there is one.
	FirstDate, LastDate          Date
	ChangeFromDate, ChangeToDate Date

	// Slots and Filled describe coverage: the number of calendar slots —
	// years, months or days, at the coarsest precision among the
	// observations — from the first observation's slot to the last one's,
	// and how many of them hold an observation.
	Slots, Filled int
	SlotPrecision Precision // the precision of the slots
}

// Trend summarizes the trend of ind; see [trend.Trend] for the
// statistics and their options. The summary also names the indicator,
// formats rates in its unit (percentage points per year for shares),
// gives the observations' dates, and counts coverage: the calendar
// slots, at the coarsest precision among the observations, between the
// first and the last, and how many of them hold data.
func (ind Indicator) Trend(opts ...trend.Option) (Summary, error) {
	if !ind.IsValid() {
		return Summary{}, fieldErr("Trend", "zero Indicator", fmt.Errorf("%w: build the indicator with New", ErrInvalid))
	}
	t, y := ind.Samples()
	ts, err := trend.Trend(t, y, opts...)
	if err != nil {
		return Summary{}, err
	}
	s := Summary{Summary: ts, Code: ind.Code(), Unit: ind.Unit()}
	if ind.Len() == 0 {
		return s, nil
	}
	dates := make([]Date, 0, ind.Len())
	coarse := PrecisionDay
	for o := range ind.All() {
		dates = append(dates, o.At)
		coarse = min(coarse, o.At.Precision())
	}
	s.FirstDate, s.LastDate = dates[0], dates[len(dates)-1]
	if s.HasChange {
		s.ChangeFromDate, s.ChangeToDate = dates[s.ChangeAfter], dates[s.ChangeAfter+1]
	}
	s.SlotPrecision = coarse
	slot := func(d Date) int64 {
		switch coarse {
		case PrecisionYear:
			return int64(d.Year())
		case PrecisionMonth:
			return int64(d.Year())*12 + int64(d.First().Month()) - 1
		}
		return d.First().days()
	}
	first, last := slot(s.FirstDate), slot(s.LastDate)
	s.Slots = int(last - first + 1)
	prev := first - 1
	for _, d := range dates {
		if k := slot(d); k != prev {
			s.Filled++
			prev = k
		}
	}
	return s, nil
}

// String returns the summary as a few lines for a briefing, e.g.
//
//	ARM.RUS.trade-turnover: rising (Mann–Kendall p = 0.0004, exact; α = 0.05)
//	  slope +USD 1.06bn/yr, 95% interval +USD 0.5bn/yr to +USD 2.5bn/yr (Theil–Sen)
//	  n = 8 observations, 2015 to 2024; 8 of 10 years with data
//	  change point between 2021 and 2022 (Pettitt p = 0.03): later values higher
//
// The layout is for people and may change; do not parse it.
func (s Summary) String() string {
	if s.Code == "" {
		return "(zero Summary)"
	}
	when := func(i int) string {
		switch {
		case i == 0:
			return s.FirstDate.String()
		case i == s.N-1:
			return s.LastDate.String()
		case i == s.ChangeAfter:
			return s.ChangeFromDate.String()
		}
		return s.ChangeToDate.String()
	}
	out := s.Summary.Format(s.Code, func(v float64) string { return formatRate(s.Unit, v) }, "/yr", when)
	if s.Slots > 0 && s.Direction != trend.Insufficient {
		unit := "years"
		switch s.SlotPrecision {
		case PrecisionMonth:
			unit = "months"
		case PrecisionDay:
			unit = "days"
		}
		line := fmt.Sprintf("; %d of %d %s with data", s.Filled, s.Slots, unit)
		// The coverage closes the line that gives n.
		if i := strings.Index(out, "\n  change point"); i >= 0 {
			out = out[:i] + line + out[i:]
		} else {
			out += line
		}
	}
	return out
}

// formatRate writes a signed rate in the unit u: percentage points for
// shares (fractions) and percents, the unit's own format otherwise.
func formatRate(u Unit, v float64) string {
	switch u {
	case Share:
		return fmt.Sprintf("%+.3g pp", 100*v)
	case Percent:
		return fmt.Sprintf("%+.3g pp", v)
	}
	sign := "+"
	if v < 0 {
		sign = "-"
	}
	return sign + u.Format(math.Abs(v))
}
