package bilateral_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/indicators/trend"
	"github.com/statecraft/bilateral/relations"
)

// The tests in this file are the natural mistakes a new user made, each
// named after its trap: each now gets a correct result or a clear error.

var trapSource = indicators.Provenance{Publisher: "test", Confidence: indicators.Verified}

// TestErrorIdentityAcrossPackages: a concept has one error value in the
// module, so a user who checks against the package they called matches
// an error built in another package (property over every pairing).
func TestErrorIdentityAcrossPackages(t *testing.T) {
	groups := [][]error{
		{indicators.ErrMissing, actors.ErrMissing, relations.ErrMissing},
		{indicators.ErrUnknown, actors.ErrUnknown, relations.ErrUnknown},
		{indicators.ErrInvalid, actors.ErrInvalid, relations.ErrInvalid, trend.ErrInvalid},
		{indicators.ErrOrder, trend.ErrOrder},
		{indicators.ErrTooFew, trend.ErrTooFew},
		{indicators.ErrUndefined, trend.ErrUndefined},
	}
	for _, g := range groups {
		for _, a := range g {
			for _, b := range g {
				if a != b {
					t.Errorf("%v and %v are different values", a, b)
				}
			}
		}
	}
}

// TestScenarioErrorNamesPackageOnce: the scenario that adds a tie with no
// share fails inside actors; the error matches relations.ErrMissing and
// names its package once, at the start.
func TestScenarioErrorNamesPackageOnce(t *testing.T) {
	arm := actors.MustNew(actors.Info{ID: actors.MustParse("ARM"), Kind: actors.State, Name: "Armenia", Source: trapSource})
	sc := relations.Scenario{Name: "x", Steps: []relations.Step{
		relations.AddTie{Holder: arm.ID(), Tie: actors.Tie{Channel: actors.Food, Provider: actors.MustParse("RUS"), Label: "wheat"}},
	}}
	_, err := sc.Apply(arm)
	if !errors.Is(err, relations.ErrMissing) {
		t.Fatalf("err = %v, want relations.ErrMissing", err)
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "relations: ") || strings.Count(msg, "relations: ")+strings.Count(msg, "actors: ")+strings.Count(msg, "indicators: ") != 1 {
		t.Errorf("message names packages more than once: %q", msg)
	}
	if !strings.Contains(msg, "Share") {
		t.Errorf("message does not name the field: %q", msg)
	}
}

// TestStaleMembershipBasis: a basis copied from a membership before the
// membership was frozen is rejected by actors.New with the remedy; a basis
// that refers to the membership (no history) follows it, so the frozen
// membership suspends the tie.
func TestStaleMembershipBasis(t *testing.T) {
	csto := actors.MustParse("CSTO")
	rus := actors.MustParse("RUS")
	d := indicators.MustParseDate
	m := actors.Membership{Org: csto, Source: trapSource, History: actors.History{{On: d("2002-10-07"), To: actors.Active}}}
	stale := m.Basis() // taken before the freeze
	m.History = append(m.History, actors.Transition{On: d("2024-02-22"), To: actors.Suspended})
	share := indicators.MustNew(indicators.Info{Code: "ARM.RUS.csto", Name: "CSTO", Unit: indicators.Share, Source: trapSource},
		indicators.Observation{At: d("2002"), Value: 1})
	info := actors.Info{ID: actors.MustParse("ARM"), Kind: actors.State, Name: "Armenia", Source: trapSource,
		Memberships: []actors.Membership{m},
		Ties:        []actors.Tie{{Channel: actors.Institutional, Provider: rus, Label: "CSTO", Share: share, RestsOn: []actors.Basis{stale}}}}
	_, err := actors.New(info)
	if !errors.Is(err, actors.ErrInvalid) || !strings.Contains(err.Error(), "leave History empty") {
		t.Errorf("stale copy: err = %v, want ErrInvalid with the remedy", err)
	}
	info.Ties[0].RestsOn = []actors.Basis{{Kind: actors.MembershipBasis, Ref: "CSTO"}}
	a, err := actors.New(info)
	if err != nil {
		t.Fatal(err)
	}
	for v := range a.Ties() {
		if s, _, _ := v.Standing(d("2024-06-01")); s != actors.Suspended {
			t.Errorf("tie standing on 2024-06-01 = %v, want suspended (the membership is frozen)", s)
		}
		if s, _, _ := v.Standing(d("2020")); s != actors.Active {
			t.Errorf("tie standing in 2020 = %v, want active", s)
		}
	}
	info.Memberships = nil
	if _, err := actors.New(info); !errors.Is(err, actors.ErrMissing) {
		t.Errorf("reference to an absent membership: err = %v, want ErrMissing", err)
	}
}

// TestForgottenConfidence: a provenance whose Confidence was left out is
// a missing field with the remedy, not "Confidence 0: unknown word".
func TestForgottenConfidence(t *testing.T) {
	err := indicators.Provenance{Publisher: "x"}.Validate()
	if !errors.Is(err, indicators.ErrMissing) || !strings.Contains(err.Error(), "Verified") {
		t.Errorf("err = %v", err)
	}
}

// TestTrendOptionIgnored: an option a trend function does not use is an
// error, not silently dropped; the order of options does not matter.
func TestTrendOptionIgnored(t *testing.T) {
	x := []float64{1, 2, 3, 4, 5, 6}
	y := []float64{1, 3, 2, 5, 4, 6}
	if _, err := trend.TheilSen(x, y, trend.WithAlpha(0.1)); !errors.Is(err, trend.ErrInvalid) || !strings.Contains(err.Error(), "WithAlpha") {
		t.Errorf("TheilSen(WithAlpha) err = %v", err)
	}
	if _, err := trend.MannKendall(x, y, trend.WithLevel(0.9)); !errors.Is(err, trend.ErrInvalid) {
		t.Errorf("MannKendall(WithLevel) err = %v", err)
	}
	a, err1 := trend.Trend(x, y, trend.WithAlpha(0.2), trend.WithLevel(0.8))
	b, err2 := trend.Trend(x, y, trend.WithLevel(0.8), trend.WithAlpha(0.2))
	if err1 != nil || err2 != nil || a != b {
		t.Errorf("option order changed the result: %+v %v / %+v %v", a, err1, b, err2)
	}
}

// TestDateBeforeAgreesWithCompare: "1998" orders before "1998-06" in
// Compare, Before and sorting alike; the certain order has its own name.
func TestDateBeforeAgreesWithCompare(t *testing.T) {
	a, b := indicators.MustParseDate("1998"), indicators.MustParseDate("1998-06")
	if a.Compare(b) != -1 || !a.Before(b) || b.Before(a) || !b.After(a) || a.EndsBefore(b) {
		t.Errorf("Compare %d Before %v/%v After %v EndsBefore %v", a.Compare(b), a.Before(b), b.Before(a), b.After(a), a.EndsBefore(b))
	}
}

// TestSoleShareHelper: the share of a stock the provider alone runs is
// built from its basis in one call: 1 from the basis's first day in force
// (by definition of a sole provider), and an error for a basis with no
// history to date it.
func TestSoleShareHelper(t *testing.T) {
	arm, rus := actors.MustParse("ARM"), actors.MustParse("RUS")
	base := actors.Basis{Kind: actors.AgreementBasis, Ref: "gyumri-1995", Title: "1995 basing treaty",
		History: actors.History{{On: indicators.MustParseDate("1997-04-29"), To: actors.Active}}}
	share, err := actors.SoleShare(arm, rus, base, trapSource)
	if err != nil {
		t.Fatal(err)
	}
	o, ok := share.AsOf(indicators.MustParseDate("2000"))
	if !ok || o.Value != 1 || o.At != indicators.MustParseDate("1997-04-29") || share.Unit() != indicators.Share {
		t.Errorf("share as of 2000: %+v %v, unit %v", o, ok, share.Unit())
	}
	if _, ok := share.AsOf(indicators.MustParseDate("1996")); ok {
		t.Error("the share exists before the basis")
	}
	if _, err := actors.SoleShare(arm, rus, actors.Basis{Kind: actors.MembershipBasis, Ref: "CSTO"}, trapSource); !errors.Is(err, actors.ErrMissing) {
		t.Errorf("basis without history: %v", err)
	}
}

// TestMembershipReferenceSurvivesRebuild: the documented way to change an
// actor (Info, modify, New) keeps a membership basis given by reference
// as a reference, so freezing the membership in the Info carries over to
// the tie instead of failing as a stale copy.
func TestMembershipReferenceSurvivesRebuild(t *testing.T) {
	d := indicators.MustParseDate
	csto := actors.MustParse("CSTO")
	share := indicators.MustNew(indicators.Info{Code: "ARM.RUS.csto", Name: "CSTO", Unit: indicators.Share, Source: trapSource},
		indicators.Observation{At: d("2002"), Value: 1})
	a := actors.MustNew(actors.Info{ID: actors.MustParse("ARM"), Kind: actors.State, Name: "Armenia", Source: trapSource,
		Memberships: []actors.Membership{{Org: csto, Source: trapSource, History: actors.History{{On: d("2002-10-07"), To: actors.Active}}}},
		Ties:        []actors.Tie{{Channel: actors.Institutional, Provider: actors.MustParse("RUS"), Label: "CSTO", Share: share, RestsOn: []actors.Basis{{Kind: actors.MembershipBasis, Ref: "CSTO"}}}}})
	info := a.Info()
	info.Memberships[0].History = append(info.Memberships[0].History, actors.Transition{On: d("2024-02-22"), To: actors.Suspended})
	b, err := actors.New(info)
	if err != nil {
		t.Fatal(err)
	}
	for v := range b.Ties() {
		if s, _, i := v.Standing(d("2024-06")); s != actors.Suspended || v.Basis(i).Title != "membership in CSTO" || len(v.Basis(i).History) != 2 {
			t.Errorf("standing %v, basis %+v", s, v.Basis(i))
		}
		if got := v.Tie().RestsOn[0]; len(got.History) != 0 {
			t.Errorf("the copy of the tie lost its reference: %+v", got)
		}
	}
	var zero actors.TieView
	if zero.Label() != "" || zero.Basis(0).Ref != "" {
		t.Error("the zero TieView returns zero values")
	}
	if s, c, i := zero.Standing(d("2024")); s != 0 || c || i != -1 {
		t.Errorf("zero TieView standing %v %v %d", s, c, i)
	}
}

// TestStandingOnZeroDate: a zero date (an ignored parse error) has no
// standing and says the answer is not certain, instead of "no standing,
// certainly".
func TestStandingOnZeroDate(t *testing.T) {
	m := actors.Membership{Org: actors.MustParse("CSTO"), Source: trapSource,
		History: actors.History{{On: indicators.MustParseDate("2002-10-07"), To: actors.Active}}}
	if s, c := m.Standing(indicators.Date{}); s != 0 || c {
		t.Errorf("Standing(zero) = %v, %v; want 0, false", s, c)
	}
}
