package actors_test

import (
	"errors"
	"fmt"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
)

// This example parses actor IDs. IDs are upper case: "arm" is rejected,
// not folded, so that one actor has one spelling.
func ExampleParse() {
	for _, s := range []string{"ARM", "CSTO", "arm"} {
		id, err := actors.Parse(s)
		fmt.Printf("%q valid=%v invalid-ID-error=%v\n", id, id.IsValid(), errors.Is(err, actors.ErrInvalidID))
	}
	// Output:
	// "ARM" valid=true invalid-ID-error=false
	// "CSTO" valid=true invalid-ID-error=false
	// "" valid=false invalid-ID-error=true
}

// This example builds Armenia with its ISO codes and reads them back. The
// zero Actor is not valid and says so.
func ExampleNew() {
	armenia, err := actors.New(actors.Info{
		ID: actors.MustParse("ARM"), Kind: actors.State, Name: "Armenia",
		Codes: []actors.Code{
			{Scheme: actors.ISO3166Alpha3, Value: "ARM"},
			{Scheme: actors.ISO3166Alpha2, Value: "AM"},
		},
		Source: indicators.Provenance{Publisher: "ISO 3166-1 country code list", Confidence: indicators.Verified},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	alpha2, _ := armenia.Code(actors.ISO3166Alpha2, indicators.MustParseDate("2024"))
	fmt.Println(armenia, armenia.Kind(), alpha2)

	var zero actors.Actor
	fmt.Println(zero.IsValid(), zero.Validate() != nil)

	_, err = actors.New(actors.Info{ID: actors.MustParse("ARM"), Kind: actors.State, Name: "Armenia",
		Codes:  []actors.Code{{Scheme: actors.ISO3166Alpha3, Value: "arm"}},
		Source: indicators.Provenance{Publisher: "ISO 3166-1 country code list", Confidence: indicators.Verified}})
	fmt.Println(err)
	// Output:
	// Armenia (ARM) state AM
	// false true
	// actors: ARM: Codes[0]: iso3166-1-alpha3 "arm": invalid value
}

// This example reads Armenia's CSTO membership through time: active from
// the treaty's entry into force on 20 April 1994, frozen (suspended) from
// 22 February 2024, and still formally held.
func ExampleMembership() {
	d := indicators.MustParseDate
	m := actors.Membership{
		Org: actors.MustParse("CSTO"),
		History: actors.History{
			{On: d("1994-04-20"), To: actors.Active},
			{On: d("2024-02-22"), To: actors.Suspended},
		},
		Source: indicators.Provenance{Publisher: "Asbarez", Title: "Armenia has 'frozen' participation in CSTO",
			URL: "https://asbarez.com/armenia-has-frozen-participation-in-csto-angering-moscow/", Confidence: indicators.Verified},
	}
	for _, on := range []string{"1994-04-19", "2023-06-01", "2024-02-22", "2024-06-01"} {
		if s, _ := m.Standing(d(on)); s == 0 {
			fmt.Println(on, "not yet a member")
		} else {
			fmt.Println(on, s)
		}
	}
	fmt.Println(m.History.Period())
	// Output:
	// 1994-04-19 not yet a member
	// 2023-06-01 active
	// 2024-02-22 suspended
	// 2024-06-01 suspended
	// 1994-04-20/..
}

// This example records Armenia's memberships in the CSTO (active from the
// treaty's entry into force on 20 April 1994, frozen from 22 February
// 2024) and in the EAEU (from 2 January 2015), and asks which Armenia held
// on a few dates.
func ExampleActor_MembershipsOn() {
	d := indicators.MustParseDate
	src := func(publisher string) indicators.Provenance {
		return indicators.Provenance{Publisher: publisher, Confidence: indicators.Verified}
	}
	armenia := actors.MustNew(actors.Info{
		ID: actors.MustParse("ARM"), Kind: actors.State, Name: "Armenia", Source: src("ISO 3166-1 country code list"),
		Memberships: []actors.Membership{
			{Org: actors.MustParse("CSTO"), Source: src("windowstorussia.com"), History: actors.History{
				{On: d("1994-04-20"), To: actors.Active},
				{On: d("2024-02-22"), To: actors.Suspended, Source: src("Asbarez")},
			}},
			{Org: actors.MustParse("EAEU"), Source: src("ragmamoul.net"), History: actors.History{
				{On: d("2015-01-02"), To: actors.Active},
			}},
		},
	})
	for _, on := range []string{"1993-12-31", "2015-01-01", "2020-01-01", "2024-06-01"} {
		fmt.Print(on, ":")
		for _, h := range armenia.MembershipsOn(d(on)) {
			fmt.Printf(" %s (%s)", h.Org, h.Standing)
		}
		fmt.Println()
	}
	// Output:
	// 1993-12-31:
	// 2015-01-01: CSTO (active)
	// 2020-01-01: CSTO (active) EAEU (active)
	// 2024-06-01: CSTO (suspended) EAEU (active)
}

// This example asks who the CSTO's active members among Armenia and
// Russia were. Armenia froze its participation on 22 February 2024: it is
// still a member, but no longer an active one.
func ExampleActiveMembers() {
	d := indicators.MustParseDate
	csto := actors.MustParse("CSTO")
	src := indicators.Provenance{Publisher: "windowstorussia.com", Confidence: indicators.Verified}
	member := func(id, name string, h actors.History) actors.Actor {
		return actors.MustNew(actors.Info{ID: actors.MustParse(id), Kind: actors.State, Name: name, Source: src,
			Memberships: []actors.Membership{{Org: csto, History: h, Source: src}}})
	}
	armenia := member("ARM", "Armenia", actors.History{{On: d("1994-04-20"), To: actors.Active}, {On: d("2024-02-22"), To: actors.Suspended}})
	russia := member("RUS", "Russia", actors.History{{On: d("1994-04-20"), To: actors.Active}})
	fmt.Println(actors.ActiveMembers(csto, d("2020-01-01"), armenia, russia))
	fmt.Println(actors.ActiveMembers(csto, d("2024-06-01"), armenia, russia))
	// Output:
	// [ARM RUS]
	// [RUS]
}

// This example records the shape that leverage needs: Armenia's tie of
// dependence on Russian wheat (99% of its wheat imports in 2023, AMNews
// citing Armenian customs), resting on its EAEU membership. The tie
// travels with Armenia, the dependent actor; package relations reads it
// to compute Russia's leverage over Armenia.
func ExampleTie() {
	d := indicators.MustParseDate
	arm, rus := actors.MustParse("ARM"), actors.MustParse("RUS")
	eaeu := actors.Membership{Org: actors.MustParse("EAEU"),
		History: actors.History{{On: d("2015-01-02"), To: actors.Active}},
		Source:  indicators.Provenance{Publisher: "ragmamoul.net", Confidence: indicators.Verified}}
	wheat := indicators.MustNew(indicators.Info{
		Code: "ARM.RUS.wheat-share", Name: "Russia's share of Armenia's wheat imports", Unit: indicators.Share,
		Subject: "ARM", Counterpart: "RUS",
		Source: indicators.Provenance{Publisher: "AMNews", Title: "citing Armenian customs",
			URL: "https://www.amnews.am/language/ru/economics-ru-7/", Confidence: indicators.Verified},
	}, indicators.Observation{At: d("2023"), Value: 0.99})
	armenia := actors.MustNew(actors.Info{
		ID: arm, Kind: actors.State, Name: "Armenia",
		Memberships: []actors.Membership{eaeu},
		Ties: []actors.Tie{{
			Channel: actors.Food, Provider: rus, Label: "wheat imports",
			Share:   wheat,
			RestsOn: []actors.Basis{eaeu.Basis()},
		}},
		Source: indicators.Provenance{Publisher: "ISO 3166-1 country code list", Confidence: indicators.Verified},
	})
	asOf := d("2024")
	for t := range armenia.TiesFrom(rus) {
		share, _ := t.Share().AsOf(asOf)
		standing, _, basis := t.Standing(asOf)
		fmt.Printf("%s depends on %s for %s (%s): share %s as of %s (%s, %s), %s through %s\n",
			arm, t.Provider(), t.Label(), t.Channel(), indicators.Share.Format(share.Value), asOf, share.At, share.Source.Publisher,
			standing, t.Basis(basis).Title)
	}
	fmt.Println(armenia.Providers())
	// Output:
	// ARM depends on RUS for wheat imports (food): share 99% as of 2024 (2023, AMNews), active through membership in EAEU
	// [RUS]
}

// This example reads the standing of the 1997 Armenia–Russia treaty, in
// force from "1998" (day unknown). On 1 June 1998 it may or may not have
// been in force yet, and At says so; as of the end of 1998 it certainly
// was.
func ExampleHistory_At() {
	treaty := actors.History{{On: indicators.MustParseDate("1998"), To: actors.Active}}
	for _, on := range []string{"1997-12-31", "1998-06-01", "1998", "2024-06-01"} {
		s, certain := treaty.At(indicators.MustParseDate(on))
		if s == 0 {
			fmt.Printf("%-10s not in force (certain: %v)\n", on, certain)
			continue
		}
		fmt.Printf("%-10s %s (certain: %v)\n", on, s, certain)
	}
	// Output:
	// 1997-12-31 not in force (certain: true)
	// 1998-06-01 not in force (certain: false)
	// 1998       active (certain: true)
	// 2024-06-01 active (certain: true)
}
