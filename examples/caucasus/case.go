package main

import (
	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
)

// pt is one observation of a series of the case: its date, value,
// qualifier, the fact it comes from and a note. The date of a value that
// covers part of a year is the month its period ends ("2024-08" for
// January–August 2024), so that it counts from the end of that period and
// is never read as the whole year. A derived value or a judgement carries
// its own provenance in src (see derived and judgement) instead of a fact.
// A published range ("80–85 %") is rng, with v inside it.
type pt struct {
	at   string
	v    float64
	q    indicators.Qualifier
	fact string
	note string
	src  indicators.Provenance
	rng  indicators.Interval
}

// series builds an indicator of the case; every observation carries the
// provenance of its fact, and the series' own source is that of its first
// observation.
func series(code, name string, unit indicators.Unit, subject, counterpart actors.ID, note string, pts ...pt) indicators.Indicator {
	obs := make([]indicators.Observation, len(pts))
	for i, p := range pts {
		src := p.src
		if src.IsZero() {
			src = cite(p.fact)
		}
		obs[i] = indicators.Observation{At: date(p.at), Value: p.v, Qualifier: p.q, Range: p.rng, Source: src, Note: p.note}
	}
	info := indicators.Info{Code: code, Name: name, Unit: unit, Note: note, Source: obs[0].Source}
	if subject.IsValid() {
		info.Subject = subject.String()
	}
	if counterpart.IsValid() {
		info.Counterpart = counterpart.String()
	}
	return indicators.MustNew(info, obs...)
}

// judged builds a one-value share series that records an analyst's
// judgement, such as a strand's salience within its channel; its
// provenance says it is a judgement and why.
func judged(code, name string, subject, counterpart actors.ID, from string, v float64, why string) indicators.Indicator {
	src := judgement(why)
	return indicators.MustNew(indicators.Info{Code: code, Name: name, Unit: indicators.Share, Subject: subject.String(), Counterpart: counterpart.String(), Source: src},
		indicators.Observation{At: date(from), Value: v, Source: src})
}

// sole returns the share series of a stock the provider alone runs on the
// basis b (1 from b's entry into force), derived from the fact that dates
// the basis: the value 1 is a consequence of who runs the stock, not a
// figure any source publishes.
func sole(holder, provider actors.ID, b actors.Basis, fact string) indicators.Indicator {
	ind, err := actors.SoleShare(holder, provider, b, derived(provider.String()+" alone runs it, so its share is 1 from the day the basis entered into force", fact))
	if err != nil {
		panic("caucasus: " + err.Error())
	}
	return ind
}

// Trade turnover, one series per statistical basis: Armenian and Russian
// official figures differ by a few percent (2024: Armstat USD 12.40bn,
// Russian data USD 12.7bn), and a partial-year total is not a full-year
// one. No trend is computed across two bases.
var (
	// turnoverArmstat is Armenia–Russia goods turnover as published by
	// Armenia's statistical service or stated by Armenian officials from
	// its data, full years, USD.
	turnoverArmstat = series("ARM.RUS.trade-turnover.am", "Armenia–Russia goods turnover, Armenian statistics", indicators.USD, ARM, RUS,
		"Armenian statistics (Armstat), full years. Includes gold and diamonds in transit from Russia: in 2024 USD 6.9bn of the USD 9.2bn imported from Russia (ind-imports-from-ru-2024).",
		pt{at: "2019", v: 2.0e9, q: indicators.AtLeast, fact: "ind-trade-2019", note: "'exceeded' 2bn (Deputy PM Grigoryan)"},
		pt{at: "2022", v: 5.03e9, fact: "ind-trade-2022-growth", note: "+91.7% on 2021"},
		pt{at: "2024", v: 12.4016e9, fact: "ind-trade-2024-armstat", note: "Armstat: USD 12,401,604.4 thousand"},
	)
	// turnoverRussia is the same turnover as given by Russian officials
	// from Russian data, full years, USD.
	turnoverRussia = series("ARM.RUS.trade-turnover.ru", "Armenia–Russia goods turnover, Russian statistics", indicators.USD, ARM, RUS,
		"Russian officials' figures (Overchuk, Lavrov, Gonchar, Putin), full years.",
		pt{at: "2015", v: 1.3e9, q: indicators.Approx, fact: "ind-trade-2015", note: "Overchuk"},
		pt{at: "2017", v: 1.75e9, fact: "ind-trade-2017", note: "Lavrov"},
		pt{at: "2020", v: 2.3e9, fact: "ind-trade-2020-value", note: "Lavrov"},
		pt{at: "2022", v: 5.0e9, q: indicators.Approx, fact: "ind-trade-2022", note: "Gonchar (Russian MFA)"},
		pt{at: "2023", v: 7.4e9, fact: "ind-trade-2023", note: "Putin"},
		pt{at: "2024", v: 12.7e9, fact: "ind-trade-2024", note: "the Russian-data figure the same article gives beside Overchuk's 12.4"},
	)
	// turnoverJanAug is the January–August total, the only 2025 outturn.
	turnoverJanAug = series("ARM.RUS.trade-turnover.jan-aug", "Armenia–Russia goods turnover, January–August, Armenian statistics", indicators.USD, ARM, RUS,
		"Partial year: not comparable with the full-year series.",
		pt{at: "2025-08", v: 4.5e9, q: indicators.Approx, fact: "ind-trade-2025-jan-aug", note: "January–August 2025; gold re-exports had ended"},
	)
	// tradeShare is Russia's share of Armenia's foreign trade, the trade
	// strand of the model.
	tradeShare = series("ARM.RUS.trade-share", "Russia's share of Armenia's foreign trade", indicators.Share, ARM, RUS,
		"Full-year shares, and the January–June share for 2025. The January–August 2024 share (41.4%) is left out: that year 75% of imports from Russia were gold and gems in transit (ind-imports-from-ru-2024), which is re-export, not dependence.",
		pt{at: "2019", v: 0.27, fact: "ind-ru-share-am-trade-2019"},
		pt{at: "2021", v: 0.33, q: indicators.Approx, fact: "ind-ru-share-am-trade-2021", note: "'virtually a third'"},
		pt{at: "2023", v: 0.35, q: indicators.AtLeast, fact: "ind-ru-share-am-trade-2023-full", note: "'more than 35%'"},
		pt{at: "2025-06", v: 0.35, q: indicators.AtLeast, fact: "ind-ru-share-am-trade-2025h1", note: "January–June 2025, 'over 35%', after gold re-exports collapsed"},
	)
	// armsContracts is Russia's share of Armenia's arms contracts as
	// stated by Armenia's Security Council secretary: the security strand.
	armsContracts = series("ARM.RUS.arms-contracts", "Russia's share of Armenia's arms contracts", indicators.Share, ARM, RUS,
		"Armenian Security Council statements (about March 2024): 96% of military-technical cooperation in 2020, about 10% of the contracts signed from early 2021, dated at the end of that period (2024). Contracts, not deliveries: see the SIPRI series.",
		pt{at: "2020", v: 0.96, fact: "ind-arms-contracts-2020"},
		pt{at: "2024", v: 0.10, q: indicators.Approx, fact: "ind-arms-contracts-2021-24", note: "contracts signed 2021–2024"},
	)
	// armsDeliveries is Russia's share of Armenia's major-arms imports in
	// SIPRI's five-year windows, dated at each window's last year.
	armsDeliveries = series("ARM.RUS.arms-sipri", "Russia's share of Armenia's major-arms imports (SIPRI, five-year windows)", indicators.Share, ARM, RUS,
		"SIPRI trend-indicator values over five-year windows, dated at the last year; 2019–23 and 2020–24 windows not found in the sources consulted.",
		pt{at: "2017", v: 1.00, fact: "ext-sipri-2013-17", note: "2013–17"},
		pt{at: "2019", v: 0.94, fact: "ind-arms-sipri-2015-19", note: "2015–19"},
		pt{at: "2020", v: 0.94, fact: "ind-arms-sipri-2016-20", note: "2016–20"},
	)
	// remittancesBroad is transfers from Russia in the CBA's broader
	// series (2014–2016).
	remittancesBroad = series("ARM.RUS.transfers.broad", "Transfers to Armenia from Russia, CBA broader series", indicators.USD, ARM, RUS,
		"Central Bank of Armenia, all transfers from Russia (broader than the non-commercial series).",
		pt{at: "2014", v: 1.5549e9, fact: "ind-remit-ru-2016"},
		pt{at: "2015", v: 1.0086e9, fact: "ind-remit-ru-2016"},
		pt{at: "2016", v: 0.8969e9, fact: "ind-remit-ru-2016"},
	)
	// remittancesCommercial is transfers from Russia from 2022, which
	// include commercial transfers of relocated Russians and re-export
	// payments: a series of its own.
	remittancesCommercial = series("ARM.RUS.transfers.with-commercial", "Transfers to Armenia from Russia, including commercial transfers", indicators.USD, ARM, RUS,
		"From 2022 the CBA's figures include commercial transfers (relocated Russians, re-export payments).",
		pt{at: "2022", v: 3.6e9, q: indicators.Approx, fact: "ind-remit-ru-2022", note: "'almost 3.6bn'"},
		pt{at: "2023", v: 4.7e9, fact: "ind-remit-ru-2023"},
	)
	// remittanceShare is Russia's share of transfers to Armenia on the
	// 2022 basis (commercial transfers included): the finance strand.
	remittanceShare = series("ARM.RUS.remittance-share", "Russia's share of transfers to Armenia (commercial included)", indicators.Share, ARM, RUS,
		"One basis: transfers including commercial ones, from 2022. The 2015 non-commercial share (76%, ind-remit-ru-2015) is another series and is not mixed in.",
		pt{at: "2022", v: 3.6 / 5.2, q: indicators.Approx, src: derived("3.6 of 5.2 USD bn", "ind-remit-ru-2022", "ind-remit-total-2022")},
		pt{at: "2023", v: 4.7 / 5.7, src: derived("4.7 of 5.7 USD bn", "ind-remit-ru-2023", "ind-remit-total-2023")},
		pt{at: "2024-06", v: 2.0 / 3, q: indicators.Approx, fact: "ind-remit-total-2024h1", note: "January–June 2024, 'about two-thirds'"},
	)
	// fdiShare is Russia's share of the direct investment accumulated in
	// Armenia: the second finance strand.
	fdiShare = series("ARM.RUS.fdi-share", "Russia's share of foreign direct investment accumulated in Armenia", indicators.Share, ARM, RUS,
		"Armenian statistics via ArmInfo: more than 47% of gross FDI, 1988 to 31 March 2016. No later share was found; Russia's stock was about USD 4bn in October 2024 (ind-ru-fdi-stock-2024), with no total to divide by.",
		pt{at: "2016-03", v: 0.47, q: indicators.AtLeast, fact: "ext-arminfo-fdi-2016", note: "1988 to March 2016"},
	)
	// fdiStock is Russia's accumulated investment in Armenia, USD.
	fdiStock = series("ARM.RUS.fdi-stock", "Russian investment accumulated in Armenia", indicators.USD, ARM, RUS, "",
		pt{at: "2016-03", v: 4.2e9, q: indicators.AtLeast, fact: "ext-arminfo-fdi-2016", note: "gross, 1988 to March 2016, of which FDI USD 3.2bn"},
		pt{at: "2024-10", v: 4.0e9, q: indicators.Approx, fact: "ind-ru-fdi-stock-2024", note: "Putin, 8 October 2024"},
	)
	// opinion is the share of Armenians rating relations with Russia good
	// (IRI polls), dated at the month fieldwork ended.
	opinion = series("ARM.RUS.opinion-good", "Armenians rating relations with Russia good (IRI)", indicators.Share, ARM, RUS,
		"International Republican Institute polls of Armenia, share answering 'good' or 'very good'; dated at the month fieldwork ended. The 2020 MPG/Gallup poll is another pollster and question and is left out.",
		pt{at: "2018-08", v: 0.87, fact: "ind-op-good-2018-08"},
		pt{at: "2019-05", v: 0.88, fact: "ind-op-good-2019"},
		pt{at: "2021-12", v: 0.64, fact: "ind-op-good-2021", note: "fieldwork 22 Nov – 5 Dec 2021"},
		pt{at: "2023-03", v: 0.50, fact: "ind-op-good-2023q1", note: "fieldwork January–March 2023"},
		pt{at: "2023-12", v: 0.31, fact: "ind-op-good-2023-12"},
		pt{at: "2024-09", v: 0.35, fact: "ind-op-good-2024-09", note: "fieldwork 13–25 September 2024"},
		pt{at: "2025", v: 0.42, fact: "ind-op-good-2025", note: "8% very + 34% somewhat good"},
	)
	// ruAzTurnover is Russia–Azerbaijan goods turnover, full years, USD.
	ruAzTurnover = series("AZE.RUS.trade-turnover", "Azerbaijan–Russia goods turnover", indicators.USD, AZE, RUS,
		"Full years; January–November 2021 (USD 2.9bn, ind-ru-az-trade-2021-jan-nov) is a partial year and left out.",
		pt{at: "2022", v: 4.17e9, fact: "ind-ru-az-trade-2022"},
		pt{at: "2023", v: 4.4e9, fact: "ind-ru-az-trade-2023"},
		pt{at: "2025", v: 5.0e9, q: indicators.Approx, fact: "ind-ru-az-trade-2025", note: "'almost 5bn'"},
	)
)

// The Russian side's shares, derived from the bilateral figures and
// Russia's totals as published by its customs service, all on Russian
// statistics.
var (
	// armShareOfRussiaTrade is Armenia's share of Russia's foreign trade.
	armShareOfRussiaTrade = series("RUS.ARM.trade-share", "Armenia's share of Russia's foreign trade", indicators.Share, RUS, ARM,
		"Derived: Russian-side Armenia–Russia turnover over Russia's total turnover (Federal Customs Service).",
		pt{at: "2020", v: 2.3 / 570, q: indicators.Approx, src: derived("2.3 / about 570 USD bn", "ind-trade-2020-value", "ext-fcs-2020")},
		pt{at: "2022", v: 5.0 / (592.5 + 255.3), q: indicators.Approx, src: derived("about 5.0 / 847.8 USD bn", "ind-trade-2022", "ext-fcs-2023")},
		pt{at: "2023", v: 7.4 / (425.1 + 285.1), src: derived("7.4 / 710.2 USD bn", "ind-trade-2023", "ext-fcs-2023")},
	)
	// reexportShare is the weight of the Armenian route in what Russia
	// imports: between the named re-export items (telecom devices and
	// cars, a lower bound) and all Armenian exports to Russia (an upper
	// bound), over Russia's imports.
	reexportShare = series("RUS.ARM.reexport-share", "Re-exports through Armenia as a share of Russia's imports", indicators.Share, RUS, ARM,
		"Derived. 2023: at least the two named re-export items (telecom devices USD 0.499bn, cars 0.378bn), at most all Armenian exports to Russia (3.4bn), over Russia's imports (285.1bn). 2022: at most all exports (2.411bn) over imports (255.3bn). The facts file's '6–7% of re-exports entering Russia' is unattributed (UNVERIFIED) and left out.",
		pt{at: "2022", v: 2.411 / 255.3, q: indicators.AtMost, src: derived("at most 2.411 / 255.3 USD bn (all exports to Russia over Russia's imports)", "ind-exports-to-ru-2022", "ext-fcs-2023")},
		pt{at: "2023", v: (0.499 + 0.378) / 285.1, q: indicators.AtLeast, rng: indicators.Interval{Low: (0.499 + 0.378) / 285.1, High: 3.4 / 285.1},
			src: derived("(0.499 + 0.378) / 285.1 USD bn, up to 3.4 / 285.1", "ind-reexport-telecom-2023", "ind-reexport-cars-2023", "ind-exports-to-ru-2023", "ext-fcs-2023")},
	)
)
