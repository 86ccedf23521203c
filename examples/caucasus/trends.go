package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

// A trendRow is one headline series with its trend, when it has enough
// points for one.
type trendRow struct {
	ind      indicators.Indicator
	summary  indicators.Summary
	hasTrend bool
}

// minTrend is the fewest observations the report tests for a trend: with
// fewer than four, no Mann–Kendall p can fall below 0.05 (the exact
// two-sided p of a monotone series of three is 1/3).
const minTrend = 4

// headline returns the series the report prints, each on one basis.
func headline() []indicators.Indicator {
	return []indicators.Indicator{turnoverArmstat, turnoverRussia, turnoverJanAug, armsContracts, armsDeliveries,
		remittancesBroad, remittancesCommercial, fdiStock, opinion, ruAzTurnover}
}

func trends(_ *results) ([]trendRow, error) {
	var rows []trendRow
	for _, ind := range headline() {
		row := trendRow{ind: ind}
		if ind.Len() >= minTrend {
			s, err := ind.Trend()
			if err != nil && !errors.Is(err, indicators.ErrTooFew) {
				return nil, fmt.Errorf("trend of %s: %w", ind.Code(), err)
			}
			row.summary, row.hasTrend = s, err == nil
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// rate writes a Theil–Sen slope in the unit of ind, per year.
func rate(u indicators.Unit, v float64) string {
	switch u {
	case indicators.Share:
		return signed(100*v, 1) + " pp/yr"
	case indicators.USD:
		s := u.Format(abs(v))
		if v < 0 {
			return minus + s + "/yr"
		}
		return "+" + s + "/yr"
	}
	return signed(v, 4) + "/yr"
}

// trendText writes a trend summary in the report's notation.
func trendText(s indicators.Summary) string {
	t := s.Summary
	exact := "normal approximation"
	if t.HasExactP {
		exact = "exact"
	}
	lo, hi := rate(s.Unit, t.Low), rate(s.Unit, t.High)
	out := fmt.Sprintf("%s (Mann–Kendall p = %.3f, %s, n = %d); Theil–Sen slope %s, %.0f%% interval [%s, %s]",
		t.Direction, t.P, exact, t.N, rate(s.Unit, t.Slope), 100*t.Level, lo, hi)
	if t.HasChange {
		out += fmt.Sprintf("; change point between %s and %s (Pettitt p = %.3f)", s.ChangeFromDate, s.ChangeToDate, t.ChangeP)
	}
	return out
}

// writeTrends prints the headline series, each on one basis, with their
// values and, where there are enough points, their trend.
func (r *results) writeTrends(b *strings.Builder) {
	b.WriteString("\n4. HEADLINE SERIES (one basis each; a change of basis is a separate series, and no trend crosses it)\n")
	for _, row := range r.trends {
		info := row.ind.Info()
		var vals []string
		for o := range row.ind.All() {
			val := o.Qualifier.Symbol() + info.Unit.Format(o.Value)
			if !o.Range.IsZero() {
				val += " " + interval(o.Range.Low, o.Range.High, info.Unit.Format, "")
			}
			vals = append(vals, fmt.Sprintf("%s %s [%s]", o.At, val, source(o.Source)))
		}
		fmt.Fprintf(b, "%s (%s): %s.\n", info.Name, info.Code, strings.Join(vals, "; "))
		if row.hasTrend {
			fmt.Fprintf(b, "  trend: %s.\n", trendText(row.summary))
		}
	}
	b.WriteString("Series with fewer than four points get no trend test: with three, no Mann–Kendall p falls below 0.05. " +
		"The opinion trend here uses every IRI wave, including the 2025 one after the essay; the claims test uses the " +
		"waves up to September 2024, the essay's own.\n")
}

// seriesTrends returns the trend lines of leverage both ways. A series
// whose composition changes gets no significance test: its movement is
// partly evidence appearing or going. The constant-basis series, which
// counts only the strands with evidence throughout, is tested instead.
func (r *results) seriesTrends() string {
	var b strings.Builder
	names := [2]string{"RUS→ARM", "ARM→RUS"}
	for i, s := range r.series {
		if s.CompositionChanged() {
			var ds []string
			for _, d := range s.Changes {
				ds = append(ds, d.String())
			}
			fmt.Fprintf(&b, "%s: the strands with evidence change in %s, so the full series gets no trend test.\n", names[i], strings.Join(ds, ", "))
		}
		c := r.constant[i]
		fmt.Fprintf(&b, "%s on the constant basis (%d strands: %s): ", names[i], len(c.Basis), strandList(c.Basis))
		if c.Indicator.Len() < minTrend {
			b.WriteString("too few scored points for a trend.\n")
			continue
		}
		t, err := c.Indicator.Trend()
		if err != nil {
			fmt.Fprintf(&b, "%v.\n", err)
			continue
		}
		b.WriteString(trendText(t) + ".\n")
	}
	return b.String()
}

// strandList names the strands of a composition by label.
func strandList(c relations.Composition) string {
	var s []string
	for _, st := range c {
		s = append(s, st.Label)
	}
	if len(s) == 0 {
		return "none"
	}
	return strings.Join(s, "; ")
}
