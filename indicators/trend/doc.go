// Package trend computes trend statistics over plain slices: a series of
// strictly increasing times t and values y. It imports only the standard
// library; package indicators runs it over an Indicator's dated
// observations.
//
//	t := []float64{2015, 2016, 2017, 2018, 2019}
//	y := []float64{1.2, 1.6, 1.5, 2.1, 2.6}
//	mk, err := trend.MannKendall(t, y)                    // S, Var(S), z, p, tau-b, direction
//	ts, err := trend.TheilSen(t, y, trend.WithLevel(0.9)) // slope with its 90% interval
//	s, err := trend.Trend(t, y)                           // all of it, for a briefing
//
// # Definitions
//
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
//   - [CAGR] and [Net]: compound annual growth, and absolute and
//     percent change. For shares and polls report percentage points
//     (100·Absolute for fractions), not the percent change of a share;
//     percent change and CAGR from a non-positive base are errors wrapping
//     [ErrUndefined].
//   - [Trend] combines them in a [Summary] for a briefing: direction, p,
//     slope and interval, change point, n.
//
// p-values are computed in the tail (erfc, incomplete beta), never as
// 1 − CDF, so a p of 1e-100 is returned as such. Results are
// deterministic: randomized selection uses fixed seeds and returns exact
// order statistics. Reference values in the tests come from scipy,
// statsmodels, base R and textbook O(n²) definitions; the generating
// scripts are under testdata.
//
// # Options
//
// [WithAlpha], [WithLevel], [WithAdjustment] and [WithLags] set the
// parameters; each function rejects an option it does not use (see
// [Option]), and the order of options never matters.
//
// # Errors
//
// Every error wraps one of [ErrInvalid], [ErrOrder], [ErrTooFew] and
// [ErrUndefined]; package indicators and the rest of the module return
// these same values.
package trend
