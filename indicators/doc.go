// Package indicators holds measured quantities as typed, sourced, dated
// series, and the trend statistics that run over them.
//
// It is the leaf of the module: it imports only the standard library, so
// that [actors] and [relations] can build on its time and provenance types.
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
// The trend statistics take an [Indicator] (its [Indicator.Samples]:
// decimal years of the middles of the observations' dates, so slopes are
// per year) or plain slices t, y of strictly increasing times and values.
// Missing observations are left out, never filled: slopes and seasons use
// the true times, and Kendall's S, which depends only on order, is
// unaffected. NaN or ±Inf is an error naming its index ([ErrInvalid]),
// times out of order an error wrapping [ErrOrder], too few observations an
// error wrapping [ErrTooFew] (tests need 3, slopes 2).
//
//   - [MannKendall]: S = Σ_{i<j} sgn(y_j − y_i), Var(S) with the tie
//     correction, z with continuity correction, p = erfc(|z|/√2), tau-b,
//     and the exact p for n < 50 without ties (Mann 1945; Kendall 1970).
//     S by merge sort in O(n log n) (Knight 1966). tau-b and the exact
//     p match scipy kendalltau and R cor.test; z and p follow R
//     trend::mk.test.
//   - Serial correlation ([WithAdjustment]): Hamed & Rao (1998),
//     n/n* = 1 + 2/(n(n−1)(n−2))·Σ_k (n−k)(n−k−1)(n−k−2)·ρ_k over the
//     significant autocorrelations of the ranks of the Sen-detrended
//     series, sign kept as in the paper; Rao, Hamed & Chen (2003) with
//     lags ≤ 3 ([WithLags]); Yue & Wang (2004),
//     n/n* = 1 + 2·Σ_{k=1}^{n−1} (1 − k/n)·ρ_k of the detrended values;
//     prewhitening y_{i+1} − r₁y_i (von Storch 1995); trend-free
//     prewhitening (Yue, Pilon, Phinney & Cavadias 2002). A factor ≤ 0
//     falls back to the unadjusted variance, flagged in the result.
//   - [SeasonalMannKendall] (Hirsch, Slack & Smith 1982): per-season S and
//     variance summed, seasons by true position, and the seasonal Sen
//     slope per cycle.
//   - [TheilSen] (Theil 1950; Sen 1968): median pairwise slope, intercept
//     median(y) − slope·median(t) (Conover 1980), interval from the ranks
//     round((N ∓ z·√Var(S))/2) (Sen 1968; Gilbert 1987). Slopes are
//     selected without forming all n² of them, by randomized slope
//     selection (Matoušek 1991; Dillencourt, Mount & Netanyahu 1992):
//     O(n log n) expected time, O(n) memory. Matches scipy theilslopes.
//   - [OLS]: least squares with the Student-t p (regularized incomplete
//     beta), matching scipy linregress and R lm.
//   - [Pettitt] (1979): change point by the rank form of U_k, as R
//     trend::pettitt.test defines it.
//   - [CAGR] and [Change]: compound annual growth, and absolute and
//     percent change. For shares and polls report percentage points
//     (100·Absolute for fractions), not the percent change of a share;
//     percent change and CAGR from a non-positive base are errors wrapping
//     [ErrUndefined].
//   - [Trend] and [Indicator.Trend] combine them in a [Summary] for a
//     briefing: direction, p, slope per year and interval, change point,
//     n and coverage.
//
// p-values are computed in the tail (erfc, incomplete beta), never as
// 1 − CDF, so a p of 1e-100 is returned as such. Results are
// deterministic: randomized selection uses fixed seeds and returns exact
// order statistics. Reference values in the tests come from scipy,
// statsmodels, base R and textbook O(n²) definitions; the generating
// scripts are under testdata/trends.
//
// [actors]: https://pkg.go.dev/github.com/statecraft/bilateral/actors
// [relations]: https://pkg.go.dev/github.com/statecraft/bilateral/relations
package indicators
