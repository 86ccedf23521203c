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
// institutional channel: a stock the provider alone runs (share 1 from
// the day its first basis entered into force, derived from the fact that
// dates it), weighed within the channel by an analyst's salience, which
// the report prints as a judgement.
func institutional(holder, provider actors.ID, label, code, fact string, salience float64, why string, bases ...actors.Basis) actors.Tie {
	return actors.Tie{Channel: actors.Institutional, Provider: provider, Label: label,
		Share:    sole(holder, provider, bases[0], fact),
		Salience: judged(holder.String()+"."+provider.String()+"."+code+"-salience", "weight of "+label+" within the institutional channel", holder, provider, bases[0].History.Start().String(), salience, why),
		RestsOn:  bases}
}

// caseActors builds the twelve actors of the case, with their memberships
// and the ties of dependence the analysis uses.
func caseActors() []actors.Actor {
	state := func(id actors.ID, name, fact string) actors.Info {
		return actors.Info{ID: id, Kind: actors.State, Name: name, Codes: iso(id.String()), Source: cite(fact)}
	}
	// Saliences within the energy channel, on one basis: each source's
	// share of Armenia's total energy supply in 2020 (IEA).
	energySalience := func(code, label string, v float64, q indicators.Qualifier, src indicators.Provenance) indicators.Indicator {
		return series("ARM.RUS."+code+"-salience", label+" as a share of Armenia's total energy supply", indicators.Share, ARM, RUS, "",
			pt{at: "2020", v: v, q: q, src: src})
	}
	arm := state(ARM, "Armenia", "act-arm")
	arm.Memberships = []actors.Membership{armCSTO, armEAEU}
	base := []actors.Basis{agreementBasis("ARM-RUS-1995-base"), agreementBasis("ARM-RUS-2010-base-protocol")}
	arm.Ties = []actors.Tie{
		{Channel: actors.Trade, Provider: RUS, Label: "goods trade", Share: tradeShare},
		{Channel: actors.Energy, Provider: RUS, Label: "natural gas",
			Share: series("ARM.RUS.gas-share", "Russia's share of Armenia's gas supply", indicators.Share, ARM, RUS,
				"Armenia produces no gas, so its imports are its supply; Iran's swap gas is the rest. Iran is in the share already, so no substitutability is added on top.",
				pt{at: "2016", v: 0.80, q: indicators.Approx, fact: "ind-gas-share-2016", note: "share of gas consumed"},
				pt{at: "2022", v: 2.6 / 2.966, src: derived("2.6 of 2.966 bcm imported", "ind-gas-volume-2022")},
				pt{at: "2023", v: 0.825, rng: indicators.Interval{Low: 0.80, High: 0.85}, fact: "ind-gas-share-recent", note: "'80–85%' of imports; the range's middle as the value"}),
			Salience: energySalience("gas", "natural gas", 0.596, indicators.Stated, cite("ext-iea-armenia-2023")),
		},
		{Channel: actors.Energy, Provider: RUS, Label: "nuclear fuel (Metsamor)",
			Share: series("ARM.RUS.nuclear-fuel-share", "Russia's share of fuel for Armenia's nuclear plant", indicators.Share, ARM, RUS, "",
				pt{at: "2021", v: 1, fact: "ind-nuclear-share-2021", note: "the single reactor runs on Russian fuel (TVEL)"}),
			Salience: energySalience("nuclear", "nuclear power", 1-0.786-0.071, indicators.Approx,
				derived("domestic supply less renewables: 1 − 0.786 (imports) − 0.071 (renewables), 2020; Armenia produces no fossil fuel", "ext-iea-armenia-2023")),
		},
		{Channel: actors.Food, Provider: RUS, Label: "wheat imports",
			Share: series("ARM.RUS.wheat-share", "Russia's share of Armenia's wheat imports", indicators.Share, ARM, RUS, "",
				pt{at: "2023", v: 0.99, fact: "ind-wheat-2023-share", note: "343.6 thousand tonnes imported"})},
		{Channel: actors.Security, Provider: RUS, Label: "arms contracts", Share: armsContracts,
			Note: "contract shares stated by Armenia's Security Council; SIPRI deliveries are reported beside them"},
		{Channel: actors.Finance, Provider: RUS, Label: "transfers", Share: remittanceShare},
		{Channel: actors.Finance, Provider: RUS, Label: "direct investment", Share: fdiShare},
		institutional(ARM, RUS, "Russian 102nd base (Gyumri)", "base", "agr-base-1995", 0.40,
			"a base is the heaviest institutional lock-in: foreign forces on the territory under a 49-year term", base...),
		institutional(ARM, RUS, "Russian border guards on the Turkish and Iranian borders", "border-guards", "agr-border-guards-1992", 0.20,
			"border protection is a core state function left to the provider", agreementBasis("ARM-RUS-1992-border-guards")),
		institutional(ARM, RUS, "Russian border guards at Zvartnots airport", "guards-zvartnots", "agr-border-guards-1992", 0.05,
			"one post among several", guardsZvartnots),
		institutional(ARM, RUS, "Russian border guards at the Iran checkpoint", "guards-iran-checkpoint", "agr-border-guards-1992", 0.05,
			"one post among several", guardsIranCheckpoint),
		institutional(ARM, RUS, "membership in the Russian-led CSTO", "csto", "mem-csto-treaty", 0.20,
			"the alliance Russia leads, and Armenia's only collective-defence commitment", armCSTO.Basis()),
		institutional(ARM, RUS, "membership in the Russian-led EAEU", "eaeu", "mem-eaeu-member", 0.10,
			"a customs union whose tariff and rules Armenia cannot leave without cost", armEAEU.Basis()),
	}

	rus := state(RUS, "Russia", "act-rus")
	rus.Memberships = []actors.Membership{rusCSTO, rusEAEU}
	rus.Ties = []actors.Tie{
		{Channel: actors.Trade, Provider: ARM, Label: "goods trade", Share: armShareOfRussiaTrade},
		{Channel: actors.Transit, Provider: ARM, Label: "re-export route for sanctioned goods", Share: reexportShare, RestsOn: []actors.Basis{sanctions},
			Note: "The route exists because of Western sanctions: before them there was no such channel to depend on (ev-reexport-channel)."},
		// The base seen from Russia: its only base in Armenia, which exists
		// by Armenia's consent under the 1995 agreement and the 2010
		// protocol; the essay's "opportunity for Russia to project power in
		// the South Caucasus". No salience is recorded: it is Russia's one
		// institutional strand toward Armenia, so it weighs the whole
		// channel under the model's rule.
		{Channel: actors.Institutional, Provider: ARM, Label: "hosting of the Russian 102nd base (Gyumri)",
			Share: sole(RUS, ARM, base[0], "agr-base-1995"), RestsOn: base,
			Note: "Russia's power projection in the South Caucasus through the base depends on Armenia alone as host."},
	}

	aze := state(AZE, "Azerbaijan", "act-aze")
	aze.Ties = []actors.Tie{
		{Channel: actors.Trade, Provider: RUS, Label: "goods trade",
			Share: series("AZE.RUS.trade-share", "Russia's share of Azerbaijan's foreign trade", indicators.Share, AZE, RUS, "",
				pt{at: "2024-06", v: 0.10, fact: "ind-ru-az-trade-2024-growth", note: "January–June 2024, up from 8% (Turan)"})},
		{Channel: actors.Security, Provider: RUS, Label: "arms supply",
			Share: series("AZE.RUS.arms-share", "Russia's share of Azerbaijan's arms imports", indicators.Share, AZE, RUS, "SIPRI five-year windows, dated at the last year.",
				pt{at: "2019", v: 0.31, fact: "ext-sipri-aze-2015-19", note: "SIPRI 2015–19"},
				pt{at: "2020", v: 0.17, fact: "ind-arms-sipri-2016-20", note: "SIPRI 2016–20"})},
		institutional(AZE, RUS, "allied interaction with Russia", "allied-declaration", "agr-ru-az-allied-declaration", 0.5,
			"an allied-level commitment that allows mutual military assistance", agreementBasis("AZE-RUS-2022-allied-declaration")),
		institutional(AZE, RUS, "Russian peacekeepers in Karabakh", "peacekeepers", "agr-2020-trilateral", 0.5,
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
