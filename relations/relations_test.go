package relations_test

import (
	"encoding/json"
	"errors"
	"iter"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

var (
	arm, rus, aze = actors.MustParse("ARM"), actors.MustParse("RUS"), actors.MustParse("AZE")
	day           = indicators.MustParseDate
)

// treaty1997 is the 1997 Armenia–Russia treaty as the facts file gives
// it: signed 1997-08-29, in force in 1998 (year only).
func treaty1997() relations.Agreement {
	return relations.Agreement{
		ID: "ARM-RUS-1997-treaty", Title: "Treaty of Friendship, Cooperation and Mutual Assistance", Kind: relations.Treaty,
		Parties: []actors.ID{arm, rus}, Signed: day("1997-08-29"),
		History:  actors.History{{On: day("1998"), To: actors.Active}},
		Mutual:   []relations.Mutual{{Kind: relations.Defence, Article: "Art. 2"}, {Kind: relations.Consultation, Article: "Art. 2"}},
		Directed: []relations.Directed{{Kind: relations.BorderProtection, Obligor: rus, Beneficiary: arm}},
		Source:   testSrc,
	}
}

func TestAgreementValidate(t *testing.T) {
	ok := treaty1997()
	if err := ok.Validate(); err != nil {
		t.Fatalf("valid treaty: %v", err)
	}
	tests := []struct {
		name   string
		change func(*relations.Agreement)
		want   error
	}{
		{"no ID", func(a *relations.Agreement) { a.ID = "" }, relations.ErrMissing},
		{"no title", func(a *relations.Agreement) { a.Title = "" }, relations.ErrMissing},
		{"unknown kind", func(a *relations.Agreement) { a.Kind = 99 }, relations.ErrUnknown},
		{"one party", func(a *relations.Agreement) { a.Parties = a.Parties[:1] }, relations.ErrInvalid},
		{"zero party", func(a *relations.Agreement) { a.Parties = []actors.ID{arm, {}} }, relations.ErrMissing},
		{"party twice", func(a *relations.Agreement) { a.Parties = []actors.ID{arm, arm} }, relations.ErrInvalid},
		{"no source", func(a *relations.Agreement) { a.Source = indicators.Provenance{} }, indicators.ErrMissing},
		{"history out of order", func(a *relations.Agreement) {
			a.History = actors.History{{On: day("2000"), To: actors.Active}, {On: day("1999"), To: actors.Ended}}
		}, actors.ErrInvalid},
		{"in force before signature", func(a *relations.Agreement) { a.History[0].On = day("1996") }, relations.ErrInvalid},
		{"expiry before entry into force", func(a *relations.Agreement) { a.Expires = day("1997") }, relations.ErrInvalid},
		{"unknown obligation", func(a *relations.Agreement) { a.Mutual[0].Kind = 0 }, relations.ErrUnknown},
		{"obligation owed by a non-party", func(a *relations.Agreement) { a.Directed[0].Obligor = aze }, relations.ErrInvalid},
		{"obligation owed to oneself", func(a *relations.Agreement) { a.Directed[0].Beneficiary = rus }, relations.ErrSelf},
		{"obligation that ends before it starts", func(a *relations.Agreement) {
			a.Directed[0].Valid = indicators.Period{Start: day("2024"), End: day("2020")}
		}, indicators.ErrInvalidPeriod},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := treaty1997()
			a.History = slices.Clone(a.History)
			a.Mutual = slices.Clone(a.Mutual)
			a.Directed = slices.Clone(a.Directed)
			tt.change(&a)
			err := a.Validate()
			if !errors.Is(err, tt.want) {
				t.Fatalf("Validate() = %v, want %v", err, tt.want)
			}
			if !strings.HasPrefix(err.Error(), "relations: ") && !strings.Contains(err.Error(), "relations:") {
				t.Errorf("error %q does not name the package", err)
			}
		})
	}
}

// TestAgreementInForce: the 1997 treaty entered into force in 1998 (year
// only), so it is not certainly in force on 1998-06-01 but is as of the
// end of 1998 and on 2019-01-01; an agreement with a term ends at its
// expiry; a suspended one is not in force.
func TestAgreementInForce(t *testing.T) {
	a := treaty1997()
	for _, c := range []struct {
		d    string
		want bool
	}{{"1997-12-31", false}, {"1998-06-01", false}, {"1998", true}, {"2019-01-01", true}} {
		if got := a.InForce(day(c.d)); got != c.want {
			t.Errorf("InForce(%s) = %v, want %v", c.d, got, c.want)
		}
	}
	if s, certain := a.Standing(day("1998-06-01")); s != 0 || certain {
		t.Errorf("Standing(1998-06-01) = %v, %v; want no standing yet, uncertain", s, certain)
	}
	base := relations.Agreement{ID: "base", Title: "base", Kind: relations.Basing, Parties: []actors.ID{rus, arm},
		History: actors.History{{On: day("1995"), To: actors.Active}}, Expires: day("2020"), Source: testSrc}
	if err := base.Validate(); err != nil {
		t.Fatal(err)
	}
	if !base.InForce(day("2019-12-31")) || base.InForce(day("2020")) {
		t.Errorf("a term expiring in 2020 must hold through 2019 and end by the end of 2020")
	}
	if s, certain := base.Standing(day("2020-06-01")); s != actors.Active || certain {
		t.Errorf("mid-2020 standing = %v, %v; want active but uncertain", s, certain)
	}
	// The basis built from it ends at the expiry.
	if got := base.Basis().History.Period(); got.End != day("2020") {
		t.Errorf("basis period %v, want an end in 2020", got)
	}
	suspended := treaty1997()
	suspended.History = append(slices.Clone(suspended.History), actors.Transition{On: day("2024-02-22"), To: actors.Suspended})
	got := relations.InForce([]relations.Agreement{treaty1997(), suspended, base}, arm, rus, day("2025-06-01"))
	if len(got) != 1 || got[0].ID != "ARM-RUS-1997-treaty" || len(got[0].History) != 1 {
		t.Errorf("in force on 2025-06-01: %v; want only the unsuspended treaty", got)
	}
	if got := relations.InForce([]relations.Agreement{treaty1997()}, arm, aze, day("2025-06-01")); len(got) != 0 {
		t.Errorf("agreements between ARM and AZE: %v, want none", got)
	}
}

func grievance() relations.Grievance {
	return relations.Grievance{ID: "g", Claimant: arm, Respondent: rus, Raised: day("2022-09"), Issue: relations.SecurityGuarantee,
		Severity: -4, Invokes: relations.Invocation{Agreement: "ARM-RUS-1997-treaty", Article: "Art. 2", Obligation: relations.Defence},
		Summary: "no help under the treaty", Source: testSrc}
}

func TestGrievance(t *testing.T) {
	g := grievance()
	if err := g.Validate(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		change func(*relations.Grievance)
		want   error
	}{
		{"no ID", func(g *relations.Grievance) { g.ID = "" }, relations.ErrMissing},
		{"claimant is the respondent", func(g *relations.Grievance) { g.Respondent = arm }, relations.ErrSelf},
		{"no claimant", func(g *relations.Grievance) { g.Claimant = actors.ID{} }, relations.ErrMissing},
		{"no respondent", func(g *relations.Grievance) { g.Respondent = actors.ID{} }, relations.ErrMissing},
		{"no date", func(g *relations.Grievance) { g.Raised = indicators.Date{} }, relations.ErrMissing},
		{"unknown issue", func(g *relations.Grievance) { g.Issue = 0 }, relations.ErrUnknown},
		{"severity off the scale", func(g *relations.Grievance) { g.Severity = -11 }, relations.ErrInvalid},
		{"severity NaN", func(g *relations.Grievance) { g.Severity = math.NaN() }, relations.ErrInvalid},
		{"severity +Inf", func(g *relations.Grievance) { g.Severity = math.Inf(1) }, relations.ErrInvalid},
		{"unknown obligation", func(g *relations.Grievance) { g.Invokes.Obligation = 77 }, relations.ErrUnknown},
		{"no summary", func(g *relations.Grievance) { g.Summary = "" }, relations.ErrMissing},
		{"no source", func(g *relations.Grievance) { g.Source = indicators.Provenance{} }, indicators.ErrMissing},
		{"resolved before raised", func(g *relations.Grievance) {
			g.History = []relations.StatusChange{{On: day("2021"), To: relations.Resolved}}
		}, relations.ErrInvalid},
		{"unknown status", func(g *relations.Grievance) {
			g.History = []relations.StatusChange{{On: day("2023"), To: 9}}
		}, relations.ErrUnknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := grievance()
			tt.change(&g)
			if err := g.Validate(); !errors.Is(err, tt.want) {
				t.Fatalf("Validate() = %v, want %v", err, tt.want)
			}
		})
	}
	g.History = []relations.StatusChange{{On: day("2025-03"), To: relations.Resolved}}
	for _, c := range []struct {
		d      string
		want   relations.GrievanceStatus
		exists bool
	}{{"2022-08-31", 0, false}, {"2022-09", relations.Open, true}, {"2025-03-15", relations.Open, true}, {"2025-03", relations.Resolved, true}} {
		s, ok := g.Status(day(c.d))
		if s != c.want || ok != c.exists {
			t.Errorf("Status(%s) = %v, %v; want %v, %v", c.d, s, ok, c.want, c.exists)
		}
	}
	open := relations.Grievances([]relations.Grievance{grievance(), g}, arm, rus, day("2025-06-01"))
	if len(open) != 1 || len(open[0].History) != 0 {
		t.Errorf("open on 2025-06-01: %v; want the unresolved one", open)
	}
}

// TestGoldstein checks table lookups against GDELT's
// CAMEO.goldsteinscale.txt (methodology notes §5 and §8.2): 057 → 8.0,
// 163 → −8.0, 190 → −10.0, 0874 → 10.0; "10" and "010" are different codes.
func TestGoldstein(t *testing.T) {
	for code, want := range map[string]float64{"057": 8, "163": -8, "190": -10, "0874": 10, "111": -2, "10": -5} {
		if got, ok := relations.Goldstein(code); !ok || got != want {
			t.Errorf("Goldstein(%q) = %v, %v; want %v", code, got, ok, want)
		}
	}
	if _, ok := relations.Goldstein("57"); ok {
		t.Errorf(`"57" is not a CAMEO code; "057" is`)
	}
}

// comparable lets cmp compare the module's small value types, which are
// documented as safe to compare with ==.
var comparable = cmpopts.EquateComparable(indicators.Date{}, actors.ID{})

func event(id, code, on string, from, to actors.ID) relations.Event {
	return relations.Event{ID: id, Actor: from, Target: to, On: day(on), Code: code, Summary: id, Source: testSrc}
}

// TestClimate: the signed aggregation of methodology notes §8.2 (events
// 057, 111, 163 on one day sum to 8 − 2 − 8 = −2), the half-life (an event
// 180 days old counts half), confidence weights, open grievances weighing
// while open, and tanh scaling.
func TestClimate(t *testing.T) {
	p := relations.DefaultClimateParams()
	evs := []relations.Event{event("a", "057", "2024-01-01", arm, rus), event("b", "111", "2024-01-01", rus, arm), event("c", "163", "2024-01-01", arm, rus)}
	c, err := relations.Climate(arm, rus, evs, nil, relations.AsOf(day("2024-01-01")), relations.WithClimateParams(p))
	if err != nil {
		t.Fatal(err)
	}
	if c.Raw != -2 || len(c.Terms) != 3 || c.Value != math.Tanh(-2.0/10) {
		t.Errorf("raw %v, value %v, %d terms; want -2, tanh(-0.2), 3", c.Raw, c.Value, len(c.Terms))
	}
	// 180 days later (2024 is a leap year: 2024-06-29 is day 180 after
	// 2024-01-01), each event counts half.
	c, _ = relations.Climate(arm, rus, evs, nil, relations.AsOf(day("2024-06-29")), relations.WithClimateParams(p))
	if c.Raw != -1 {
		t.Errorf("after one half-life raw = %v, want -1", c.Raw)
	}
	// Before the events, nothing; other pairs' events are ignored.
	c, _ = relations.Climate(arm, rus, append(evs, event("d", "190", "2023-01-01", aze, arm)), nil, relations.AsOf(day("2023-12-31")), relations.WithClimateParams(p))
	if c.Raw != 0 || len(c.Terms) != 0 {
		t.Errorf("before the events: %+v", c)
	}
	// A single-source event counts half; an unverified one not at all.
	single, unver := event("s", "057", "2024-01-01", arm, rus), event("u", "057", "2024-01-01", arm, rus)
	single.Source.Confidence, unver.Source.Confidence = indicators.SingleSource, indicators.Unverified
	c, _ = relations.Climate(arm, rus, []relations.Event{single, unver}, nil, relations.AsOf(day("2024-01-01")), relations.WithClimateParams(p))
	if c.Raw != 4 {
		t.Errorf("confidence weights: raw %v, want 0.5 × 8", c.Raw)
	}
	// An open grievance weighs a quarter of its severity, without decay,
	// while open, and nothing once resolved.
	g := grievance()
	g.History = []relations.StatusChange{{On: day("2030"), To: relations.Resolved}}
	for _, d := range []string{"2022-09-30", "2029-12-31"} {
		c, _ = relations.Climate(arm, rus, nil, []relations.Grievance{g}, relations.AsOf(day(d)), relations.WithClimateParams(p))
		if c.Raw != -1 {
			t.Errorf("open grievance on %s: raw %v, want 0.25 × -4", d, c.Raw)
		}
	}
	if c, _ = relations.Climate(rus, arm, nil, []relations.Grievance{g}, relations.AsOf(day("2030")), relations.WithClimateParams(p)); c.Raw != 0 {
		t.Errorf("resolved grievance still weighs %v", c.Raw)
	}
	for _, bad := range []struct {
		name string
		call func() error
		want error
	}{
		{"self pair", func() error {
			_, err := relations.Climate(arm, arm, nil, nil, relations.AsOf(day("2024")), relations.WithClimateParams(p))
			return err
		}, relations.ErrSelf},
		{"zero actor", func() error {
			_, err := relations.Climate(arm, actors.ID{}, nil, nil, relations.AsOf(day("2024")), relations.WithClimateParams(p))
			return err
		}, actors.ErrInvalidID},
		{"zero date", func() error {
			_, err := relations.Climate(arm, rus, nil, nil, relations.AsOf(indicators.Date{}), relations.WithClimateParams(p))
			return err
		}, indicators.ErrInvalidDate},
		{"unknown code", func() error {
			_, err := relations.Climate(arm, rus, []relations.Event{event("x", "999", "2024", arm, rus)}, nil, relations.AsOf(day("2024")), relations.WithClimateParams(p))
			return err
		}, relations.ErrUnknown},
		{"zero half-life", func() error {
			q := p
			q.HalfLife = 0
			_, err := relations.Climate(arm, rus, nil, nil, relations.AsOf(day("2024")), relations.WithClimateParams(q))
			return err
		}, relations.ErrInvalid},
	} {
		if err := bad.call(); !errors.Is(err, bad.want) {
			t.Errorf("%s: error %v, want %v", bad.name, err, bad.want)
		}
	}
}

// TestCINC reproduces the published NMC v6.0 cinc values for 2016 from the
// six components and the 2016 system totals given in the methodology notes
// (§4.1, reproduced from NMC-60-abridged.csv): Russia 0.036472768 and
// Armenia 0.00060002581. The abridged file rounds the components to whole
// units, so the published values, computed from the unrounded data, agree
// to about 3e-8 relative; the test holds them to 1e-7. Armenia's iron and
// steel output of 0 is a real zero, not a missing value.
func TestCINC(t *testing.T) {
	system := relations.NMC(1503924000, 19700, 1626954, 21884250, 7448156, 2344974)
	for _, c := range []struct {
		name  string
		state relations.Components
		want  float64
		used  int
	}{
		{"RUS 2016", relations.NMC(46626000, 798, 70453, 1322198, 143965, 56926), 0.036472768, 6},
		{"ARM 2016", relations.NMC(428000, 45, 0, 3952, 2925, 1074), 0.00060002581, 6},
		{"USA 2016", relations.NMC(604452000, 1381, 78475, 3293117, 322180, 197817), 0.13305758, 6},
		{"CHN 2016", relations.NMC(145039000, 2333, 807609, 5679028, 1403500, 526464), 0.23061772, 6},
	} {
		got, err := relations.CINC(c.state, system)
		if err != nil {
			t.Fatal(err)
		}
		if rel := math.Abs(got.Index-c.want) / c.want; rel > 1e-7 || got.Used != c.used {
			t.Errorf("%s: CINC %v (K=%d), published %v (relative error %.2g)", c.name, got.Index, got.Used, c.want, rel)
		}
	}
	// A missing component (-9 in the data set) is left out of the average.
	partial := relations.NMC(-9, 45, 0, 3952, 2925, 1074)
	got, err := relations.CINC(partial, system)
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for i, v := range []float64{45.0 / 19700, 0, 3952.0 / 21884250, 2925.0 / 7448156, 1074.0 / 2344974} {
		_ = i
		sum += v
	}
	if got.Used != 5 || math.Abs(got.Index-sum/5) > 1e-18 || !math.IsNaN(got.Shares[0]) {
		t.Errorf("missing milex: CINC %v over %d components, want the mean of five shares %v", got.Index, got.Used, sum/5)
	}
	for _, bad := range []struct {
		name          string
		state, system relations.Components
	}{
		{"nothing known", relations.NMC(-9, -9, -9, -9, -9, -9), system},
		{"negative value", relations.NMC(-1, 45, 0, 3952, 2925, 1074), system},
		{"NaN value", relations.NMC(math.NaN(), 45, 0, 3952, 2925, 1074), system},
		{"known component, unknown total", relations.NMC(428000, 45, 0, 3952, 2925, 1074), relations.NMC(-9, 19700, 1626954, 21884250, 7448156, 2344974)},
		{"zero total", relations.NMC(428000, 45, 0, 3952, 2925, 1074), relations.NMC(0, 19700, 1626954, 21884250, 7448156, 2344974)},
	} {
		if _, err := relations.CINC(bad.state, bad.system); !errors.Is(err, relations.ErrInvalid) {
			t.Errorf("%s: error %v, want ErrInvalid", bad.name, err)
		}
	}
}

// TestScenarioLeavesOriginalsUnchanged applies every kind of step and
// checks the originals, compared by value and by their JSON encoding, are
// as before, while the copies changed.
func TestScenarioLeavesOriginalsUnchanged(t *testing.T) {
	frozen := actors.Basis{Kind: actors.MembershipBasis, Ref: "CSTO", History: actors.History{{On: day("1994-04-20"), To: actors.Active}, {On: day("2024-02-22"), To: actors.Suspended}}}
	bloc := tie(actors.Institutional, "RUS", "CSTO", share("c", "2002", 1.0))
	bloc.RestsOn = []actors.Basis{frozen}
	gas := tie(actors.Energy, "RUS", "gas", share("g", "2023", 0.8))
	gas.Substitutability = share("gs", "2022", 0.14)
	a := state("ARM", withVolume(tie(actors.Trade, "RUS", "trade", share("t", "2024", 0.41)), usd("v", "2024", 12.4e9)), gas, bloc,
		tie(actors.Security, "RUS", "arms", share("a", "2024", 0.1)))
	r := state("RUS", withVolume(tie(actors.Trade, "ARM", "trade", share("t2", "2023", 0.0104)), usd("v2", "2024", 12.4e9)),
		tie(actors.Institutional, "ARM", "none", share("n", "1992", 0.0)), tie(actors.Transit, "ARM", "route", share("rt", "2023", 0.01)))
	beforeA, _ := json.Marshal(a)
	beforeR, _ := json.Marshal(r)
	keepA, keepR := a, r
	s := relations.Scenario{Name: "all steps", Steps: []relations.Step{
		relations.ScaleShare{Holder: arm, Provider: rus, Channel: actors.Security, Factor: 5},
		relations.ScaleSubstitutability{Holder: arm, Provider: rus, Channel: actors.Energy, Factor: 0.5},
		relations.ScaleVolume{Holder: arm, Provider: rus, Factor: 0.5},
		relations.RemoveTie{Holder: rus, Provider: arm, Channel: actors.Institutional},
		relations.AddTie{Holder: arm, Tie: tie(actors.Food, "RUS", "wheat", share("w", "2023", 0.99))},
		relations.ChangeBasis{Holder: arm, Ref: "CSTO", Change: actors.Transition{On: day("2025-06-01"), To: actors.Active}},
		relations.ShiftBasis{Holder: arm, Ref: "CSTO", Years: -1},
	}}
	res, err := s.Run(r, a, relations.AsOf(day("2025")))
	if err != nil {
		t.Fatal(err)
	}
	afterA, _ := json.Marshal(a)
	afterR, _ := json.Marshal(r)
	if string(beforeA) != string(afterA) || string(beforeR) != string(afterR) || !a.Equal(keepA) || !r.Equal(keepR) {
		t.Fatal("the scenario changed an original actor")
	}
	if !(res.After.AB.Score > res.Before.AB.Score) || len(res.Moved) == 0 {
		t.Errorf("the scenario should raise RUS's leverage and move contributions: %v", res)
	}
	changed, err := s.Apply(r, a)
	if err != nil {
		t.Fatal(err)
	}
	if got := collect(changed[1].TiesFrom(rus)); len(got) != 5 {
		t.Errorf("changed ARM has %d ties toward RUS, want 5", len(got))
	}
	if len(collect(changed[0].TiesFrom(arm))) != 2 {
		t.Errorf("the removed tie is still there")
	}
	// Errors: an unknown holder, a tie that does not exist, a basis no one
	// has, a negative factor.
	for _, bad := range []relations.Step{
		relations.ScaleShare{Holder: aze, Provider: rus, Factor: 2},
		relations.RemoveTie{Holder: arm, Provider: rus, Channel: actors.Transit},
		relations.ChangeBasis{Ref: "NATO", Change: actors.Transition{On: day("2025"), To: actors.Active}},
		relations.ShiftBasis{Ref: "NATO", Years: 1},
		relations.ScaleVolume{Holder: arm, Provider: rus, Factor: -1},
	} {
		if _, err := (relations.Scenario{Name: "bad", Steps: []relations.Step{bad}}).Apply(r, a); !errors.Is(err, relations.ErrInvalid) {
			t.Errorf("step %s: error %v, want ErrInvalid", bad, err)
		}
	}
	// A change that breaks the history's order is caught by actors.New.
	early := relations.ChangeBasis{Holder: arm, Ref: "CSTO", Change: actors.Transition{On: day("2000"), To: actors.Ended}}
	if _, err := (relations.Scenario{Name: "early", Steps: []relations.Step{early}}).Apply(r, a); !errors.Is(err, actors.ErrInvalid) {
		t.Errorf("out-of-order change: %v", err)
	}
}

// TestJSONRoundTrip: agreements, grievances and events survive
// encoding/json unchanged, with enums, IDs and dates as readable text, and
// an unknown enum word is an error.
func TestJSONRoundTrip(t *testing.T) {
	ag := treaty1997()
	ag.Expires = day("2044")
	g := grievance()
	g.History = []relations.StatusChange{{On: day("2025-03"), To: relations.Resolved, Source: testSrc}}
	ev := event("e", "057", "2022-02-22", rus, aze)
	for _, v := range []any{ag, g, ev} {
		b, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		var diff string
		switch want := v.(type) {
		case relations.Agreement:
			var got relations.Agreement
			err = json.Unmarshal(b, &got)
			diff = cmp.Diff(want, got, comparable)
		case relations.Grievance:
			var got relations.Grievance
			err = json.Unmarshal(b, &got)
			diff = cmp.Diff(want, got, comparable)
		case relations.Event:
			var got relations.Event
			err = json.Unmarshal(b, &got)
			diff = cmp.Diff(want, got, comparable)
		}
		if err != nil || diff != "" {
			t.Errorf("round trip of %T: %v (-want +got):\n%s", v, err, diff)
		}
	}
	b, _ := json.Marshal(ag)
	for _, text := range []string{`"kind":"treaty"`, `"parties":["ARM","RUS"]`, `"signed":"1997-08-29"`, `"on":"1998"`, `"kind":"border-protection"`, `"obligor":"RUS"`} {
		if !strings.Contains(string(b), text) {
			t.Errorf("JSON %s lacks %s", b, text)
		}
	}
	for _, bad := range []string{
		strings.Replace(string(b), `"kind":"treaty"`, `"kind":"alliance"`, 1),
		strings.Replace(string(b), `"kind":"border-protection"`, `"kind":"protection"`, 1),
		strings.Replace(string(b), `"signed":"1997-08-29"`, `"signed":"1997-8-29"`, 1),
		strings.Replace(string(b), `"parties":["ARM","RUS"]`, `"parties":["ARM","rus"]`, 1),
	} {
		var got relations.Agreement
		if err := json.Unmarshal([]byte(bad), &got); err == nil {
			t.Errorf("decoding %s: no error", bad)
		}
	}
	var st relations.GrievanceStatus
	if err := json.Unmarshal([]byte(`"pending"`), &st); !errors.Is(err, relations.ErrUnknown) {
		t.Errorf("unknown status word: %v", err)
	}
}

// collect copies the ties a walk yields, for comparisons.
func collect(seq iter.Seq[actors.TieView]) []actors.Tie {
	var out []actors.Tie
	for v := range seq {
		out = append(out, v.Tie())
	}
	return out
}
