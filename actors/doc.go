// Package actors identifies the actors of international relations (states,
// unions, alliances, economic unions, organisations, non-state actors) and
// holds what travels with each of them: external codes, lifespan,
// recognition, the memberships it holds over time, and the ties of
// dependence it holds toward other actors.
//
//	rus := actors.MustParse("RUS")
//	armenia, err := actors.New(actors.Info{ID: actors.MustParse("ARM"), Kind: actors.State,
//		Name: "Armenia", Source: src,
//		Ties: []actors.Tie{{Channel: actors.Food, Provider: rus, Label: "wheat imports", Share: wheat}}})
//	for t := range armenia.TiesFrom(rus) {
//		fmt.Println(t.Channel(), t.Label()) // food wheat imports
//	}
//
// # Identity
//
// An [ID] is a small comparable value ("ARM", "CSTO") that never changes;
// external codes such as ISO 3166-1 alpha-3 are separate [Code] values with
// their own validity. An [Actor] is an immutable value built by [New] from
// an [Info]; the zero Actor is not valid.
//
// # Memberships over time
//
// A [Membership] records an actor in an organisation with a [History] of
// [Standing]: active, suspended (frozen) or ended (withdrawn). History is
// read as of a date's last day, and a change dated only to the year counts
// from the last day it could have happened on, so that "in force 1998" is
// never read as 1 January 1998. [Actor.MembershipsOn] answers "which
// memberships did A hold on D" and [ActiveMembers] "who were the active
// members of X on D".
//
// # Ties: the evidence leverage needs
//
// A [Tie] is one strand of an actor's dependence on a provider, in one
// [Channel]: the provider's share of what the actor gets (as an
// indicators.Indicator over time), how much the strand weighs within the
// channel, how far the actor could replace the provider, the volume of the
// flow, and the agreements and memberships ([Basis]) it rests on. Ties
// travel with the dependent actor, so package relations computes the
// leverage that a provider holds over an actor from the two Actor values
// alone: relations.Leverage(russia, armenia) reads Armenia's ties toward
// Russia.
//
// # Imports
//
// Package actors imports package indicators (for dates, periods,
// provenance and series) and nothing else from this module; it never
// imports package relations.
package actors
