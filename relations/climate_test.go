package relations_test

import (
	"math"
	"testing"

	"github.com/statecraft/bilateral/relations"
)

// dayCount returns the number of days from 0001-01-01 to y-m-d in the
// proleptic Gregorian calendar, counted year by year and month by month:
// an implementation independent of package time, for the expected ages
// below.
func dayCount(y, m, d int) int {
	leap := func(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }
	n := 0
	for yy := 1; yy < y; yy++ {
		n += 365
		if leap(yy) {
			n++
		}
	}
	months := [12]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}
	if leap(y) {
		months[1] = 29
	}
	for mm := 1; mm < m; mm++ {
		n += months[mm-1]
	}
	return n + d - 1
}

// TestClimateAgesEventsAcrossCenturies: with a half-life of 10⁵ days
// (about 274 years), events from years 1, 1700 and 1727 decay by
// 2^(−age/h) with their own ages in days, from the documented formula of
// Climate with ages counted by dayCount. Ages used to go through
// time.Duration, which saturates at about 292 years, so that the three
// events decayed identically.
func TestClimateAgesEventsAcrossCenturies(t *testing.T) {
	p := relations.DefaultClimateParams()
	p.HalfLife = 1e5
	evs := []relations.Event{
		event("year-1", "057", "0001-01-01", arm, rus),
		event("y1700", "057", "1700-03-01", arm, rus),
		event("y1727", "057", "1727-06-15", rus, arm),
		event("recent", "057", "2024-02-29", rus, arm),
	}
	asOf := [3]int{2024, 12, 31}
	c, err := relations.Climate(arm, rus, evs, nil, relations.AsOf(day("2024-12-31")), relations.WithClimateParams(p))
	if err != nil {
		t.Fatal(err)
	}
	on := map[string][3]int{"year-1": {1, 1, 1}, "y1700": {1700, 3, 1}, "y1727": {1727, 6, 15}, "recent": {2024, 2, 29}}
	if len(c.Terms) != len(evs) {
		t.Fatalf("%d terms, want %d", len(c.Terms), len(evs))
	}
	raw := 0.0
	for _, term := range c.Terms {
		d := on[term.ID]
		age := float64(dayCount(asOf[0], asOf[1], asOf[2]) - dayCount(d[0], d[1], d[2]))
		want := math.Exp2(-age / p.HalfLife)
		if math.Abs(term.Decay-want) > 1e-15*want {
			t.Errorf("%s: decay %.17g, want 2^(-%v/%v) = %.17g", term.ID, term.Decay, age, p.HalfLife, want)
		}
		if term.Value != 8*term.Decay {
			t.Errorf("%s: value %v, want 8 × decay %v", term.ID, term.Value, term.Decay)
		}
		raw += term.Value
	}
	if math.Abs(c.Raw-raw) > 1e-14 {
		t.Errorf("raw %v, want the sum of the terms %v", c.Raw, raw)
	}
	// Older events weigh strictly less: the three old ones no longer tie.
	if !(c.Terms[0].Decay < c.Terms[1].Decay && c.Terms[1].Decay < c.Terms[2].Decay && c.Terms[2].Decay < c.Terms[3].Decay) {
		t.Errorf("decays %v, %v, %v, %v are not strictly increasing with the date", c.Terms[0].Decay, c.Terms[1].Decay, c.Terms[2].Decay, c.Terms[3].Decay)
	}
}
