package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/indicators/trend"
)

// A trendRow is the trend of one headline series.
type trendRow struct {
	ind     indicators.Indicator
	summary indicators.Summary
	change  trend.NetChange
	cagr    float64 // NaN-free only when hasCAGR
	hasCAGR bool
}

// headline returns the series whose trends the report prints.
func headline() []indicators.Indicator {
	return []indicators.Indicator{turnover, armsShare, remittances, opinion}
}

func trends(_ *results) ([]trendRow, error) {
	var rows []trendRow
	for _, ind := range headline() {
		s, err := ind.Trend()
		if err != nil {
			return nil, fmt.Errorf("trend of %s: %w", ind.Code(), err)
		}
		ch, err := ind.NetChange()
		if err != nil {
			return nil, err
		}
		row := trendRow{ind: ind, summary: s, change: ch}
		if ind.Unit() == indicators.USD {
			switch cagr, err := ind.CAGR(); {
			case err == nil:
				row.cagr, row.hasCAGR = cagr, true
			case !errors.Is(err, indicators.ErrUndefined):
				return nil, err
			}
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// writeTrends prints the trends of the headline series.
func (r *results) writeTrends(b *strings.Builder) {
	b.WriteString("\n3. TRENDS OF THE HEADLINE SERIES\n")
	for _, row := range r.trends {
		info := row.ind.Info()
		first, last := row.ind.Observation(0), row.ind.Observation(row.ind.Len()-1)
		fmt.Fprintf(b, "%s (%s)\n", info.Name, info.Code)
		fmt.Fprintf(b, "  %s %s%s → %s %s%s", first.At, first.Qualifier.Symbol(), info.Unit.Format(first.Value),
			last.At, last.Qualifier.Symbol(), info.Unit.Format(last.Value))
		switch info.Unit {
		case indicators.Share:
			fmt.Fprintf(b, ": %+.1f percentage points", 100*row.change.Absolute)
		default:
			if pct, err := row.change.Percent(); err == nil {
				fmt.Fprintf(b, ": %+.0f%%", pct)
			}
		}
		if row.hasCAGR {
			fmt.Fprintf(b, ", %.1f%% a year compounded", 100*row.cagr)
		}
		b.WriteString("\n")
		for _, line := range strings.Split(strings.TrimSpace(row.summary.String()), "\n") {
			fmt.Fprintf(b, "  %s\n", line)
		}
	}
}

// seriesTrends returns the trend lines of leverage both ways. A series
// whose composition changes gets no significance test: its movement is
// partly evidence appearing or going. The constant-basis series, which
// counts only the strands with evidence throughout, is tested instead.
func (r *results) seriesTrends() string {
	var b strings.Builder
	for i, s := range r.series {
		name := s.Indicator.Info().Name
		if s.CompositionChanged() {
			fmt.Fprintf(&b, "%s: composition changes at %v; no significance test on it.\n", name, s.Changes)
		}
		c := r.constant[i]
		fmt.Fprintf(&b, "%s on the constant basis [%s]:\n", name, c.Basis)
		if c.Indicator.Len() == 0 {
			b.WriteString("  no scored point on the constant basis\n")
			continue
		}
		t, err := c.Indicator.Trend()
		if err != nil {
			fmt.Fprintf(&b, "  %v\n", err)
			continue
		}
		for line := range strings.SplitSeq(strings.TrimSpace(t.String()), "\n") {
			fmt.Fprintf(&b, "  %s\n", line)
		}
	}
	return b.String()
}
