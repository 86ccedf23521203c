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
	scenario relations.ScenarioResult
	trends   []trendRow
	climate  []climateRow
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
			"Assumed here: Armenia resumes its CSTO participation; with less Western backing, half of its new arms contracts return to Russia; "+
			"and the Iranian gas swap, its one documented alternative supply, halves.", cite("ev-seed-us-russia-scenario").Publisher),
		Steps: []relations.Step{
			relations.ChangeBasis{Holder: ARM, Ref: CSTO.String(), Change: actors.Transition{On: date("2025-06-01"), To: actors.Active, Note: "scenario: participation resumed"}},
			relations.ScaleShare{Holder: ARM, Provider: RUS, Channel: actors.Security, Factor: 5},
			relations.ScaleSubstitutability{Holder: ARM, Provider: RUS, Channel: actors.Energy, Factor: 0.5},
		},
	}
}
