// Package relations models what lies between actors — agreements with
// their obligations, grievances, events — and computes the analytics of a
// pair: leverage, its balance, the relationship's climate, capability
// beside them, and scenarios.
//
//	a, err := relations.Leverage(russia, armenia, relations.AsOf(indicators.YearDate(2025)),
//		relations.WithWeight(actors.Food, 0.15), relations.WithWeight(actors.Finance, 0.05))
//	if errors.Is(err, relations.ErrCoverage) { /* too little evidence to score */ }
//	fmt.Println(a)                    // score, band, coverage, each channel's facts and contributions
//	s, err := relations.LeverageSeries(russia, armenia, years, relations.ConstantBasis())
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
// The model (methodology [Methodology], "bilateral-leverage/2") follows
// the dependence literature: power of A over B is B's dependence on A
// (Emerson 1962), which matters as vulnerability — what B could not
// replace — more than as sensitivity (Keohane & Nye 1977); it is measured
// channel by channel on shares (Hirschman 1945; Barbieri 1996). For each
// tie i of the target toward the holder in channel c, as of the
// assessment date:
//
//	eᵢ  = ŝᵢ · fᵢ · shareᵢ · (1 − σᵢ)     exposure of one strand
//	V_c = min(1, Σᵢ eᵢ)                  exposure of the channel, in [0, 1]
//	L   = Σ_c w_c · V_c                  leverage, in [0, 1]
//
// shareᵢ is the holder's share of what the target gets through the
// strand; σᵢ how far the target could replace the holder (0 when not
// recorded); ŝᵢ the strand's salience within its channel — recorded, or,
// when not, the least salience recorded for a strand of the channel in
// force with evidence, or 1/n when none is (n strands in force with
// evidence share the channel equally), so that a missing salience never
// weighs more than a recorded one; fᵢ is 1 while the tie's best basis
// (agreement, membership, condition) is in force, Params.Suspended while
// it is suspended or frozen, and 0 after it ends or before it begins, so
// a frozen membership changes what rests on it from its date, and a tie
// not in force adds nothing and takes no part in the assumed saliences.
// L is non-decreasing in every share and salience, non-increasing in
// every substitutability, continuous in each, and a sum: every
// [Assessment] carries each channel's and each fact's contribution
// (w_c·eᵢ, scaled by 1/Σᵢ eᵢ in a channel whose exposures exceed 1), which
// add up to the score.
//
// Time. An observation counts from the end of the period it covers (a
// year from its 31 December, a month from its last day: no look-ahead;
// the rule is indicators.Indicator.AsOf's), and under KnownAt only from
// its recorded date. Shares of flow channels older than Params.MaxAge
// years are treated as missing; institutional shares are stocks, and
// saliences and substitutabilities are judgements: they do not age.
//
// Evidence and refusals. A fact has evidence when its share is known as
// of the date or its basis has ended or not begun (evidence of no
// dependence). A salience that the confidence filter leaves out (below
// Params.MinConfidence, or a judgement when only verified values are
// asked for) leaves its strand without evidence rather than at the
// default salience: the strand never takes a weight higher than the one
// left out. (Strands without a recorded salience read the least one
// recorded in their channel, so dropping a strand's evidence can still
// change their assumed weight.) Coverage is the weight of the channels with evidence;
// uncovered channels add nothing, and Max is the score if they were fully
// exposed. Below Params.CoverageFloor no score is given ([ErrCoverage]).
// The floor and ageing out are the model's only discontinuities in its
// inputs (a share counts in full up to its last year and not at all after
// it; coverage meets the floor within 1e-9, so a floor of 1 is met by
// full coverage).
//
// Defaults, each a judgement with its reason: the channel weights
// ([DefaultWeights]: trade 0.20, energy 0.15, food 0.10, security 0.20,
// finance 0.10, transit 0.10, institutional 0.15, the economic and
// security groups close to the Lowy Institute's balance; OECD/JRC
// Handbook, Nardo et al. 2008, on weights as value judgements; no weight
// above [MaxWeight] 0.5, after Munda 2005); CoverageFloor 0.25, above any
// single default weight, so that no score rests on one channel; Suspended
// 0.5, halfway between in force and ended; MaxAge 5 years, a SIPRI
// window; MinConfidence single-source, so unverified values stay out.
//
// Uncertainty. [Sensitivity] gives the exact range of the score when each
// weight moves within ±50 % (a linear programme solved greedily), and
// whether some such weighting would drop coverage below the floor
// ([Range.Refuses]). [Assessment.Band] gives the exact range when every
// fact moves within its bounds — a published range, or what its qualifier
// allows ("≥ 80 %" up to 100 %, "~" ±10 %) — and the suspension factor
// within ±50 %. A [BalanceResult]'s Uncertainty combines all of them with
// the uncovered channels, and its sign is called certain only when it
// holds over that whole range and no weighting refuses a side.
//
// Over time. [LeverageSeries] returns a [Series]: the scores as an
// indicators.Indicator, so every trend function applies, with every
// assessment and its [Composition] (the strands with evidence). A change
// of composition is flagged (Series.Changes, [SeriesTrend]): such a series
// moves partly because evidence appeared or went, and gets no significance
// test. [ConstantBasis] holds it on the strands with evidence at every
// date, [OnBasis] on strands the caller fixes. [Decompose] splits the
// change between two dates into channel contributions.
//
// Where the model departs from its sources. There is no volume gate. The
// Formal Bilateral Influence Capacity index (Moyer, Sweijs, Burrows & Van
// Manen 2018; Moyer et al. 2021) multiplies dependence by a bandwidth
// built from the logarithm of total bilateral trade normalised against
// all dyads, and measures trade dependence as bilateral trade over the
// target's GDP (as Oneal and Russett do); its bandwidth is relative to a
// fixed all-dyad reference and its dependence to the target's economy.
// Version 1's gate V/(V+k), with k a fixed USD 1bn, was neither: it gave a
// USD 2bn flow the same weight between giants as between microstates,
// changed from 0.925 to 0.012 when a flow was entered in thousands, and
// multiplied stock channels such as bases and memberships. A gate that
// meets those rules needs the target's GDP and an all-dyad reference on
// each date, which the two actor values this package reads do not carry;
// rather than keep a gate that breaks them, version 2 scores dependence
// alone. Shares are already relative to the target's own totals (Oneal–
// Russett's trade/GDP is the partner share times the target's openness,
// Gartzke & Li 2003), so what the score leaves out is openness: compare
// scores across targets of very different openness with that in mind.
// Salience is a strand's weight within its channel rather than Oneal's
// trade-to-GDP ratio, which exceeds 1 for open economies (the channel
// weights, not the data, carry each channel's importance). Missing
// channels are neither imputed nor rescaled away: they lower coverage and
// widen Max, and below the floor no score is given.
//
// # Beside the score, never in it
//
// [CINC] computes material capability from the six National Material
// Capabilities components (Singer, Bremer & Stuckey 1972). [Climate]
// computes the relationship's climate from events and grievances on the
// Goldstein (1992) conflict–cooperation scale; it takes [AsOf] and
// [WithClimateParams] and rejects the leverage options, which in turn
// reject WithClimateParams. Neither changes the
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
