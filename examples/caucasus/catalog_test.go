package main

import (
	"slices"
	"testing"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

// TestCatalogValidates checks that every agreement, grievance and event of
// the case is well formed.
func TestCatalogValidates(t *testing.T) {
	for _, a := range agreements() {
		if err := a.Validate(); err != nil {
			t.Error(err)
		}
	}
	for _, g := range grievances() {
		if err := g.Validate(); err != nil {
			t.Error(err)
		}
	}
	for _, e := range events() {
		if err := e.Validate(); err != nil {
			t.Error(err)
		}
	}
}

// TestCatalogUniqueIDs checks that IDs are unique within each list.
func TestCatalogUniqueIDs(t *testing.T) {
	check := func(kind string, ids []string) {
		t.Helper()
		seen := map[string]bool{}
		for _, id := range ids {
			if seen[id] {
				t.Errorf("%s ID %q used twice", kind, id)
			}
			seen[id] = true
		}
	}
	check("agreement", catalogIDs(agreements(), func(a relations.Agreement) string { return a.ID }))
	check("grievance", catalogIDs(grievances(), func(g relations.Grievance) string { return g.ID }))
	check("event", catalogIDs(events(), func(e relations.Event) string { return e.ID }))
}

// TestCatalogInForce checks which Armenia–Russia agreements are in force
// on two dates, as the facts give them.
func TestCatalogInForce(t *testing.T) {
	// 2019-01-01, before the 2020 war:
	//   CSTO-1992-treaty             in force 1994-04-20 (mem-csto-treaty)
	//   ARM-RUS-1992-border-guards   in operation from 1992 (agr-border-guards-1992, ev-border-guards-zvartnots-exit: 32 years to 2024)
	//   ARM-RUS-1995-base            term counted from 1995 (agr-base-1995)
	//   ARM-RUS-1997-treaty          in force 1998 (agr-1997-treaty-in-force)
	//   CSTO-2002-charter            in force 2003-09-18 (mem-csto-org)
	//   ARM-RUS-2010-base-protocol   in force 2011-07-06 (agr-base-2010-protocol-in-force)
	//   ARM-EAEU-2014-accession      member from 2015-01-02 (mem-eaeu-member)
	before := []string{
		"CSTO-1992-treaty", "ARM-RUS-1992-border-guards", "ARM-RUS-1995-base", "ARM-RUS-1997-treaty",
		"CSTO-2002-charter", "ARM-RUS-2010-base-protocol", "ARM-EAEU-2014-accession",
	}
	// 2025-06-01: the same seven (none has been denounced or has expired:
	// the 1997 treaty rolled over, agr-1997-treaty-term; the base runs to
	// 2044, agr-base-2010-protocol; Armenia's CSTO freeze is not a formal
	// suspension, ev-csto-freeze-announced; the border-guard agreement
	// lost two posts but not the Turkish border,
	// ev-border-guards-iran-checkpoint), plus:
	//   ARM-AZE-RUS-2020-statement       in force 2020-11-10 (agr-2020-trilateral); not formally withdrawn from
	//   ARM-AZE-RUS-2021-statement       adopted 2021-01-11 (agr-2021-01-11-working-group)
	//   ARM-AZE-IRN-RUS-TUR-2021-3plus3  meeting since 2021-12-10, Armenia taking part (agr-3plus3)
	// The TVEL contract of 2022-08 is recorded as signed only.
	after := append(slices.Clone(before),
		"ARM-AZE-RUS-2020-statement", "ARM-AZE-RUS-2021-statement", "ARM-AZE-IRN-RUS-TUR-2021-3plus3")
	for _, tc := range []struct {
		on   string
		want []string
	}{{"2019-01-01", before}, {"2025-06-01", after}} {
		for _, pair := range [][2]actors.ID{{ARM, RUS}, {RUS, ARM}} {
			got := catalogIDs(relations.InForce(agreements(), pair[0], pair[1], date(tc.on)), func(a relations.Agreement) string { return a.ID })
			if !catalogSameSet(got, tc.want) {
				t.Errorf("InForce(%s, %s, %s) = %q, want %q", pair[0], pair[1], tc.on, got, tc.want)
			}
		}
	}
}

// TestCatalogObligations checks the obligations whose validity the facts
// date: the border-guard posts and the peacekeepers.
func TestCatalogObligations(t *testing.T) {
	ag := catalogAgreement(t, "ARM-RUS-1992-border-guards")
	var open, ended []string
	for _, d := range ag.Directed {
		if d.Kind != relations.BorderProtection || d.Obligor != RUS || d.Beneficiary != ARM {
			t.Errorf("border-guard obligation %+v: want border protection owed by RUS to ARM", d)
		}
		if d.Valid.IsOpen() {
			open = append(open, d.Note)
		} else {
			ended = append(ended, d.Valid.End.String())
		}
	}
	// Two borders stay guarded; the Zvartnots post ended on 2024-07-31
	// (ev-border-guards-zvartnots-exit) and the Iran checkpoint on
	// 2025-01-01 (ev-border-guards-iran-checkpoint).
	if len(open) != 2 || !slices.Equal(ended, []string{"2024-07-31", "2025-01-01"}) {
		t.Errorf("border-guard posts: %d open, ended %q; want 2 open, ended [2024-07-31 2025-01-01]", len(open), ended)
	}
	if !ag.InForce(date("2025-06-01")) {
		t.Error("border-guard agreement not in force on 2025-06-01, but guards remain on the Turkish border")
	}

	st := catalogAgreement(t, "ARM-AZE-RUS-2020-statement")
	var art9 int
	for _, d := range st.Directed {
		if d.Article == "Art. 9" && d.Kind == relations.TransitRights {
			art9++
			if d.Beneficiary != AZE {
				t.Errorf("Art. 9 obligation owed to %s, want AZE", d.Beneficiary)
			}
		}
		if d.Kind == relations.BasingRights && (d.Valid.End != date("2024-04-17") || d.Obligor != AZE || d.Beneficiary != RUS) {
			t.Errorf("peacekeeping obligation %+v: want AZE hosting RUS until 2024-04-17", d)
		}
	}
	if art9 != 2 {
		t.Errorf("2020 statement: %d Art. 9 transit obligations, want 2 (Armenia's passage, the FSB's oversight)", art9)
	}
}

// TestCatalogDates checks that dates keep the precision of the facts file
// and that no term is recorded as an expiry.
func TestCatalogDates(t *testing.T) {
	for _, tc := range []struct {
		id, signed, inForce string
	}{
		{"ARM-RUS-1997-treaty", "1997-08-29", "1998"},           // agr-1997-treaty-signed, -in-force
		{"ARM-RUS-1995-base", "1995", "1995"},                   // agr-base-1995
		{"ARM-RUS-2010-base-protocol", "2010-08", "2011-07-06"}, // agr-base-2010-protocol, -in-force
		{"ARM-RUS-1992-border-guards", "1992-09-30", "1992"},    // agr-border-guards-1992
		{"CSTO-1992-treaty", "1992-05-15", "1994-04-20"},        // mem-csto-treaty
		{"CSTO-2002-charter", "2002-10-07", "2003-09-18"},       // mem-csto-org
		{"ARM-EAEU-2014-accession", "2014-10-10", "2015-01-02"}, // mem-eaeu-signed, -member
		{"ARM-AZE-RUS-2020-statement", "2020-11-09", "2020-11-10"},
		{"ARM-EU-2023-euma", "2023-01-23", "2023-02-20"},                // agr-euma-decision, agr-euma-launch
		{"AZE-RUS-2022-allied-declaration", "2022-02-22", "2022-02-22"}, // agr-ru-az-allied-declaration
		{"ARM-USA-2025-charter", "2025-01-14", "2025-01-14"},            // agr-us-charter
		{"IND-IRN-RUS-2000-instc", "2000-09-12", "2002-05-21"},          // agr-instc
		{"ARM-RUS-2022-tvel-fuel", "2022-08", ""},                       // agr-tvel-fuel-2022: signed only
		{"ARM-IND-2023-atags", "2023", ""},                              // agr-in-am-atags-2023: signed only
	} {
		a := catalogAgreement(t, tc.id)
		if got := a.Signed.String(); got != tc.signed {
			t.Errorf("%s signed %q, want %q", tc.id, got, tc.signed)
		}
		if got := a.History.Start().String(); got != tc.inForce {
			t.Errorf("%s in force from %q, want %q", tc.id, got, tc.inForce)
		}
	}
	for _, a := range agreements() {
		if a.Expires.IsValid() {
			t.Errorf("%s expires %s; the terms of the case renew themselves and are kept in Note", a.ID, a.Expires)
		}
	}
	// The 1997 treaty is still in force after its first 25-year term.
	if !catalogAgreement(t, "ARM-RUS-1997-treaty").InForce(date("2024-01-01")) {
		t.Error("1997 treaty not in force on 2024-01-01 (it rolled over, agr-1997-treaty-term)")
	}
}

// TestCatalogOpenGrievances checks the grievances each side holds as of
// 2025-06-01, and that none was raised by 2019-01-01.
func TestCatalogOpenGrievances(t *testing.T) {
	gs := grievances()
	for _, tc := range []struct {
		claimant, respondent actors.ID
		want                 []string
	}{
		{ARM, RUS, []string{
			"gr-arm-art9-selective",              // 2020-11-10
			"gr-arm-treaty-nonperformance",       // 2021-05/2022-09
			"gr-arm-undelivered-arms",            // 2022-09/2023
			"gr-arm-nk-2023",                     // 2023-09-19
			"gr-arm-propaganda-setrakov",         // 2024-02-22
			"gr-arm-propaganda-setrakov-seizure", // 2024-02-22
			"gr-arm-hybrid-war",                  // 2025-05
		}},
		{ARM, CSTO, []string{"gr-arm-treaty-nonperformance-csto"}}, // 'Russia/CSTO', 2021-05/2022-09
		{RUS, ARM, []string{
			"gr-rus-pivot-west",           // 2023/2025, SEED-ONLY
			"gr-rus-csto-clarify",         // 2024-02-23
			"gr-rus-zvartnots-unfriendly", // 2024-03-06
			"gr-rus-food-security-rebuke", // 2024-09
		}},
		{AZE, RUS, []string{"gr-aze-azal"}},               // 2024-12-25
		{RUS, AZE, []string{"gr-rus-aze-media-closures"}}, // 2025-02
		{ARM, AZE, []string{"gr-seed-aze-lobbying"}},      // 2025, SEED-ONLY
		{AZE, ARM, nil},
	} {
		got := catalogIDs(relations.Grievances(gs, tc.claimant, tc.respondent, date("2025-06-01")), func(g relations.Grievance) string { return g.ID })
		if !catalogSameSet(got, tc.want) {
			t.Errorf("open grievances of %s against %s on 2025-06-01 = %q, want %q", tc.claimant, tc.respondent, got, tc.want)
		}
		if early := relations.Grievances(gs, tc.claimant, tc.respondent, date("2019-01-01")); len(early) > 0 {
			t.Errorf("%s held %d grievances against %s on 2019-01-01, want none", tc.claimant, len(early), tc.respondent)
		}
	}
	for _, g := range gs {
		if g.Severity >= 0 {
			t.Errorf("%s: severity %v, want a conflictual (negative) Goldstein weight", g.ID, g.Severity)
		}
	}
}

// TestCatalogInvocations checks that every grievance invokes an agreement
// of the case, and an article that agreement has.
func TestCatalogInvocations(t *testing.T) {
	for _, g := range grievances() {
		v := g.Invokes
		if v.Agreement == "" {
			continue
		}
		a := catalogAgreement(t, v.Agreement)
		if v.Article == "" {
			continue
		}
		var found bool
		for _, m := range a.Mutual {
			found = found || m.Article == v.Article
		}
		for _, d := range a.Directed {
			found = found || d.Article == v.Article
		}
		if !found {
			t.Errorf("%s invokes %s of %s, which records no obligation under that article", g.ID, v.Article, v.Agreement)
		}
	}
}

// TestCatalogConfidence checks that no UNVERIFIED fact was used: every
// source, including those of history changes, is verified or
// single-source.
func TestCatalogConfidence(t *testing.T) {
	ok := func(what string, p indicators.Provenance) {
		t.Helper()
		if p.Confidence != indicators.Verified && p.Confidence != indicators.SingleSource {
			t.Errorf("%s: source %q is %s", what, p.Publisher, p.Confidence)
		}
	}
	for _, a := range agreements() {
		ok(a.ID, a.Source)
		for _, c := range a.History {
			if !c.Source.IsZero() {
				ok(a.ID+" history", c.Source)
			}
		}
	}
	for _, g := range grievances() {
		ok(g.ID, g.Source)
		for _, c := range g.History {
			if !c.Source.IsZero() {
				ok(g.ID+" history", c.Source)
			}
		}
	}
	for _, e := range events() {
		ok(e.ID, e.Source)
	}
	// The UNVERIFIED agreements named as left out are not cited.
	for _, id := range []string{"agr-ru-az-roadmap-2024-26", "agr-in-am-atags-84-report", "agr-in-am-akash-contract"} {
		if cite(id).Confidence != indicators.Unverified {
			t.Errorf("%s is no longer UNVERIFIED in the facts file; reconsider leaving it out", id)
		}
	}
}

// TestCatalogEventPairs checks that every event is between two actors of
// the case and that the events are in date order.
func TestCatalogEventPairs(t *testing.T) {
	caseIDs := []actors.ID{ARM, RUS, AZE, GEO, TUR, IRN, USA, EU, FRA, IND, CSTO, EAEU}
	es := events()
	for i, e := range es {
		if !slices.Contains(caseIDs, e.Actor) || !slices.Contains(caseIDs, e.Target) {
			t.Errorf("%s: %s → %s is not between actors of the case", e.ID, e.Actor, e.Target)
		}
		if i > 0 && es[i-1].On.First().Year() > e.On.First().Year() {
			t.Errorf("%s (%s) listed after %s (%s)", e.ID, e.On, es[i-1].ID, es[i-1].On)
		}
	}
}

// TestCatalogClimate checks that the catalog feeds the climate: relations
// with Russia are conflictual as of 2025-06-01 on both of the essay's
// axes.
func TestCatalogClimate(t *testing.T) {
	for _, pair := range [][2]actors.ID{{ARM, RUS}, {AZE, RUS}} {
		r, err := relations.Climate(pair[0], pair[1], events(), grievances(), relations.AsOf(date("2025-06-01")), relations.WithClimateParams(relations.DefaultClimateParams()))
		if err != nil {
			t.Fatal(err)
		}
		if r.Value >= 0 {
			t.Errorf("%v: want a negative climate", r)
		}
		t.Log(r)
	}
}

// catalogIDs returns the IDs of xs.
func catalogIDs[T any](xs []T, id func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = id(x)
	}
	return out
}

// catalogSameSet reports whether a and b hold the same IDs, in any order.
func catalogSameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// catalogAgreement returns the agreement with the given ID, failing the
// test if there is none.
func catalogAgreement(t *testing.T, id string) relations.Agreement {
	t.Helper()
	for _, a := range agreements() {
		if a.ID == id {
			return a
		}
	}
	t.Fatalf("no agreement %q", id)
	return relations.Agreement{}
}
