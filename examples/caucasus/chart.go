package main

import (
	"fmt"
	"strings"

	"github.com/statecraft/bilateral/relations"
)

// chart returns an SVG line chart of leverage both ways over time: for
// each direction a line of the scores, and behind it a band from the
// score up to the bound the uncovered channels allow (Assessment.Max), so
// that a reader sees how much of the scale the evidence leaves open.
// Years without a score are gaps, not zeros. Each line is labelled at its
// end; the axes carry titles.
func (r *results) chart() string {
	const (
		w, h                     = 640, 360
		left, right, top, bottom = 58, 92, 52, 46
	)
	as := r.assessed
	first, last := as[0][0].AsOf.Year(), as[0][len(as[0])-1].AsOf.Year()
	x := func(year int) float64 {
		return left + float64(year-first)/float64(max(1, last-first))*(w-left-right)
	}
	y := func(v float64) float64 { return top + (1-v)*(h-top-bottom) }
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="12">`+"\n", w, h, w, h)
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="white"/>`+"\n", w, h)
	fmt.Fprintf(&b, `<text x="%d" y="20" font-size="14" font-weight="bold">Leverage between Russia and Armenia, %d–%d (%s)</text>`+"\n", left, first, last, relations.Methodology)
	for i := 0; i <= 10; i += 2 {
		v := float64(i) / 10
		fmt.Fprintf(&b, `<line x1="%d" y1="%.1f" x2="%d" y2="%.1f" stroke="#e4e4e4"/>`+"\n", left, y(v), w-right, y(v))
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" text-anchor="end">%.1f</text>`+"\n", left-6, y(v)+4, v)
	}
	for yr := first; yr <= last; yr++ {
		fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">%d</text>`+"\n", x(yr), h-bottom+16, yr)
	}
	fmt.Fprintf(&b, `<text x="%.1f" y="%d" text-anchor="middle">year (as of 31 December)</text>`+"\n", float64(left+w-right)/2, h-8)
	fmt.Fprintf(&b, `<text transform="translate(16,%.1f) rotate(-90)" text-anchor="middle">leverage (index, 0 to 1)</text>`+"\n", float64(top+h-bottom)/2)
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#555"/>`+"\n", left, h-bottom, w-right, h-bottom)
	colours := [2]string{"#b2182b", "#2166ac"}
	names := [2]string{"Russia over Armenia", "Armenia over Russia"}
	// Runs of consecutive scored years: each is drawn on its own.
	runs := func(ds []relations.Assessment) [][]relations.Assessment {
		var out [][]relations.Assessment
		var cur []relations.Assessment
		for _, a := range ds {
			if !a.Scored() {
				if len(cur) > 0 {
					out = append(out, cur)
				}
				cur = nil
				continue
			}
			cur = append(cur, a)
		}
		if len(cur) > 0 {
			out = append(out, cur)
		}
		return out
	}
	for i := range as {
		for _, run := range runs(as[i]) {
			var up, down []string
			for _, a := range run {
				up = append(up, fmt.Sprintf("%.1f,%.1f", x(a.AsOf.Year()), y(a.Max)))
			}
			for j := len(run) - 1; j >= 0; j-- {
				down = append(down, fmt.Sprintf("%.1f,%.1f", x(run[j].AsOf.Year()), y(run[j].Score)))
			}
			fmt.Fprintf(&b, `<polygon fill="%s" fill-opacity="0.12" stroke="none" points="%s"/>`+"\n", colours[i], strings.Join(append(up, down...), " "))
		}
	}
	type label struct {
		y    float64
		text string
		c    string
	}
	var labels []label
	for i := range as {
		var end relations.Assessment
		for _, run := range runs(as[i]) {
			var pts []string
			for _, a := range run {
				pts = append(pts, fmt.Sprintf("%.1f,%.1f", x(a.AsOf.Year()), y(a.Score)))
				fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="2.5" fill="%s"/>`+"\n", x(a.AsOf.Year()), y(a.Score), colours[i])
			}
			fmt.Fprintf(&b, `<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>`+"\n", colours[i], strings.Join(pts, " "))
			end = run[len(run)-1]
		}
		if end.Scored() {
			labels = append(labels, label{y(end.Score) + 4, names[i], colours[i]})
		}
	}
	// Keep the end labels at least 14 px apart.
	if len(labels) == 2 && labels[1].y-labels[0].y < 14 && labels[0].y-labels[1].y < 14 {
		if labels[0].y <= labels[1].y {
			labels[1].y = labels[0].y + 14
		} else {
			labels[0].y = labels[1].y + 14
		}
	}
	for _, l := range labels {
		fmt.Fprintf(&b, `<text x="%d" y="%.1f" fill="%s">%s</text>`+"\n", w-right+6, l.y, l.c, wrapLabel(l.text, w-right+6))
	}
	fmt.Fprintf(&b, `<text x="%d" y="38" font-size="11" fill="#555">Lines: scores. Shaded: up to the bound if the channels without evidence were fully exposed.</text>`+"\n", left)
	b.WriteString("</svg>\n")
	return b.String()
}

// wrapLabel splits an end label over two lines at its last space.
func wrapLabel(s string, x int) string {
	i := strings.LastIndex(s, " over ")
	if i < 0 {
		return s
	}
	return fmt.Sprintf(`%s<tspan x="%d" dy="14">%s</tspan>`, s[:i], x, s[i+1:])
}
