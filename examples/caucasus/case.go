package main

import (
	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
)

// pt is one observation of a series of the case: its date, value,
// qualifier, the fact it comes from and a note.
type pt struct {
	at   string
	v    float64
	q    indicators.Qualifier
	fact string
	note string
}

// series builds an indicator of the case; every observation carries the
// provenance of its fact, and the series' own source is that of its first
// observation.
func series(code, name string, unit indicators.Unit, subject, counterpart actors.ID, note string, pts ...pt) indicators.Indicator {
	obs := make([]indicators.Observation, len(pts))
	for i, p := range pts {
		obs[i] = indicators.Observation{At: date(p.at), Value: p.v, Qualifier: p.q, Source: cite(p.fact), Note: p.note}
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

// constant builds a structural share that holds from a date on, for a
// stock such as a base or a bloc: 1 when the provider runs it alone.
func constant(code, name string, subject, counterpart actors.ID, from string, v float64, src indicators.Provenance) indicators.Indicator {
	return indicators.MustNew(indicators.Info{Code: code, Name: name, Unit: indicators.Share, Subject: subject.String(), Counterpart: counterpart.String(), Source: src},
		indicators.Observation{At: date(from), Value: v})
}

// judged builds a one-value share series that records an analyst's
// judgement, such as a strand's salience within its channel.
func judged(code, name string, subject, counterpart actors.ID, from string, v float64, why string) indicators.Indicator {
	return constant(code, name, subject, counterpart, from, v, judgement(why))
}

// The headline series of the case.
var (
	// turnover is Armenia–Russia goods trade turnover, USD per year.
	turnover = series("ARM.RUS.trade-turnover", "Armenia–Russia goods trade turnover", indicators.USD, ARM, RUS,
		"Armenian and Russian official figures as reported; bases differ by up to a few percent (2024: Armstat 12.4, Russian data 12.7).",
		pt{"2015", 1.3e9, indicators.Approx, "ind-trade-2015", ""},
		pt{"2017", 1.75e9, indicators.Stated, "ind-trade-2017", "Russian-side figure"},
		pt{"2019", 2.0e9, indicators.AtLeast, "ind-trade-2019", "'exceeded' 2 bn"},
		pt{"2020", 2.3e9, indicators.Stated, "ind-trade-2020-value", "Russian-side figure"},
		pt{"2021", 2.5e9, indicators.Stated, "ind-trade-2021", "given only by the essay"},
		pt{"2022", 5.0e9, indicators.Approx, "ind-trade-2022", ""},
		pt{"2023", 7.4e9, indicators.Stated, "ind-trade-2023", ""},
		pt{"2024", 12.4e9, indicators.Stated, "ind-trade-2024", "Armstat: 12,401.6 m"},
	)
	// tradeShare is Russia's share of Armenia's foreign trade.
	tradeShare = series("ARM.RUS.trade-share", "Russia's share of Armenia's foreign trade", indicators.Share, ARM, RUS,
		"Full-year shares, and cumulative January-to-month shares where the full year is not published.",
		pt{"2019", 0.27, indicators.Stated, "ind-ru-share-am-trade-2019", ""},
		pt{"2021", 0.33, indicators.Approx, "ind-ru-share-am-trade-2021", "'virtually a third'"},
		pt{"2023", 0.35, indicators.AtLeast, "ind-ru-share-am-trade-2023-full", "'more than 35%'"},
		pt{"2024-08", 0.414, indicators.Stated, "ind-ru-share-am-trade-2024", "January–August 2024"},
		pt{"2025-06", 0.35, indicators.AtLeast, "ind-ru-share-am-trade-2025h1", "January–June 2025, 'over 35%'"},
	)
	// armsShare is Russia's share of Armenia's arms supply.
	armsShare = series("ARM.RUS.arms-share", "Russia's share of Armenia's arms supply", indicators.Share, ARM, RUS,
		"SIPRI five-year delivery shares (dated at the window's last year) until 2020; from 2021 the share of new contracts stated by Armenia's Security Council secretary, and the essay's '<10%' for 2025. The measures differ: deliveries lag contracts.",
		pt{"2017", 1.00, indicators.Stated, "ext-sipri-2013-17", "SIPRI 2013–17 window"},
		pt{"2019", 0.94, indicators.Stated, "ind-arms-sipri-2015-19", "SIPRI 2015–19 window"},
		pt{"2020", 0.94, indicators.Stated, "ind-arms-sipri-2016-20", "SIPRI 2016–20 window"},
		pt{"2024", 0.10, indicators.Approx, "ind-arms-contracts-2021-24", "share of new contracts since early 2021"},
		pt{"2025", 0.10, indicators.AtMost, "ind-arms-seed-2025", "essay: below 10% as of 2025"},
	)
	// remittances is the inflow of private transfers from Russia, USD.
	remittances = series("ARM.RUS.remittances", "Transfers to Armenia from Russia", indicators.USD, ARM, RUS,
		"Central Bank of Armenia data as reported. 2014–2016 are the broader transfer series; from 2022 the flows include commercial transfers of relocated Russians and re-export payments, so the series breaks in 2022.",
		pt{"2014", 1.5549e9, indicators.Stated, "ind-remit-ru-2016", "broader CBA series"},
		pt{"2015", 1.0086e9, indicators.Stated, "ind-remit-ru-2016", "broader CBA series"},
		pt{"2016", 0.8969e9, indicators.Stated, "ind-remit-ru-2016", "broader CBA series"},
		pt{"2020", 0.824e9, indicators.Stated, "ind-remit-ru-2020", "inflow from Russia"},
		pt{"2022", 3.6e9, indicators.Approx, "ind-remit-ru-2022", "'almost 3.6 bn'; includes commercial transfers"},
		pt{"2023", 4.7e9, indicators.Stated, "ind-remit-ru-2023", "includes commercial transfers"},
	)
	// opinion is the share of Armenians rating relations with Russia good
	// (IRI polls), dated at the start of fieldwork.
	opinion = series("ARM.RUS.opinion-good", "Armenians rating relations with Russia good (IRI)", indicators.Share, ARM, RUS,
		"International Republican Institute polls of Armenia, share answering 'good' or 'very good'; dated at the first month of fieldwork. The 2020 MPG/Gallup poll is a different pollster and question and is left out.",
		pt{"2018-08", 0.87, indicators.Stated, "ind-op-good-2018-08", ""},
		pt{"2019-05", 0.88, indicators.Stated, "ind-op-good-2019", ""},
		pt{"2021-11", 0.64, indicators.Stated, "ind-op-good-2021", "fieldwork 22 Nov – 5 Dec 2021"},
		pt{"2023-01", 0.50, indicators.Stated, "ind-op-good-2023q1", "fieldwork January–March 2023"},
		pt{"2023-12", 0.31, indicators.Stated, "ind-op-good-2023-12", ""},
		pt{"2024-09", 0.35, indicators.Stated, "ind-op-good-2024-09", "fieldwork 13–25 September 2024"},
		pt{"2025", 0.42, indicators.Stated, "ind-op-good-2025", "8% very + 34% somewhat good"},
	)
	// ruAzTurnover is Russia–Azerbaijan goods trade turnover, USD.
	ruAzTurnover = series("AZE.RUS.trade-turnover", "Azerbaijan–Russia goods trade turnover", indicators.USD, AZE, RUS, "",
		pt{"2021", 2.9e9, indicators.AtLeast, "ind-ru-az-trade-2021-jan-nov", "January–November only; about 3 bn expected for the year"},
		pt{"2022", 4.17e9, indicators.Stated, "ind-ru-az-trade-2022", ""},
		pt{"2023", 4.4e9, indicators.Stated, "ind-ru-az-trade-2023", ""},
		pt{"2025", 5.0e9, indicators.Approx, "ind-ru-az-trade-2025", "'almost 5 bn'"},
	)
)

// The Russian side's shares, derived from the bilateral figures above and
// Russia's totals as published by its customs service.
var (
	// armShareOfRussiaTrade is Armenia's share of Russia's foreign trade.
	armShareOfRussiaTrade = series("RUS.ARM.trade-share", "Armenia's share of Russia's foreign trade", indicators.Share, RUS, ARM,
		"Derived: Armenia–Russia turnover over Russia's total turnover (FCS). Mixes Armenian and Russian statistics.",
		pt{"2020", 2.3 / 570, indicators.Approx, "ext-fcs-2020", "2.3 / ~570 USD bn"},
		pt{"2022", 5.0 / (592.5 + 255.3), indicators.Approx, "ext-fcs-2023", "~5.0 / 847.8 USD bn"},
		pt{"2023", 7.4 / (425.1 + 285.1), indicators.Stated, "ext-fcs-2023", "7.4 / 710.2 USD bn"},
	)
	// reexportShare is Armenia's exports to Russia as a share of Russia's
	// imports: the weight of the Armenian route in what Russia buys.
	reexportShare = series("RUS.ARM.import-share", "Armenian exports to Russia as a share of Russia's imports", indicators.Share, RUS, ARM,
		"Derived: Armenian exports to Russia over Russia's total imports (FCS). An upper bound on the re-export route, since not all Armenian exports are re-exports. The facts file's '6–7% of re-exports entering Russia' is unattributed and left out.",
		pt{"2022", 2.411 / 255.3, indicators.Stated, "ind-exports-to-ru-2022", "2.411 / 255.3 USD bn (imports: FCS via Agenzia Nova)"},
		pt{"2023", 3.4 / 285.1, indicators.Stated, "ind-exports-to-ru-2023", "3.4 / 285.1 USD bn (imports: FCS via Agenzia Nova)"},
	)
)
