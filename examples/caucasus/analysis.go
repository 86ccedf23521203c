package main

import (
	"fmt"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

// theCase is the case as data: its actors, agreements, grievances, events
// and headline series.
type theCase struct {
	actors     map[actors.ID]actors.Actor
	order      []actors.Actor
	agreements []relations.Agreement
	grievances []relations.Grievance
	events     []relations.Event
}

// build assembles the case and checks every value of it.
func build() (*theCase, error) {
	c := &theCase{actors: map[actors.ID]actors.Actor{}, agreements: agreements(), grievances: grievances(), events: events()}
	for _, a := range caseActors() {
		c.actors[a.ID()] = a
		c.order = append(c.order, a)
	}
	for _, a := range c.agreements {
		if err := a.Validate(); err != nil {
			return nil, err
		}
	}
	for _, g := range c.grievances {
		if err := g.Validate(); err != nil {
			return nil, err
		}
	}
	for _, e := range c.events {
		if err := e.Validate(); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// years returns year-precision dates from first to last.
func years(first, last int) []indicators.Date {
	var ds []indicators.Date
	for y := first; y <= last; y++ {
		ds = append(ds, indicators.YearDate(y))
	}
	return ds
}

// results holds everything the report prints.
type results struct {
	c        *theCase
	balances []relations.BalanceResult // RUS–ARM in 2019, 2021, 2025
	series   [2]relations.Series       // L(RUS→ARM), L(ARM→RUS) over 2015–2025
	constant [2]relations.Series       // the same on a constant basis
	assessed [2][]relations.Assessment
	change   relations.Decomposition // L(RUS→ARM), 2019 → 2025
	dyads    [2]relations.Series     // L(RUS→ARM), L(RUS→AZE) over 2019–2025
	cinc     [2]relations.CINCResult // Russia, Armenia, 2016
	scenario relations.ScenarioResult
	trends   []trendRow
	climate  []climateRow
	tables   [][]string // every table printed, line by line, for the width test
}

func analyse(c *theCase) (*results, error) {
	r := &results{c: c}
	rus, arm := c.actors[RUS], c.actors[ARM]
	for _, y := range []int{2019, 2021, 2025} {
		b, err := relations.Balance(rus, arm, relations.AsOf(indicators.YearDate(y)))
		if err != nil {
			return nil, err
		}
		r.balances = append(r.balances, b)
	}
	var err error
	for i, pair := range [2][2]actors.Actor{{rus, arm}, {arm, rus}} {
		if r.series[i], err = relations.LeverageSeries(pair[0], pair[1], years(2015, 2025)); err != nil {
			return nil, err
		}
		r.assessed[i] = r.series[i].Assessments
		if r.constant[i], err = relations.LeverageSeries(pair[0], pair[1], years(2015, 2025), relations.ConstantBasis()); err != nil {
			return nil, err
		}
	}
	if r.change, err = relations.Decompose(r.balances[0].AB, r.balances[2].AB); err != nil {
		return nil, err
	}
	for i, target := range []actors.Actor{arm, c.actors[AZE]} {
		if r.dyads[i], err = relations.LeverageSeries(rus, target, years(2019, 2025)); err != nil {
			return nil, err
		}
	}
	if r.cinc, err = cinc2016(); err != nil {
		return nil, err
	}
	if r.scenario, err = usRussiaUnderstanding().Run(rus, arm, relations.AsOf(indicators.YearDate(2025))); err != nil {
		return nil, err
	}
	if r.trends, err = trends(r); err != nil {
		return nil, err
	}
	if r.climate, err = climates(c); err != nil {
		return nil, err
	}
	return r, nil
}

// nmcYear is the year of the capability figures: the last year of the
// National Material Capabilities data, v6.0.
const nmcYear = 2016

// cinc2016 returns the CINC of Russia and Armenia in 2016 from the NMC
// v6.0 rows (milex in thousands of USD, milper in thousands, irst and pec
// in thousands of tons, population in thousands) and the system totals
// of that year (ext-nmc-6). NMC v6.0 gives 0.036472768 for Russia and
// 0.00060002581 for Armenia.
func cinc2016() ([2]relations.CINCResult, error) {
	system := relations.NMC(1503924000, 19700, 1626954, 21884250, 7448156, 2344974)
	var out [2]relations.CINCResult
	for i, s := range []relations.Components{
		relations.NMC(46626000, 798, 70453, 1322198, 143965, 56926),
		relations.NMC(428000, 45, 0, 3952, 2925, 1074),
	} {
		var err error
		if out[i], err = relations.CINC(s, system); err != nil {
			return out, err
		}
	}
	return out, nil
}

// usRussiaUnderstanding is the essay's scenario: if the US and Russia
// reach an understanding about Ukraine, Russia has more capacity in the
// South Caucasus and the US less interest in it; Russia may press Armenia
// to realign and to limit its growing ties with the EU, European countries
// and the US (ev-seed-us-russia-scenario). The steps translate that into
// the model's inputs; each is an assumption, not a forecast.
func usRussiaUnderstanding() relations.Scenario {
	return relations.Scenario{
		Name: "US–Russia understanding on Ukraine",
		Rationale: fmt.Sprintf("Essay scenario (%s): Russia gains capacity in the region, the US steps back, and Armenia faces demands to realign. "+
			"Assumed here: Armenia resumes its CSTO participation and, with less Western backing, "+
			"half of its new arms contracts return to Russia (the contract share ×5, from about 10%% to about 50%%).", cite("ev-seed-us-russia-scenario").Publisher),
		Steps: []relations.Step{
			relations.ChangeBasis{Holder: ARM, Ref: CSTO.String(), Change: actors.Transition{On: date("2025-06-01"), To: actors.Active, Note: "scenario: participation resumed"}},
			relations.ScaleShare{Holder: ARM, Provider: RUS, Channel: actors.Security, Factor: 5},
		},
	}
}
