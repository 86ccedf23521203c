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
	b.WriteString("\n4. AGREEMENTS IN FORCE BETWEEN ARMENIA AND RUSSIA, AND GRIEVANCES\n")
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
		fmt.Fprintf(b, "Grievances of %s against %s open on %s (%d):\n", side[0], side[1], on, len(gs))
		for _, g := range gs {
			mark := ""
			if g.Source.Confidence == indicators.SingleSource {
				mark = " (s)"
			}
			fmt.Fprintf(b, "  %-10s %-18s %+5.1f  %s%s\n", g.Raised, g.Issue, g.Severity, g.Summary, mark)
			if inv := g.Invokes; !inv.IsZero() {
				fmt.Fprintf(b, "  %-10s invokes %s\n", "", invocation(inv))
			}
		}
	}
	held := r.c.actors[ARM].MembershipsOn(date("2024-06-01"))
	var parts []string
	for _, h := range held {
		parts = append(parts, fmt.Sprintf("%s (%s)", h.Org, h.Standing))
	}
	fmt.Fprintf(b, "Armenia's memberships on 2024-06-01: %s; active CSTO members among the case's actors then: %v.\n",
		strings.Join(parts, ", "), actors.ActiveMembers(CSTO, date("2024-06-01"), r.c.order...))
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
	fmt.Fprintf(b, "\n5. CLIMATE (Goldstein-weighted events, half-life %.0f days, open grievances ×%.2f; tanh(R/%.0f) in (−1, 1))\n",
		p.HalfLife, p.Grievance, p.Scale)
	fmt.Fprintf(b, "%-12s %16s %16s\n", "date", "ARM–RUS", "AZE–RUS")
	for _, row := range r.climate {
		fmt.Fprintf(b, "%-12s %+7.3f (%3d)   %+7.3f (%3d)\n", row.on, row.armRus.Value, len(row.armRus.Terms), row.rusAze.Value, len(row.rusAze.Terms))
	}
	b.WriteString("(number of events and open grievances counted in brackets)\n")
	b.WriteString("Russia's leverage over Azerbaijan:")
	for _, d := range []string{"2021", "2022-02-21", "2022-02-22", "2023", "2025"} {
		a, err := relations.Leverage(r.c.actors[RUS], r.c.actors[AZE], relations.AsOf(date(d)))
		if err != nil {
			fmt.Fprintf(b, " %s —;", d)
			continue
		}
		fmt.Fprintf(b, " %s %.4f;", d, a.Score)
	}
	b.WriteString(" the 2022 declaration adds an institutional tie from its day, and the peacekeepers' withdrawal (2024-04-17) removes one.\n")
}
