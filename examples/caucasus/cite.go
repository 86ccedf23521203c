package main

import (
	"fmt"
	"strings"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
)

// The actors of the case, by their IDs.
var (
	ARM  = actors.MustParse("ARM")
	RUS  = actors.MustParse("RUS")
	AZE  = actors.MustParse("AZE")
	GEO  = actors.MustParse("GEO")
	TUR  = actors.MustParse("TUR")
	IRN  = actors.MustParse("IRN")
	USA  = actors.MustParse("USA")
	EU   = actors.MustParse("EU")
	FRA  = actors.MustParse("FRA")
	IND  = actors.MustParse("IND")
	CSTO = actors.MustParse("CSTO")
	EAEU = actors.MustParse("EAEU")
)

// date parses a date literal of the case.
func date(s string) indicators.Date { return indicators.MustParseDate(s) }

// cite returns the provenance of the facts-file fact with the given id.
// An unknown id is a mistake in this program's data and panics; the test
// suite builds the whole case, so it cannot reach a user.
func cite(id string) indicators.Provenance {
	p, ok := sources[id]
	if !ok {
		p, ok = external[id]
	}
	if !ok {
		panic(fmt.Sprintf("caucasus: no fact %q in the facts file", id))
	}
	return p
}

// judgement is the provenance of an analyst's modelling choice made in
// this program (a salience, a severity mapping), as opposed to a published
// fact: evidence of kind judgement, with its reason in the note. Its
// confidence is single-source (this program is its only source), so a
// filter that keeps verified values only leaves it out.
func judgement(why string) indicators.Provenance {
	return indicators.Provenance{Publisher: "analyst judgement", Confidence: indicators.SingleSource, Evidence: indicators.Judgement, Note: why}
}

// derived is the provenance of a value computed from facts: evidence of
// kind derived, whose publisher names every input fact by its id, whose
// title says how the value was computed, and whose confidence is the
// weakest of its inputs'.
func derived(how string, facts ...string) indicators.Provenance {
	conf := indicators.Verified
	for _, f := range facts {
		if c := cite(f).Confidence; c > conf {
			conf = c
		}
	}
	return indicators.Provenance{Publisher: "derived from " + strings.Join(facts, ", "), Title: how, Confidence: conf, Evidence: indicators.Derived}
}

// external holds the provenance of figures this program takes from public
// sources outside the facts file, keyed like the facts. Each was read in
// the page cited; derived values say how they were derived where they are
// used.
var external = map[string]indicators.Provenance{
	"ext-fcs-2023": {
		Publisher:  "Agenzia Nova",
		Title:      "Russia: surplus commerciale nel 2023 pari a 140 miliardi di dollari (Federal Customs Service data: exports 592.5 and imports 255.3 USD bn in 2022; exports 425.1 and imports 285.1 USD bn in 2023)",
		URL:        "https://www.agenzianova.com/a/65d0498a4aed36.28747684/4851856/2024-02-17/business-news-russia-surplus-commerciale-nel-2023-pari-a-140-miliardi-di-dollari",
		Confidence: indicators.Verified,
	},
	"ext-fcs-2020": {
		Publisher:  "RT",
		Title:      "Russia's foreign trade turnover may surpass pre-pandemic level – Federal Customs Service (2020 turnover about USD 570 bn)",
		URL:        "https://www.rt.com/business/538177-russia-trade-pre-pandemic-high/",
		Confidence: indicators.Verified,
		Note:       "approximate: the official said mid-October 2021 turnover, about USD 570 bn, was almost all of 2020's",
	},
	"ext-sipri-2013-17": {
		Publisher:  "Artsakh.news",
		Title:      "Armenia receives 'big bonuses' on arms from Russia (SIPRI, 2013–17: 100% of Armenia's arms imports from Russia)",
		URL:        "https://artsakh.news/ru/news/121245",
		Confidence: indicators.Verified,
		Note:       "press report of SIPRI's March 2018 fact sheet",
	},
	"ext-arminfo-fdi-2016": {
		Publisher:  "ArmInfo (finport.am)",
		Title:      "Russia has invested in Armenia's economy over $4.2 bln between 1988 and 2016 (National Statistical Service data: more than 47% of total FDI)",
		URL:        "https://finport.am/full_news.php?id=24994&lang=3",
		Confidence: indicators.Verified,
		Note:       "gross investment 1988 to 1 April 2016; FDI USD 3.2bn of it",
	},
	"ext-iea-armenia-2023": {
		Publisher:  "IEA",
		Title:      "Armenia energy profile (2023): natural gas 59.6% of total energy supply in 2020; imports 78.6%; renewables including hydro 7.1%",
		URL:        "https://www.iea.org/reports/armenia-energy-profile/overview",
		Confidence: indicators.Verified,
	},
	"ext-nmc-6": {
		Publisher:  "Correlates of War, National Material Capabilities v6.0",
		Title:      "NMC v6.0 rows for Russia and Armenia, 2016, and the system totals of 2016",
		URL:        "https://correlatesofwar.org/data-sets/national-material-capabilities/",
		Confidence: indicators.Verified,
		Note:       "the rows and totals in the relations package's test data; v6.0 ends in 2016",
	},
	"ext-sipri-aze-2015-19": {
		Publisher:  "Verelq.am",
		Title:      "SIPRI 2015–19: Azerbaijan's arms imports 60% from Israel, 31% from Russia",
		URL:        "https://verelq.am/hy/node/62043",
		Confidence: indicators.Verified,
		Note:       "press report of SIPRI's March 2020 fact sheet",
	},
}
