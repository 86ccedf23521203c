package main

import (
	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
)

// iso returns the ISO 3166-1 alpha-3 code of a state.
func iso(code string) []actors.Code {
	return []actors.Code{{Scheme: actors.ISO3166Alpha3, Value: code}}
}

// history is a shorthand for a standing history.
func history(changes ...actors.Transition) actors.History { return changes }

func change(on string, to actors.Standing, fact string) actors.Transition {
	return actors.Transition{On: date(on), To: to, Source: cite(fact)}
}

// Memberships of the case.
var (
	armCSTO = actors.Membership{Org: CSTO, Source: cite("mem-csto-treaty"),
		Note: "A signatory of the Collective Security Treaty (1992-05-15, in force 1994-04-20), from which the CSTO was chartered in 2002; participation frozen from 2024-02-22, 'at all levels' by September 2024, with no formal withdrawal recorded.",
		History: history(
			change("1994-04-20", actors.Active, "mem-csto-treaty"),
			change("2024-02-22", actors.Suspended, "ev-csto-freeze-announced"),
		)}
	armEAEU = actors.Membership{Org: EAEU, Source: cite("mem-eaeu-member"),
		History: history(change("2015-01-02", actors.Active, "mem-eaeu-member"))}
	rusCSTO = actors.Membership{Org: CSTO, Source: cite("act-csto"),
		History: history(change("2002-10-07", actors.Active, "act-csto"))}
	rusEAEU = actors.Membership{Org: EAEU, Source: cite("act-eaeu"),
		History: history(change("2015-01-01", actors.Active, "act-eaeu"))}
)

// agreementBasis returns the basis built from the agreement of the case's
// catalog with the given ID, so that a tie and the agreement it rests on
// share one history.
func agreementBasis(id string) actors.Basis {
	for _, a := range agreements() {
		if a.ID == id {
			return a.Basis()
		}
	}
	panic("caucasus: no agreement " + id)
}

// Bases that ties rest on and that no agreement of the case carries as a
// whole: border posts with their own end dates, the peacekeeping
// deployment, and a condition.
var (
	guardsZvartnots = actors.Basis{Kind: actors.AgreementBasis, Ref: "ARM-RUS-1992-border-guards/zvartnots", Title: "border-guard post at Zvartnots airport",
		History: history(
			change("1992-09-30", actors.Active, "agr-border-guards-1992"),
			change("2024-07-31", actors.Ended, "ev-border-guards-zvartnots-exit"),
		)}
	guardsIranCheckpoint = actors.Basis{Kind: actors.AgreementBasis, Ref: "ARM-RUS-1992-border-guards/iran-checkpoint", Title: "border-guard post at the Armenia–Iran checkpoint",
		History: history(
			change("1992-09-30", actors.Active, "agr-border-guards-1992"),
			change("2025-01-01", actors.Ended, "ev-border-guards-iran-checkpoint"),
		)}
	sanctions = actors.Basis{Kind: actors.ConditionBasis, Ref: "western-sanctions-on-russia", Title: "Western sanctions on Russia since 2022",
		History: history(change("2022-02", actors.Active, "ev-reexport-channel"))}
	peacekeeping = actors.Basis{Kind: actors.AgreementBasis, Ref: "ARM-AZE-RUS-2020-statement/peacekeepers", Title: "Russian peacekeeping contingent under the 2020 statement",
		History: history(
			change("2020-11-10", actors.Active, "agr-2020-trilateral"),
			change("2024-04-17", actors.Ended, "ev-2024-04-peacekeepers-exit"),
		)}
)

// institutional returns a tie of holder toward provider in the
// institutional channel: a stock run by the provider alone (share 1 from
// its start), weighed within the channel by an analyst's salience.
func institutional(holder, provider actors.ID, label, code, from, fact string, salience float64, why string, bases ...actors.Basis) actors.Tie {
	return actors.Tie{Channel: actors.Institutional, Provider: provider, Label: label,
		Share:    constant(holder.String()+"."+provider.String()+"."+code, label, holder, provider, from, 1, cite(fact)),
		Salience: judged(holder.String()+"."+provider.String()+"."+code+"-salience", "weight of "+label+" within the institutional channel", holder, provider, from, salience, why),
		RestsOn:  bases}
}

// caseActors builds the twelve actors of the case, with their memberships
// and the ties of dependence the analysis uses.
func caseActors() []actors.Actor {
	state := func(id actors.ID, name, fact string) actors.Info {
		return actors.Info{ID: id, Kind: actors.State, Name: name, Codes: iso(id.String()), Source: cite(fact)}
	}
	arm := state(ARM, "Armenia", "act-arm")
	arm.Memberships = []actors.Membership{armCSTO, armEAEU}
	arm.Ties = []actors.Tie{
		{Channel: actors.Trade, Provider: RUS, Label: "goods trade", Share: tradeShare, Volume: turnover},
		{Channel: actors.Energy, Provider: RUS, Label: "natural gas",
			Share: series("ARM.RUS.gas-share", "Russia's share of Armenia's gas supply", indicators.Share, ARM, RUS, "",
				pt{"2016", 0.80, indicators.Approx, "ind-gas-share-2016", "share of gas consumed"},
				pt{"2022", 2.6 / 2.966, indicators.Approx, "ind-gas-volume-2022", "2.6 of 2.966 bcm imported (derived in the facts file: about 88%)"},
				pt{"2023", 0.80, indicators.AtLeast, "ind-gas-share-recent", "lower bound of '80–85%' of imports"}),
			Salience: judged("ARM.RUS.gas-salience", "weight of gas within Armenia's energy supply", ARM, RUS, "2019", 0.75,
				"derived from two facts: Russian gas is about 60% of Armenia's energy use (ind-gas-volume-2019) and about 80% of its gas (ind-gas-share-2016), so gas is about 75% of energy use"),
			Substitutability: series("ARM.RUS.gas-substitute", "Iranian gas as a share of Russian gas supply", indicators.Share, ARM, RUS,
				"The Iranian gas-for-electricity swap is the documented alternative supply.",
				pt{"2022", 0.366 / 2.6, indicators.Approx, "ind-gas-volume-2022", "0.366 bcm from Iran against 2.6 bcm from Russia"}),
		},
		{Channel: actors.Energy, Provider: RUS, Label: "nuclear fuel (Metsamor)",
			Share: series("ARM.RUS.nuclear-fuel-share", "Russia's share of fuel for Armenia's nuclear plant", indicators.Share, ARM, RUS, "",
				pt{"2021", 1, indicators.Stated, "ind-nuclear-share-2021", "the single reactor runs on Russian fuel (TVEL)"}),
			Salience: judged("ARM.RUS.nuclear-salience", "weight of nuclear power within Armenia's energy supply", ARM, RUS, "2021", 0.25,
				"the plant's share of electricity generation in 2021, about a quarter (ind-nuclear-share-2021), taken as its weight"),
		},
		{Channel: actors.Food, Provider: RUS, Label: "wheat imports",
			Share: series("ARM.RUS.wheat-share", "Russia's share of Armenia's wheat imports", indicators.Share, ARM, RUS, "",
				pt{"2023", 0.99, indicators.Stated, "ind-wheat-2023-share", "343.6 thousand tonnes imported"})},
		{Channel: actors.Security, Provider: RUS, Label: "arms supply", Share: armsShare},
		{Channel: actors.Finance, Provider: RUS, Label: "remittances",
			Share: series("ARM.RUS.remittance-share", "Russia's share of private transfers to Armenia", indicators.Share, ARM, RUS,
				"Shares of the transfer inflow; from 2022 the flows include commercial transfers.",
				pt{"2015", 0.76, indicators.Approx, "ind-remit-ru-2015", "non-commercial transfers"},
				pt{"2022", 3.6 / 5.2, indicators.Approx, "ind-remit-ru-2022", "3.6 of 5.2 USD bn (total: ind-remit-total-2022)"},
				pt{"2023", 4.7 / 5.7, indicators.Approx, "ind-remit-ru-2023", "4.7 of 5.7 USD bn (total: ind-remit-total-2023)"},
				pt{"2024-06", 2.0 / 3, indicators.Approx, "ind-remit-total-2024h1", "January–June 2024, 'almost two-thirds'"})},
		institutional(ARM, RUS, "Russian 102nd base (Gyumri)", "base", "1994-09-01", "agr-base-102-founded", 0.40,
			"a base is the heaviest institutional lock-in: foreign forces on the territory under a 49-year term",
			agreementBasis("ARM-RUS-1995-base"), agreementBasis("ARM-RUS-2010-base-protocol")),
		institutional(ARM, RUS, "Russian border guards on the Turkish and Iranian borders", "border-guards", "1992-09-30", "agr-border-guards-1992", 0.20,
			"border protection is a core state function left to the provider", agreementBasis("ARM-RUS-1992-border-guards")),
		institutional(ARM, RUS, "Russian border guards at Zvartnots airport", "guards-zvartnots", "1992-09-30", "agr-border-guards-1992", 0.05,
			"one post among several", guardsZvartnots),
		institutional(ARM, RUS, "Russian border guards at the Iran checkpoint", "guards-iran-checkpoint", "1992-09-30", "agr-border-guards-1992", 0.05,
			"one post among several", guardsIranCheckpoint),
		institutional(ARM, RUS, "membership in the Russian-led CSTO", "csto", "2002-10-07", "act-csto", 0.20,
			"the alliance Russia leads, and Armenia's only collective-defence commitment", armCSTO.Basis()),
		institutional(ARM, RUS, "membership in the Russian-led EAEU", "eaeu", "2015-01-01", "act-eaeu", 0.10,
			"a customs union whose tariff and rules Armenia cannot leave without cost", armEAEU.Basis()),
	}

	rus := state(RUS, "Russia", "act-rus")
	rus.Memberships = []actors.Membership{rusCSTO, rusEAEU}
	rus.Ties = []actors.Tie{
		{Channel: actors.Trade, Provider: ARM, Label: "goods trade", Share: armShareOfRussiaTrade, Volume: turnover},
		{Channel: actors.Transit, Provider: ARM, Label: "re-export route for sanctioned goods", Share: reexportShare, RestsOn: []actors.Basis{sanctions},
			Note: "The route exists because of Western sanctions: before them there was no such channel to depend on."},
		{Channel: actors.Institutional, Provider: ARM, Label: "Armenian bases or Armenian-led blocs",
			Share: constant("RUS.ARM.institutional", "Russia's institutional lock-in by Armenia", RUS, ARM, "1992", 0,
				judgement("Armenia keeps no forces in Russia and leads no bloc Russia belongs to: the blocs of the case are Russian-led (act-csto, act-eaeu) and the only foreign base is Russia's (agr-base-102-founded)"))},
	}

	aze := state(AZE, "Azerbaijan", "act-aze")
	aze.Ties = []actors.Tie{
		{Channel: actors.Trade, Provider: RUS, Label: "goods trade", Volume: ruAzTurnover,
			Share: series("AZE.RUS.trade-share", "Russia's share of Azerbaijan's foreign trade", indicators.Share, AZE, RUS, "",
				pt{"2024-06", 0.10, indicators.Stated, "ind-ru-az-trade-2024-growth", "January–June 2024, up from 8% (Turan)"})},
		{Channel: actors.Security, Provider: RUS, Label: "arms supply",
			Share: series("AZE.RUS.arms-share", "Russia's share of Azerbaijan's arms imports", indicators.Share, AZE, RUS, "SIPRI five-year windows, dated at the last year.",
				pt{"2019", 0.31, indicators.Stated, "ext-sipri-aze-2015-19", "SIPRI 2015–19"},
				pt{"2020", 0.17, indicators.Stated, "ind-arms-sipri-2016-20", "SIPRI 2016–20"})},
		institutional(AZE, RUS, "allied interaction with Russia", "allied-declaration", "2022-02-22", "agr-ru-az-allied-declaration", 0.5,
			"an allied-level commitment that allows mutual military assistance", agreementBasis("AZE-RUS-2022-allied-declaration")),
		institutional(AZE, RUS, "Russian peacekeepers in Karabakh", "peacekeepers", "2020-11-10", "agr-2020-trilateral", 0.5,
			"about 2,000 Russian troops on territory Azerbaijan claims", peacekeeping),
	}

	org := func(id actors.ID, kind actors.Kind, name, fact, from string) actors.Info {
		info := actors.Info{ID: id, Kind: kind, Name: name, Source: cite(fact)}
		if from != "" {
			info.Lifespan = indicators.OpenPeriod(date(from))
		}
		return info
	}
	infos := []actors.Info{
		arm, rus, aze,
		state(GEO, "Georgia", "act-geo"),
		state(TUR, "Turkey", "act-tur"),
		state(IRN, "Iran", "act-irn"),
		state(USA, "United States", "act-usa"),
		org(EU, actors.Union, "European Union", "act-eu", ""),
		state(FRA, "France", "act-fra"),
		state(IND, "India", "act-ind"),
		org(CSTO, actors.Alliance, "Collective Security Treaty Organization", "act-csto", "2002-10-07"),
		org(EAEU, actors.EconomicUnion, "Eurasian Economic Union", "act-eaeu", "2015-01-01"),
	}
	out := make([]actors.Actor, len(infos))
	for i, info := range infos {
		out[i] = actors.MustNew(info)
	}
	return out
}
