package main

import (
	"fmt"
	"strings"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

// climateDates are the dates at which the report reads the climate: year
// ends, and the days around the events the essay names (the February 2022
// declaration, the AZAL crash of 2024-12-25, Aliyev's refusal of
// 2025-05-07 to attend the parade).
var climateDates = []string{
	"2019-12-31", "2021-12-31", "2022-02-21", "2022-02-23", "2023-12-31",
	"2024-12-24", "2024-12-31", "2025-05-06", "2025-05-08", "2025-06-01",
}

// A climateRow is the climate of the two pairs on one date.
type climateRow struct {
	on     indicators.Date
	armRus relations.ClimateResult
	rusAze relations.ClimateResult
}

func climates(c *theCase) ([]climateRow, error) {
	p := relations.DefaultClimateParams()
	var rows []climateRow
	for _, d := range climateDates {
		row := climateRow{on: date(d)}
		var err error
		if row.armRus, err = relations.Climate(ARM, RUS, c.events, c.grievances, relations.AsOf(row.on), relations.WithClimateParams(p)); err != nil {
			return nil, err
		}
		if row.rusAze, err = relations.Climate(RUS, AZE, c.events, c.grievances, relations.AsOf(row.on), relations.WithClimateParams(p)); err != nil {
			return nil, err
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// writeAgreements prints the agreements in force between Armenia and
// Russia on two dates, and the grievances each side holds against the
// other, with what they invoke.
func (r *results) writeAgreements(b *strings.Builder) {
	b.WriteString("\n5. AGREEMENTS IN FORCE BETWEEN ARMENIA AND RUSSIA, AND GRIEVANCES\n")
	for _, d := range []string{"2019-01-01", "2025-06-01"} {
		in := relations.InForce(r.c.agreements, ARM, RUS, date(d))
		fmt.Fprintf(b, "In force on %s (%d):\n", d, len(in))
		for _, a := range in {
			fmt.Fprintf(b, "  %-19s %s [%s]\n", a.Kind, a.Title, a.ID)
		}
	}
	on := date("2025-06-01")
	for _, side := range [2][2]actors.ID{{ARM, RUS}, {RUS, ARM}} {
		gs := relations.Grievances(r.c.grievances, side[0], side[1], on)
		fmt.Fprintf(b, "Grievances of %s against %s open on %s (%d; severity on the Goldstein scale, −10 to +10):\n", side[0], side[1], on, len(gs))
		t := table{header: []string{"raised", "issue", "severity", "invokes"}}
		for _, g := range gs {
			inv := "—"
			if !g.Invokes.IsZero() {
				inv = invocation(g.Invokes)
			}
			t.add(g.Raised.String(), g.Issue.String(), signed(g.Severity, 1), inv)
		}
		r.addTable(b, t)
		for _, g := range gs {
			fmt.Fprintf(b, "  %s %s: %s [%s]\n", g.Raised, g.Issue, g.Summary, source(g.Source))
		}
	}
	held := r.c.actors[ARM].MembershipsOn(date("2024-06-01"))
	var parts []string
	for _, h := range held {
		parts = append(parts, fmt.Sprintf("%s (%s)", h.Org, h.Standing))
	}
	var active []string
	for _, id := range actors.ActiveMembers(CSTO, date("2024-06-01"), r.c.order...) {
		active = append(active, id.String())
	}
	fmt.Fprintf(b, "Armenia's memberships on 2024-06-01: %s; active CSTO members among the case's actors then: %s.\n",
		strings.Join(parts, ", "), strings.Join(active, ", "))
}

func invocation(v relations.Invocation) string {
	var parts []string
	if v.Agreement != "" {
		parts = append(parts, v.Agreement)
	}
	if v.Article != "" {
		parts = append(parts, v.Article)
	}
	if v.Obligation != 0 {
		parts = append(parts, v.Obligation.String()+" obligation")
	}
	return strings.Join(parts, ", ")
}

// writeClimate prints the climate of the two pairs over the dates.
func (r *results) writeClimate(b *strings.Builder) {
	p := relations.DefaultClimateParams()
	fmt.Fprintf(b, "\n6. CLIMATE (Goldstein-weighted events with a half-life of %.0f days, open grievances ×%.2f; tanh(R/%.0f), from −1 to +1)\n",
		p.HalfLife, p.Grievance, p.Scale)
	t := table{header: []string{"date", "ARM–RUS", "terms", "AZE–RUS", "terms"}}
	for _, row := range r.climate {
		t.add(row.on.String(), signed(row.armRus.Value, 3), fmt.Sprint(len(row.armRus.Terms)), signed(row.rusAze.Value, 3), fmt.Sprint(len(row.rusAze.Terms)))
	}
	r.addTable(b, t)
	b.WriteString("Terms are the events and open grievances counted. The climate is shown beside leverage and never changes it.\n")
}
