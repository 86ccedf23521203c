// Package indicators holds measured quantities as typed, sourced, dated
// series: dates of known precision, half-open periods, provenance, and
// indicators with an as-of rule.
//
//	src := indicators.Provenance{Publisher: "Armstat", Confidence: indicators.Verified}
//	wheat, err := indicators.New(indicators.Info{Code: "ARM.RUS.wheat-share",
//		Name: "Russia's share of Armenia's wheat imports", Unit: indicators.Share, Source: src},
//		indicators.Observation{At: indicators.YearDate(2023), Value: 0.99})
//	o, ok := wheat.AsOf(indicators.MustParseDate("2024-06-30")) // o.Value 0.99, ok true
//	sum, err := wheat.Trend()                                  // direction, slope per year, change point
//
// It builds only on the standard library and its own statistics package
// [trend], so that packages actors and relations can build on its time
// and provenance types.
//
// # Dates and periods
//
// A [Date] is known to the year, the month or the day ("1998", "2024-02",
// "2024-02-22"), and keeps that precision: a year is never silently read as
// January 1st. A [Period] is a half-open interval [Start, End) of dates; a
// zero End means still in force. Because bounds may be coarse,
// [Period.Contains] says what is certainly in force and [Period.MayContain]
// what possibly is.
//
// # Indicators
//
// An [Indicator] is a named measure with a [Unit], optional subject and
// counterpart actors, observations in date order, a coverage window, and a
// [Provenance]. Missing is not zero: an observation that was not published
// is absent from the series. [Indicator.AsOf] gives the value as of a date
// by a documented rule (the latest observation at or before the date's last
// day, and nothing outside the coverage window).
//
// Bad input is rejected with an error that names the field and the value
// and wraps one of the package's sentinel errors ([ErrInvalidDate],
// [ErrInvalidPeriod], [ErrInvalid], [ErrOrder], [ErrUnknown],
// [ErrMissing], [ErrTooFew], [ErrUndefined]).
//
// # Trends
//
// The trend statistics live in package [trend], over plain slices of
// times and values; an [Indicator] runs them over its [Indicator.Samples]
// (decimal years of the middles of the observations' dates, so slopes and
// rates are per year): [Indicator.Trend] for a briefing [Summary] with
// dates, units and coverage, and [Indicator.MannKendall],
// [Indicator.TheilSen], [Indicator.OLS], [Indicator.Pettitt],
// [Indicator.SeasonalMannKendall], [Indicator.CAGR] and
// [Indicator.NetChange] for the statistics one by one.
package indicators
