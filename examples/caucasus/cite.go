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
