// Package indicators holds measured quantities as typed, sourced, dated
// series, and the trend statistics that run over them.
//
// It is the leaf of the module: it imports only the standard library (and,
// for statistics, golang.org/x/exp), so that [actors] and [relations] can
// build on its time and provenance types.
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
// [ErrInvalidPeriod], [ErrInvalidValue], [ErrOrder], [ErrUnknown],
// [ErrMissing], [ErrTooFew], [ErrUndefined]).
//
// [actors]: https://pkg.go.dev/github.com/statecraft/bilateral/actors
// [relations]: https://pkg.go.dev/github.com/statecraft/bilateral/relations
package indicators
