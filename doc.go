// Package bilateral is the entry point of a library for relations between
// international actors: a typed domain model of actors, agreements,
// grievances and indicators, with explainable, time-aware analytics on top.
//
// The module has three packages:
//
//   - [github.com/statecraft/bilateral/indicators] holds dates of known
//     precision, half-open periods, provenance, and indicators: typed,
//     sourced, dated series, with the trend statistics that run over them.
//   - [github.com/statecraft/bilateral/actors] identifies states, blocs,
//     alliances and organisations, and holds what travels with each actor:
//     codes, lifespan, memberships over time, and the ties of dependence it
//     holds toward other actors.
//   - [github.com/statecraft/bilateral/relations] holds agreements,
//     grievances and events between actors, and computes leverage, its
//     balance, climate, capability and scenarios.
//
// The question the library is known by is relations.Leverage(russia,
// armenia): the leverage that the first actor holds over the second,
// computed from the two actor values alone, with every contribution,
// source and parameter that produced it.
//
// # Import rule
//
// Imports run one way: indicators imports nothing from the module; actors
// imports indicators; relations imports actors and indicators. Any of them
// may import the helpers under internal/, which import only the standard
// library and each other. No package imports this root package, and no
// package imports upward; a test in this package fails if one does.
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
