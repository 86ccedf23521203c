package main

import (
	"fmt"
	"strings"

	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

// chart returns an SVG line chart of leverage both ways over time: one
// polyline per direction, the years on the horizontal axis and the score
// from 0 to the next tenth above the largest on the vertical axis. Years
// without a score are gaps, not zeros.
func (r *results) chart() string {
	const (
		w, h                     = 720, 360
		left, right, top, bottom = 60, 170, 30, 40
	)
	first, last := r.assessed[0][0].AsOf.Year(), r.assessed[0][len(r.assessed[0])-1].AsOf.Year()
	ymax := 0.1
	for _, ind := range r.series {
		for o := range ind.Indicator.All() {
			for ymax < o.Value {
				ymax += 0.1
			}
		}
	}
	x := func(year float64) float64 {
		return left + (year-float64(first))/float64(max(1, last-first))*(w-left-right)
	}
	y := func(v float64) float64 { return top + (1-v/ymax)*(h-top-bottom) }
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", w, h, w, h)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", w, h)
	fmt.Fprintf(&b, `<text x="%d" y="18" font-size="14">Leverage between Russia and Armenia, %d–%d (%s)</text>`+"\n", left, first, last, relations.Methodology)
	for i := 0; float64(i)*0.1 <= ymax+1e-9; i++ {
		v := float64(i) * 0.1
		fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#ddd"/>`+"\n", left, y(v), w-right, y(v))
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end">%.1f</text>`+"\n", left-6, y(v)+4, v)
	}
	for yr := first; yr <= last; yr++ {
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">%d</text>`+"\n", x(float64(yr)), h-bottom+18, yr)
	}
	colours := [2]string{"#b2182b", "#2166ac"}
	for i, ind := range r.series {
		var pts []string
		flush := func() {
			if len(pts) > 0 {
				fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>`+"\n", colours[i], strings.Join(pts, " "))
			}
			pts = nil
		}
		prev := 0
		for o := range ind.Indicator.All() {
			if prev != 0 && o.At.Year() != prev+1 {
				flush()
			}
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(float64(o.At.Year())), y(o.Value)))
			fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="3" fill="%s"/>`+"\n", x(float64(o.At.Year())), y(o.Value), colours[i])
			prev = o.At.Year()
		}
		flush()
		fmt.Fprintf(&b, `<text x="%d" y="%d" fill="%s">%s</text>`+"\n", w-right+10, top+20+20*i, colours[i], legend(ind.Indicator))
	}
	b.WriteString("</svg>\n")
	return b.String()
}

func legend(ind indicators.Indicator) string {
	info := ind.Info()
	return fmt.Sprintf("L(%s→%s)", info.Counterpart, info.Subject)
}
