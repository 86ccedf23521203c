// Package bilateral is the entry point of a library for relations between
// international actors: a typed domain model of actors, agreements,
// grievances and indicators, with explainable, time-aware analytics on top.
//
//	// armenia holds its ties of dependence toward Russia (package actors),
//	// each a dated, sourced share series (package indicators).
//	a, err := relations.Leverage(russia, armenia, relations.AsOf(indicators.YearDate(2025)))
//	fmt.Println(a) // score, coverage, each channel's contribution and the facts behind it
//
// The module has four public packages:
//
//   - [github.com/statecraft/bilateral/indicators] holds dates of known
//     precision, half-open periods, provenance, and indicators: typed,
//     sourced, dated series, with their trend summaries.
//   - [github.com/statecraft/bilateral/indicators/trend] computes the
//     trend statistics (Mann–Kendall and its variants, Theil–Sen, OLS,
//     Pettitt, growth) over plain slices; it imports only the standard
//     library.
//   - [github.com/statecraft/bilateral/actors] identifies states, blocs,
//     alliances and organisations, and holds what travels with each actor:
//     codes, lifespan, memberships over time, and the ties of dependence it
//     holds toward other actors.
//   - [github.com/statecraft/bilateral/relations] holds agreements,
//     grievances and events between actors, and computes leverage, its
//     balance, climate, capability and scenarios.
//
// A package under internal/ holds what they share to check input and
// report it (the sentinel errors, declared once, and enumeration words);
// it exports nothing outside the module.
//
// The question the library is known by is relations.Leverage(russia,
// armenia): the leverage that the first actor holds over the second,
// computed from the two actor values alone, with every contribution,
// source and parameter that produced it.
//
// # Import rule
//
// Imports run one way: indicators/trend imports only the standard
// library; internal/validate imports trend; indicators imports those two;
// actors imports indicators; relations imports actors and indicators. No
// package imports this root package, and no package imports upward; a
// test in this package fails if one does, or if a package is added
// without a place in the rule.
//
// # Errors
//
// A concept has one error value across the module: indicators.ErrMissing,
// actors.ErrMissing and relations.ErrMissing are the same value, and so
// are the ErrInvalid and ErrUnknown of each package, so errors.Is matches
// whichever package built the error. A message names its package once,
// at its start, then the field and the value (cut to about 100
// characters), and where there is one, the remedy.
//
// # Contract
//
// The library performs no I/O: callers build values in code or decode them
// from JSON they already hold. Values are immutable or documented
// otherwise, safe to share between goroutines, and deterministic: the same
// inputs give the same results and the same printed reports. Bad input is
// an error that names the field and the value, never a panic (except in
// the Must functions meant for literals) and never a silent zero: missing
// is not zero.
package bilateral
