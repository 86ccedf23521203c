// Package relations models what lies between actors — agreements with
// their obligations, grievances, events — and computes the analytics of a
// pair: leverage, its balance, the relationship's climate, capability
// beside them, and scenarios.
//
// # Direction
//
// Relations are directed. [Leverage](holder, target) is the leverage that
// holder holds over target, read from target's ties of dependence toward
// holder (see actors.Tie); Leverage(target, holder) is a different
// question with, usually, a different answer. [Balance](a, b) is
// L(a→b) − L(b→a).
//
// # The leverage model
//
// The model (methodology [Methodology]) follows the dependence literature:
// power of A over B is B's dependence on A (Emerson 1962), which matters
// as vulnerability — what B could not replace — more than as sensitivity
// (Keohane & Nye 1977); it is measured channel by channel on shares
// (Hirschman 1945; Barbieri 1996) and gated by the volume of interaction,
// after the Formal Bilateral Influence Capacity index's bandwidth and
// dependence (Moyer, Sweijs, Burrows & Van Manen 2018; Moyer et al. 2021).
// For each tie i of the target toward the holder in channel c, as of the
// assessment date:
//
//	vᵢ  = fᵢ · salienceᵢ · shareᵢ · (1 − σᵢ)          exposure of one strand
//	V_c = Σᵢ vᵢ / max(1, Σᵢ salienceᵢ)               exposure of the channel, in [0, 1]
//	g   = V / (V + k)                                 bandwidth gate, V = USD flows of the pair
//	L   = g · Σ_c w_c · V_c                           leverage, in [0, 1]
//
// fᵢ is 1 while the tie's best basis (agreement, membership, condition) is
// in force, Params.Suspended while it is suspended or frozen, and 0 after
// it ends or before it begins: a frozen membership or a suspended
// agreement changes what rests on it from its date. The default weights
// w_c, the coverage floor, the suspension factor and the gate scale k are
// documented with their reasons on [DefaultWeights] and [Params].
//
// Because L is a sum, it explains itself: an [Assessment] carries each
// channel's and each fact's contribution (value, weight, date, source),
// which add up to the score; its coverage (the weight of channels with
// evidence); the bound Max that the score could reach if the uncovered
// channels were fully exposed; and the parameters and methodology used.
// [Decompose] splits the change between two dates into channel
// contributions; [LeverageSeries] returns leverage over dates as an
// indicators.Indicator, so every trend function applies to it;
// [Sensitivity] gives the exact range of the score when each weight moves
// within ±50 %.
//
// Where the model departs from its sources: FBIC's sub-indicators,
// transforms and combination are not published (only its two prongs and
// its 0–1 scale are), so the gate's form g = V/(V+k) is this package's own
// and is anchored on a fixed scale k rather than FBIC's all-time maximum;
// salience is a strand's weight within its channel rather than Oneal's
// trade-to-GDP ratio, because that ratio exceeds 1 for open economies (so
// the channel weights, not the data, carry each channel's importance); and
// missing channels are neither imputed nor rescaled away — they lower
// coverage and widen the bound, and below the coverage floor no score is
// given.
//
// # Beside the score, never in it
//
// [CINC] computes material capability from the six National Material
// Components components (Singer, Bremer & Stuckey 1972). [Climate]
// computes the relationship's climate from events and grievances on the
// Goldstein (1992) conflict–cooperation scale. Neither changes the
// dependence score: a diplomatic spat is not a change in trade dependence.
//
// # Agreements and grievances
//
// An [Agreement] has parties, a kind, signature, entry into force and
// expiry, a standing history, and obligations typed after the Alliance
// Treaty Obligations and Provisions project (defence, offence, neutrality,
// non-aggression, consultation) plus basing, border protection and
// transit; [Mutual] and [Directed] obligations are distinct types.
// [InForce] answers which agreements bound a pair on a date. A [Grievance]
// has a claimant and a respondent, an issue, a Goldstein-scaled severity,
// the agreement or obligation it invokes, and an open or resolved status
// over time.
//
// # Scenarios
//
// A [Scenario] is a named list of steps (scale a share, remove or add a
// tie, suspend or shift a basis) applied to copies of actor values; its
// Run reports leverage and balance before and after and the contributions
// that moved.
//
// # Imports
//
// Package relations imports packages actors and indicators; neither
// imports it.
package relations
