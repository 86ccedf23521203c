package indicators

import "time"

// OLS fits a least-squares line to ind's values against their decimal
// years; see [OLS]. The slope is per year.
func (ind Indicator) OLS() (OLSResult, error) { return OLS(ind.Samples()) }

// TheilSen returns the Theil–Sen slope per year of ind with its interval
// at level; see [TheilSen].
func (ind Indicator) TheilSen(level float64) (TheilSenResult, error) {
	t, y := ind.Samples()
	return TheilSen(t, y, level)
}

// MannKendall runs the Mann–Kendall test on ind's values in date order;
// see [MannKendall].
func (ind Indicator) MannKendall(opts ...Option) (MannKendallResult, error) {
	t, y := ind.Samples()
	return MannKendall(t, y, opts...)
}

// SeasonalMannKendall runs the seasonal Kendall test on ind with period
// seasons per year (12 for monthly, 4 for quarterly data); see
// [SeasonalMannKendall]. Seasons follow the calendar: when period divides
// 12, an observation known to the month or the day is placed at the
// middle of its calendar month, so that "2021-03-02" is in March
// (decimal years alone would put it in the second twelfth of the year).
// Other observations keep their decimal-year times.
func (ind Indicator) SeasonalMannKendall(period int, opts ...Option) (SeasonalResult, error) {
	t, y := ind.Samples()
	if period > 0 && 12%period == 0 {
		i := 0
		for o := range ind.All() {
			if o.At.Precision() >= Month {
				t[i] = float64(o.At.Year()) + (float64(o.At.Month()-1)+0.5)/12
			}
			i++
		}
	}
	return SeasonalMannKendall(t, y, period, opts...)
}

// Pettitt runs Pettitt's change-point test on ind; see [Pettitt]. K
// indexes ind's observations.
func (ind Indicator) Pettitt() (PettittResult, error) { return Pettitt(ind.Samples()) }

// CAGR returns the compound annual growth rate between ind's first and
// last observations; see [CAGR].
func (ind Indicator) CAGR() (float64, error) { return CAGR(ind.Samples()) }

// Change returns the change between ind's first and last observations;
// see [Change]. For a [Share] indicator, 100·Absolute is the change in
// percentage points, the measure to report.
func (ind Indicator) Change() (ChangeResult, error) { return Change(ind.Samples()) }

// Trend summarizes the trend of ind; see [Trend]. The summary also names
// the indicator, formats rates in its unit (percentage points per year
// for shares), gives the observations' dates, and counts coverage: the
// calendar slots, at the coarsest precision among the observations,
// between the first and the last, and how many of them hold data.
func (ind Indicator) Trend(opts ...Option) (Summary, error) {
	t, y := ind.Samples()
	s, err := Trend(t, y, opts...)
	if err != nil {
		return Summary{}, err
	}
	s.Code, s.Unit = ind.Code(), ind.Unit()
	if ind.Len() == 0 {
		return s, nil
	}
	dates := make([]Date, 0, ind.Len())
	coarse := Day
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
		case Year:
			return int64(d.Year())
		case Month:
			return int64(d.Year())*12 + int64(d.First().Month()) - 1
		}
		f := d.First()
		return time.Date(f.Year(), f.Month(), f.Day(), 0, 0, 0, 0, time.UTC).Unix() / 86400
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
