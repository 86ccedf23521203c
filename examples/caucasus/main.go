// Command caucasus builds the South Caucasus case — Armenia and Russia,
// with Azerbaijan, Georgia, Turkey, Iran, the United States, the European
// Union, France, India, the CSTO and the EAEU around them — from dated,
// sourced facts written as Go values, and prints what an analyst reads:
// leverage both ways by channel with its balance and uncertainty, the
// facts and judgements behind it, leverage over time with its coverage and
// on a constant basis, Russia's leverage over Armenia beside its leverage
// over Azerbaijan, the headline series one statistical basis at a time,
// the agreements in force and the grievances on each side, the climate of
// the relationship, capability (CINC) beside the score, and one scenario
// from the essay the case comes from. Every value says its date or the
// end of its period, its publisher and whether it is data, derived or a
// judgement.
//
// Usage:
//
//	go run ./examples/caucasus [-svg leverage.svg] [-detail]
//
// Without flags it writes nothing but the report to standard output. With
// -svg it also writes a line chart of leverage both ways over time to the
// named file. With -detail it prints every assessment fact by fact.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	svg := flag.String("svg", "", "also write an SVG line chart of leverage both ways to this file")
	detail := flag.Bool("detail", false, "print every assessment fact by fact")
	flag.Parse()
	c, err := build()
	if err != nil {
		fmt.Fprintln(os.Stderr, "caucasus:", err)
		os.Exit(1)
	}
	r, err := analyse(c)
	if err != nil {
		fmt.Fprintln(os.Stderr, "caucasus:", err)
		os.Exit(1)
	}
	if err := r.write(os.Stdout, *detail); err != nil {
		fmt.Fprintln(os.Stderr, "caucasus:", err)
		os.Exit(1)
	}
	if *svg != "" {
		if err := os.WriteFile(*svg, []byte(r.chart()), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "caucasus:", err)
			os.Exit(1)
		}
	}
}
