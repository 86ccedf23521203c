package main

import (
	"fmt"

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
// fact. It is labelled single-source: this program is its only source.
func judgement(note string) indicators.Provenance {
	return indicators.Provenance{Publisher: "bilateral South Caucasus example", Title: "analyst judgement", Confidence: indicators.SingleSource, Note: note}
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
	"ext-sipri-aze-2015-19": {
		Publisher:  "Verelq.am",
		Title:      "SIPRI 2015–19: Azerbaijan's arms imports 60% from Israel, 31% from Russia",
		URL:        "https://verelq.am/hy/node/62043",
		Confidence: indicators.Verified,
		Note:       "press report of SIPRI's March 2020 fact sheet",
	},
}
