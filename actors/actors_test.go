package actors_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
)

var (
	arm, rus, irn, aze = actors.MustParse("ARM"), actors.MustParse("RUS"), actors.MustParse("IRN"), actors.MustParse("AZE")
	csto, eaeu         = actors.MustParse("CSTO"), actors.MustParse("EAEU")
	day                = indicators.MustParseDate

	// equateOpaque lets cmp compare the opaque ID and Date values with ==.
	equateOpaque = cmpopts.EquateComparable(actors.ID{}, indicators.Date{})
)

// Sources, as the facts file (south-caucasus-facts.md) gives them.
var (
	citeISO = indicators.Provenance{Publisher: "ISO 3166-1 country code list", Confidence: indicators.Verified}
	// mem-csto-treaty: Collective Security Treaty in force 20 April 1994.
	citeCSTO = indicators.Provenance{Publisher: "windowstorussia.com", Title: "CSTO history",
		URL: "https://windowstorussia.com/csto-collective-security-treaty-organisation-this-is-the-future-for-security.html", Confidence: indicators.Verified}
	// ev-csto-freeze-announced: Armenia froze its CSTO participation, 22 February 2024.
	citeFreeze = indicators.Provenance{Publisher: "Asbarez", Title: "Armenia has 'frozen' participation in CSTO",
		URL: "https://asbarez.com/armenia-has-frozen-participation-in-csto-angering-moscow/", Confidence: indicators.Verified}
	// mem-eaeu-member: Armenia a full EAEU member from 2 January 2015;
	// act-eaeu: the EAEU treaty in force 1 January 2015 for its founders.
	citeEAEU = indicators.Provenance{Publisher: "ragmamoul.net", Title: "Armenia Becomes Member of the Eurasian Economic Union",
		URL: "https://ragmamoul.net/news-in-english/2015/01/02/armenia-becomes-member-of-the-eurasian-economic-union/", Confidence: indicators.Verified}
	// ind-wheat-2023-share: 99% of Armenia's wheat imports from Russia in 2023.
	citeAMNews = indicators.Provenance{Publisher: "AMNews", Title: "citing Armenian customs",
		URL: "https://www.amnews.am/language/ru/economics-ru-7/", Confidence: indicators.Verified}
	// ind-gas-share-recent: at least 80% of Armenia's gas imports from
	// Russia (2023); Iran about 365 million m³ a year.
	citeAliq = indicators.Provenance{Publisher: "Aliq Media", Title: "Minister Sanosyan: Armenia imports 365 million m³ of Iranian gas a year",
		URL: "https://aliqmedia.am/2023/11/28/144232", Confidence: indicators.Verified}
	// ind-trade-2023, ind-trade-2024: goods turnover, Russian-side figures.
	citeKommersant = indicators.Provenance{Publisher: "Kommersant", Title: "Overchuk: trade with Armenia to halve in 2025",
		URL: "https://www.kommersant.ru/doc/8009253", Confidence: indicators.Verified}
	// agr-base-1995: the 1995 agreement on the Russian base in Gyumri.
	citeBase = indicators.Provenance{Publisher: "PanARMENIAN.Net", Title: "Protocol on Russian military base deployment extension",
		URL: "http://www.panarmenian.net/eng/world/news/65584/", Confidence: indicators.Verified}
	// Values the tests need that no source gives: marked as such.
	citeFixture = indicators.Provenance{Publisher: "bilateral test fixture", Confidence: indicators.Unverified,
		Note: "illustrative value, not a fact"}
)

func series(code string, unit indicators.Unit, subject, counterpart string, src indicators.Provenance, obs ...indicators.Observation) indicators.Indicator {
	return indicators.MustNew(indicators.Info{Code: code, Name: code, Unit: unit, Subject: subject, Counterpart: counterpart, Source: src}, obs...)
}

func obs(at string, v float64) indicators.Observation {
	return indicators.Observation{At: day(at), Value: v}
}

// Armenia's memberships: CSTO active from 1994-04-20 and suspended
// (frozen) from 2024-02-22; EAEU active from 2015-01-02.
func armeniaCSTO() actors.Membership {
	return actors.Membership{Org: csto, Source: citeCSTO, History: actors.History{
		{On: day("1994-04-20"), To: actors.Active},
		{On: day("2024-02-22"), To: actors.Suspended, Source: citeFreeze, Note: "announced to France 24"},
	}}
}

func armeniaEAEU() actors.Membership {
	return actors.Membership{Org: eaeu, Source: citeEAEU, History: actors.History{{On: day("2015-01-02"), To: actors.Active}}}
}

// wheatTie is Armenia's dependence on Russian wheat, with all four series
// and a basis: the share (0.99 in 2023), salience and substitutability
// (illustrative), and goods turnover as the volume, recorded from the
// Russian side (subject RUS, counterpart ARM).
func wheatTie() actors.Tie {
	return actors.Tie{
		Channel: actors.Food, Provider: rus, Label: "wheat imports",
		Share:            series("ARM.RUS.wheat-share", indicators.Share, "ARM", "RUS", citeAMNews, obs("2023", 0.99)),
		Salience:         series("ARM.wheat-salience", indicators.Share, "ARM", "", citeFixture, obs("2023", 0.7)),
		Substitutability: series("ARM.RUS.wheat-substitutability", indicators.Share, "ARM", "RUS", citeFixture, obs("2024", 0.2)),
		Volume:           series("RUS.ARM.trade-turnover", indicators.USD, "RUS", "ARM", citeKommersant, obs("2023", 7.4e9), obs("2024", 12.4e9)),
		RestsOn:          []actors.Basis{armeniaEAEU().Basis()},
		Note:             "customs data",
	}
}

// armeniaInfo is Armenia with codes, lifespan (from the independence
// referendum of 21 September 1991), two memberships and ties toward Russia
// and Iran, given out of provider order.
func armeniaInfo() actors.Info {
	return actors.Info{
		ID: arm, Kind: actors.State, Name: "Armenia",
		Codes: []actors.Code{
			{Scheme: actors.ISO3166Alpha3, Value: "ARM"},
			{Scheme: actors.ISO3166Alpha2, Value: "AM"},
			{Scheme: actors.COW, Value: "371"},
		},
		Lifespan:    indicators.OpenPeriod(day("1991-09-21")),
		Memberships: []actors.Membership{armeniaCSTO(), armeniaEAEU()},
		Ties: []actors.Tie{
			wheatTie(),
			{Channel: actors.Energy, Provider: irn, Label: "gas imports",
				Share: series("ARM.IRN.gas-share", indicators.Share, "ARM", "IRN", citeAliq,
					indicators.Observation{At: day("2022"), Value: 0.12, Qualifier: indicators.Approx, Note: "derived: 0.37 of 2.97 bcm"})},
			{Channel: actors.Energy, Provider: rus, Label: "gas imports",
				Share: series("ARM.RUS.gas-share", indicators.Share, "ARM", "RUS", citeAliq,
					indicators.Observation{At: day("2023"), Value: 0.8, Qualifier: indicators.AtLeast})},
			{Channel: actors.Institutional, Provider: rus, Label: "102nd military base",
				Share: series("ARM.RUS.base", indicators.Share, "ARM", "RUS", citeBase, obs("1995", 1)),
				RestsOn: []actors.Basis{{Kind: actors.AgreementBasis, Ref: "ARM-RUS-1995-base", Title: "1995 agreement on the Russian base in Gyumri",
					History: actors.History{{On: day("1995"), To: actors.Active, Source: citeBase}}}}},
		},
		Source: citeISO,
		Note:   "test fixture",
	}
}

// russiaInfo is Russia, active in the CSTO from 1994-04-20 and in the
// EAEU from 2015-01-01.
func russiaInfo() actors.Info {
	return actors.Info{
		ID: rus, Kind: actors.State, Name: "Russia",
		Codes: []actors.Code{{Scheme: actors.ISO3166Alpha3, Value: "RUS"}},
		Memberships: []actors.Membership{
			{Org: csto, Source: citeCSTO, History: actors.History{{On: day("1994-04-20"), To: actors.Active}}},
			{Org: eaeu, Source: citeEAEU, History: actors.History{{On: day("2015-01-01"), To: actors.Active}}},
		},
		Source: citeISO,
	}
}

// azerbaijanInfo is Azerbaijan, which left the Collective Security Treaty
// in 1999 (fact mem-csto-treaty).
func azerbaijanInfo() actors.Info {
	return actors.Info{
		ID: aze, Kind: actors.State, Name: "Azerbaijan", Source: citeISO,
		Memberships: []actors.Membership{{Org: csto, Source: citeCSTO, History: actors.History{
			{On: day("1994-04-20"), To: actors.Active}, {On: day("1999"), To: actors.Ended}}}},
	}
}

func mustNew(t testing.TB, info actors.Info) actors.Actor {
	t.Helper()
	a, err := actors.New(info)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestParse: IDs are 2 to 16 of A–Z, 0–9 and '-', starting with a letter
// and not ending with '-'; lower case is rejected (Parse doc).
func TestParse(t *testing.T) {
	valid := []struct{ in, why string }{
		{"ARM", "ISO alpha-3"},
		{"EU", "two characters"},
		{"CSTO", "an organisation's abbreviation"},
		{"A1", "a digit after the first letter"},
		{"NK-AO", "a hyphen inside"},
		{"ABCDEFGHIJKLMNOP", "sixteen characters"},
	}
	for _, tt := range valid {
		id, err := actors.Parse(tt.in)
		if err != nil || id.String() != tt.in || !id.IsValid() {
			t.Errorf("Parse(%q) = %q, %v; want valid (%s)", tt.in, id, err, tt.why)
		}
		if actors.MustParse(tt.in) != id {
			t.Errorf("MustParse(%q) != Parse", tt.in)
		}
	}
	invalid := []struct{ in, why string }{
		{"", "empty"},
		{"A", "one character"},
		{"arm", "lower case is rejected, not folded"},
		{"Arm", "mixed case"},
		{"1AB", "starts with a digit"},
		{"-AB", "starts with a hyphen"},
		{"AB-", "ends with a hyphen"},
		{"A B", "space"},
		{"AR_M", "underscore"},
		{"ABCDEFGHIJKLMNOPQ", "seventeen characters"},
		{"ÄRM", "not ASCII"},
		{"ARM\n", "trailing newline"},
		{" ARM", "leading space"},
	}
	for _, tt := range invalid {
		id, err := actors.Parse(tt.in)
		if !errors.Is(err, actors.ErrInvalidID) {
			t.Errorf("Parse(%q) error = %v, want ErrInvalidID (%s)", tt.in, err, tt.why)
			continue
		}
		if !strings.Contains(err.Error(), fmt.Sprintf("%q", tt.in)) {
			t.Errorf("error %q does not quote the input", err)
		}
		if id.IsValid() || id != (actors.ID{}) {
			t.Errorf("Parse(%q) = %q on error, want the zero ID", tt.in, id)
		}
	}
	defer func() {
		if err, ok := recover().(error); !ok || !errors.Is(err, actors.ErrInvalidID) {
			t.Errorf("MustParse(\"arm\") panicked with %v, want ErrInvalidID", err)
		}
	}()
	actors.MustParse("arm")
}

// TestIDValue: IDs compare with == and Compare orders them by text, the
// zero ID first.
func TestIDValue(t *testing.T) {
	var zero actors.ID
	if zero.IsValid() || zero.String() != "" {
		t.Errorf("zero ID: IsValid %v, String %q", zero.IsValid(), zero)
	}
	if actors.MustParse("ARM") != arm {
		t.Error("IDs with the same text must be ==")
	}
	ids := []actors.ID{rus, csto, zero, arm, eaeu, aze}
	slices.SortFunc(ids, actors.ID.Compare)
	var got []string
	for _, id := range ids {
		got = append(got, id.String())
	}
	if diff := cmp.Diff([]string{"", "ARM", "AZE", "CSTO", "EAEU", "RUS"}, got); diff != "" { // byte order
		t.Errorf("sorted IDs mismatch (-want +got):\n%s", diff)
	}
	if arm.Compare(arm) != 0 || rus.Compare(arm) != 1 || zero.Compare(arm) != -1 {
		t.Error("Compare must return -1, 0 or +1 by text")
	}
	m := map[actors.ID]string{arm: "Armenia"}
	if m[actors.MustParse("ARM")] != "Armenia" {
		t.Error("IDs must work as map keys")
	}
}

// TestEnums: text forms, validity and parsing of the package's
// enumerations, as their String docs list them.
func TestEnums(t *testing.T) {
	kinds := []actors.Kind{actors.State, actors.Union, actors.Alliance, actors.EconomicUnion, actors.Organisation, actors.NonState}
	var kindText []string
	var orgs []bool
	for _, k := range kinds {
		kindText = append(kindText, k.String())
		orgs = append(orgs, k.IsOrganisation())
		if !k.IsValid() {
			t.Errorf("%v invalid", k)
		}
	}
	if diff := cmp.Diff([]string{"state", "union", "alliance", "economic-union", "organisation", "non-state"}, kindText); diff != "" {
		t.Errorf("Kind.String mismatch (-want +got):\n%s", diff)
	}
	// Doc: union, alliance, economic union and organisation are organisations.
	if diff := cmp.Diff([]bool{false, true, true, true, true, false}, orgs); diff != "" {
		t.Errorf("Kind.IsOrganisation mismatch (-want +got):\n%s", diff)
	}
	if actors.Kind(0).IsValid() || actors.Kind(7).IsValid() || actors.Kind(0).IsOrganisation() || actors.Kind(7).String() != "Kind(7)" {
		t.Error("Kind(0) and Kind(7) are invalid")
	}

	var recText []string
	for _, r := range []actors.Recognition{actors.Uncontested, actors.PartiallyRecognised, actors.Unrecognised, 3} {
		recText = append(recText, r.String())
	}
	if diff := cmp.Diff([]string{"uncontested", "partially-recognised", "unrecognised", "Recognition(3)"}, recText); diff != "" {
		t.Errorf("Recognition.String mismatch (-want +got):\n%s", diff)
	}

	chans := actors.Channels()
	var chanText []string
	for _, c := range chans {
		chanText = append(chanText, c.String())
		if p, err := actors.ParseChannel(c.String()); err != nil || p != c || !c.IsValid() {
			t.Errorf("ParseChannel(%q) = %v, %v", c, p, err)
		}
	}
	if diff := cmp.Diff([]string{"trade", "energy", "food", "security", "finance", "transit", "institutional"}, chanText); diff != "" {
		t.Errorf("Channels() in report order mismatch (-want +got):\n%s", diff)
	}
	if len(chans) != actors.NumChannels || actors.Channel(0).IsValid() || actors.Channel(actors.NumChannels+1).IsValid() {
		t.Errorf("NumChannels = %d for %d channels", actors.NumChannels, len(chans))
	}
	for _, bad := range []string{"", "Trade", "arms"} {
		if _, err := actors.ParseChannel(bad); !errors.Is(err, actors.ErrUnknown) {
			t.Errorf("ParseChannel(%q) = %v, want ErrUnknown", bad, err)
		}
	}

	var standText []string
	for _, s := range []actors.Standing{actors.Active, actors.Suspended, actors.Ended, 0} {
		standText = append(standText, s.String())
	}
	if diff := cmp.Diff([]string{"active", "suspended", "ended", "Standing(0)"}, standText); diff != "" {
		t.Errorf("Standing.String mismatch (-want +got):\n%s", diff)
	}
	if actors.Standing(0).IsValid() || actors.Standing(4).IsValid() || !actors.Ended.IsValid() {
		t.Error("Standing validity")
	}

	var basisText []string
	for _, k := range []actors.BasisKind{actors.AgreementBasis, actors.MembershipBasis, actors.ConditionBasis, 0} {
		basisText = append(basisText, k.String())
	}
	if diff := cmp.Diff([]string{"agreement", "membership", "condition", "BasisKind(0)"}, basisText); diff != "" {
		t.Errorf("BasisKind.String mismatch (-want +got):\n%s", diff)
	}
}

// TestEnumJSON: every enumeration is its word in JSON; an unknown word is
// an error wrapping ErrUnknown that leaves the value unchanged; a value
// with no word does not encode.
func TestEnumJSON(t *testing.T) {
	for _, k := range []actors.Kind{actors.State, actors.Union, actors.Alliance, actors.EconomicUnion, actors.Organisation, actors.NonState} {
		jsonRoundTrip(t, k)
	}
	for _, r := range []actors.Recognition{actors.Uncontested, actors.PartiallyRecognised, actors.Unrecognised} {
		jsonRoundTrip(t, r)
	}
	for _, c := range actors.Channels() {
		jsonRoundTrip(t, c)
	}
	for _, s := range []actors.Standing{actors.Active, actors.Suspended, actors.Ended} {
		jsonRoundTrip(t, s)
	}
	for _, k := range []actors.BasisKind{actors.AgreementBasis, actors.MembershipBasis, actors.ConditionBasis} {
		jsonRoundTrip(t, k)
	}
	type words struct {
		Kind actors.Kind        `json:"kind"`
		Rec  actors.Recognition `json:"recognition"`
		Chan actors.Channel     `json:"channel"`
		St   actors.Standing    `json:"standing"`
		BK   actors.BasisKind   `json:"basis"`
	}
	b := jsonRoundTrip(t, words{actors.EconomicUnion, actors.Uncontested, actors.Institutional, actors.Suspended, actors.ConditionBasis})
	if want := `{"kind":"economic-union","recognition":"uncontested","channel":"institutional","standing":"suspended","basis":"condition"}`; string(b) != want {
		t.Errorf("json.Marshal = %s, want %s", b, want)
	}
	for _, field := range []string{"kind", "recognition", "channel", "standing", "basis"} {
		in := fmt.Sprintf(`{%q:"bogus"}`, field)
		w := words{actors.State, actors.Unrecognised, actors.Trade, actors.Active, actors.AgreementBasis}
		before := w
		if err := json.Unmarshal([]byte(in), &w); !errors.Is(err, actors.ErrUnknown) || !strings.Contains(err.Error(), `"bogus"`) {
			t.Errorf("decoding %s: %v, want ErrUnknown quoting the word", in, err)
		}
		if w != before {
			t.Errorf("decoding %s changed the value to %+v", in, w)
		}
	}
	for _, v := range []any{actors.Kind(0), actors.Channel(0), actors.Standing(0), actors.BasisKind(0), actors.Recognition(3), actors.Kind(9)} {
		if _, err := json.Marshal(v); !errors.Is(err, actors.ErrUnknown) {
			t.Errorf("json.Marshal(%T(%v)) = %v, want ErrUnknown", v, v, err)
		}
	}
}

// TestIDJSON: IDs are their text in JSON, also as map keys; the zero ID is
// ""; a malformed ID is an error.
func TestIDJSON(t *testing.T) {
	b := jsonRoundTrip(t, struct {
		Org actors.ID `json:"org"`
	}{csto})
	if string(b) != `{"org":"CSTO"}` {
		t.Errorf("json.Marshal = %s", b)
	}
	if b := jsonRoundTrip(t, actors.ID{}); string(b) != `""` {
		t.Errorf("zero ID encodes as %s", b)
	}
	if b := jsonRoundTrip(t, map[actors.ID]int{arm: 1, rus: 2}); string(b) != `{"ARM":1,"RUS":2}` {
		t.Errorf("map keyed by ID encodes as %s", b)
	}
	for _, bad := range []string{`"arm"`, `"A"`, `"AB-"`, `3`} {
		id := arm
		if err := json.Unmarshal([]byte(bad), &id); err == nil || (bad != `3` && !errors.Is(err, actors.ErrInvalidID)) {
			t.Errorf("decoding %s: %v, want ErrInvalidID", bad, err)
		}
		if id != arm {
			t.Errorf("decoding %s changed the ID to %q", bad, id)
		}
	}
}

// TestZeroActor: the zero Actor is invalid, says so, and answers every
// accessor with zero values instead of panicking.
func TestZeroActor(t *testing.T) {
	var a actors.Actor
	if a.IsValid() {
		t.Error("zero Actor IsValid")
	}
	if err := a.Validate(); !errors.Is(err, actors.ErrInvalidID) || !strings.Contains(err.Error(), "zero Actor") {
		t.Errorf("zero Actor Validate() = %v, want ErrInvalidID naming the zero Actor", err)
	}
	if a.ID().IsValid() || a.Kind() != 0 || a.Name() != "" || a.Lifespan() != (indicators.Period{}) || a.Recognition() != 0 ||
		!a.Source().IsZero() || a.String() != "Actor{}" {
		t.Errorf("zero Actor accessors: %q %v %q %v %v %v %q", a.ID(), a.Kind(), a.Name(), a.Lifespan(), a.Recognition(), a.Source(), a.String())
	}
	if a.Memberships() != nil || a.MembershipsOn(day("2024")) != nil || collect(a.Ties()) != nil || collect(a.TiesFrom(rus)) != nil || a.Providers() != nil {
		t.Error("the zero Actor holds no memberships or ties")
	}
	if _, ok := a.Code(actors.ISO3166Alpha3, day("2024")); ok {
		t.Error("the zero Actor has no codes")
	}
	a.TiesFrom(rus)(func(actors.TieView) bool { t.Error("TiesFrom yielded a tie"); return true })
	a.Ties()(func(actors.TieView) bool { t.Error("Ties yielded a tie"); return true })
	if got := actors.ActiveMembers(csto, day("2020"), a); got != nil {
		t.Errorf("ActiveMembers over the zero Actor = %v", got)
	}
	if b := jsonRoundTrip(t, a); string(b) != "null" {
		t.Errorf("zero Actor encodes as %s, want null", b)
	}
	if !a.Equal(actors.Actor{}) || a.Equal(mustNew(t, russiaInfo())) || mustNew(t, russiaInfo()).Equal(a) {
		t.Error("the zero Actor equals only the zero Actor")
	}
	if _, err := actors.New(actors.Info{}); !errors.Is(err, actors.ErrInvalidID) {
		t.Errorf("New(Info{}) = %v, want ErrInvalidID", err)
	}
}

// TestNewRejects: every case listed in New's doc comment, each wrapping
// its sentinel and naming the field and the value.
func TestNewRejects(t *testing.T) {
	usd := series("ARM.RUS.trade-turnover", indicators.USD, "ARM", "RUS", citeKommersant, obs("2024", 12.4e9))
	share := func(subject, counterpart string) indicators.Indicator {
		return series("ARM.RUS.wheat-share", indicators.Share, subject, counterpart, citeAMNews, obs("2023", 0.99))
	}
	tests := []struct {
		name    string
		change  func(*actors.Info)
		want    error
		mention []string
	}{
		{"zero ID", func(i *actors.Info) { i.ID = actors.ID{} }, actors.ErrInvalidID, []string{"Info.ID"}},
		{"zero kind", func(i *actors.Info) { i.Kind = 0 }, actors.ErrUnknown, []string{"ARM", "Info.Kind 0"}},
		{"unknown kind", func(i *actors.Info) { i.Kind = 7 }, actors.ErrUnknown, []string{"Info.Kind 7"}},
		{"empty name", func(i *actors.Info) { i.Name = "" }, actors.ErrMissing, []string{"ARM", "Info.Name"}},
		{"unknown recognition", func(i *actors.Info) { i.Recognition = 3 }, actors.ErrUnknown, []string{"Info.Recognition 3"}},
		{"no source", func(i *actors.Info) { i.Source = indicators.Provenance{} }, indicators.ErrMissing, []string{"Info.Source", "Provenance.Publisher"}},
		{"source with a bad URL", func(i *actors.Info) { i.Source.URL = "iso.org" }, indicators.ErrInvalid, []string{"Info.Source", `"iso.org"`}},
		{"lifespan that ends before it starts", func(i *actors.Info) {
			i.Lifespan = indicators.Period{Start: day("1991-09-21"), End: day("1990")}
		}, indicators.ErrInvalidPeriod, []string{"Info.Lifespan", "1991-09-21/1990"}},
		{"lower-case ISO alpha-3", func(i *actors.Info) { i.Codes[0].Value = "arm" }, actors.ErrInvalid, []string{"Codes[0]", "iso3166-1-alpha3", `"arm"`}},
		{"four-letter ISO alpha-3", func(i *actors.Info) { i.Codes[0].Value = "ARMN" }, actors.ErrInvalid, []string{"Codes[0]", `"ARMN"`}},
		{"digits in ISO alpha-3", func(i *actors.Info) { i.Codes[0].Value = "A1M" }, actors.ErrInvalid, []string{"Codes[0]", `"A1M"`}},
		{"three-letter ISO alpha-2", func(i *actors.Info) { i.Codes[1].Value = "ARM" }, actors.ErrInvalid, []string{"Codes[1]", "iso3166-1-alpha2", `"ARM"`}},
		{"letters in a COW number", func(i *actors.Info) { i.Codes[2].Value = "37l" }, actors.ErrInvalid, []string{"Codes[2]", "cow", `"37l"`}},
		{"empty COW number", func(i *actors.Info) { i.Codes[2].Value = "" }, actors.ErrInvalid, []string{"Codes[2]", "cow", `""`}},
		{"empty GW number", func(i *actors.Info) { i.Codes = append(i.Codes, actors.Code{Scheme: actors.GW, Value: ""}) }, actors.ErrInvalid, []string{"Codes[3]", "gw"}},
		{"empty value in another scheme", func(i *actors.Info) { i.Codes = append(i.Codes, actors.Code{Scheme: "un-m49"}) }, actors.ErrInvalid, []string{"Codes[3]", "un-m49"}},
		{"code without scheme", func(i *actors.Info) { i.Codes[0].Scheme = "" }, actors.ErrMissing, []string{"Codes[0]", "Scheme"}},
		{"code valid over an inverted period", func(i *actors.Info) {
			i.Codes[0].Valid = indicators.Period{Start: day("2000"), End: day("1999")}
		}, indicators.ErrInvalidPeriod, []string{"Codes[0]", "2000/1999"}},
		{"membership without org", func(i *actors.Info) { i.Memberships[0].Org = actors.ID{} }, actors.ErrMissing, []string{"Memberships[0]", "Org"}},
		{"membership in itself", func(i *actors.Info) { i.Memberships[1].Org = arm }, actors.ErrInvalid, []string{"Memberships[1]", `Org "ARM"`, "itself"}},
		{"membership twice", func(i *actors.Info) { i.Memberships[1].Org = csto }, actors.ErrInvalid, []string{"Memberships[1].Org", `"CSTO" twice`}},
		{"membership with no history", func(i *actors.Info) { i.Memberships[0].History = nil }, actors.ErrMissing, []string{"Memberships[0]", "History"}},
		{"membership history out of order", func(i *actors.Info) {
			i.Memberships[0].History = actors.History{{On: day("2024-02-22"), To: actors.Suspended}, {On: day("1994-04-20"), To: actors.Active}}
		}, actors.ErrInvalid, []string{"Memberships[0]", "History[1].On 1994-04-20", "2024-02-22"}},
		{"membership history with an unknown standing", func(i *actors.Info) { i.Memberships[1].History[0].To = 9 }, actors.ErrUnknown, []string{"Memberships[1]", "History[0].To 9"}},
		{"membership history without a date", func(i *actors.Info) { i.Memberships[1].History[0].On = indicators.Date{} }, actors.ErrMissing, []string{"Memberships[1]", "History[0].On"}},
		{"membership change with a bad source", func(i *actors.Info) { i.Memberships[0].History[1].Source.Confidence = 0 }, indicators.ErrMissing, []string{"Memberships[0]", "History[1].Source"}},
		{"membership without source", func(i *actors.Info) { i.Memberships[1].Source = indicators.Provenance{} }, indicators.ErrMissing, []string{"Memberships[1]", "Provenance.Publisher"}},
		{"tie with no channel", func(i *actors.Info) { i.Ties[0].Channel = 0 }, actors.ErrUnknown, []string{"Ties[0]", "Channel 0"}},
		{"tie with an unknown channel", func(i *actors.Info) { i.Ties[0].Channel = 8 }, actors.ErrUnknown, []string{"Ties[0]", "Channel 8"}},
		{"tie without provider", func(i *actors.Info) { i.Ties[1].Provider = actors.ID{} }, actors.ErrMissing, []string{"Ties[1]", "Provider"}},
		{"tie to itself", func(i *actors.Info) { i.Ties[0].Provider = arm }, actors.ErrInvalid, []string{"Ties[0]", `Provider "ARM"`, "itself"}},
		{"tie without label", func(i *actors.Info) { i.Ties[0].Label = "" }, actors.ErrMissing, []string{"Ties[0]", "Label"}},
		{"tie without share", func(i *actors.Info) { i.Ties[0].Share = indicators.Indicator{} }, actors.ErrMissing, []string{"Ties[0]", "Share"}},
		{"share in USD", func(i *actors.Info) { i.Ties[0].Share = usd }, actors.ErrInvalid, []string{"Ties[0]", `Share "ARM.RUS.trade-turnover"`, "unit usd, want share"}},
		{"salience in USD", func(i *actors.Info) { i.Ties[0].Salience = usd }, actors.ErrInvalid, []string{"Ties[0]", "Salience", "unit usd"}},
		{"substitutability in USD", func(i *actors.Info) { i.Ties[0].Substitutability = usd }, actors.ErrInvalid, []string{"Ties[0]", "Substitutability", "unit usd"}},
		{"volume as a share", func(i *actors.Info) { i.Ties[0].Volume = share("ARM", "RUS") }, actors.ErrInvalid, []string{"Ties[0]", "Volume", "unit share, want usd"}},
		{"share about another subject", func(i *actors.Info) { i.Ties[0].Share = share("AZE", "RUS") }, actors.ErrInvalid, []string{"Ties[0]", `Share.Subject "AZE"`, "holder ARM"}},
		{"share toward another counterpart", func(i *actors.Info) { i.Ties[0].Share = share("ARM", "IRN") }, actors.ErrInvalid, []string{"Ties[0]", `Share.Counterpart "IRN"`, "provider RUS"}},
		{"share reversed", func(i *actors.Info) { i.Ties[0].Share = share("RUS", "ARM") }, actors.ErrInvalid, []string{"Ties[0]", `Share.Subject "RUS"`}},
		{"volume about a third actor", func(i *actors.Info) {
			i.Ties[0].Volume = series("RUS.AZE.trade", indicators.USD, "RUS", "AZE", citeKommersant, obs("2023", 4.4e9))
		}, actors.ErrInvalid, []string{"Ties[0]", `Volume.Subject "RUS"`}},
		{"volume toward a third actor", func(i *actors.Info) {
			i.Ties[0].Volume = series("ARM.AZE.trade", indicators.USD, "ARM", "AZE", citeFixture, obs("2023", 1))
		}, actors.ErrInvalid, []string{"Ties[0]", `Volume.Counterpart "AZE"`}},
		{"basis of no kind", func(i *actors.Info) { i.Ties[0].RestsOn[0].Kind = 0 }, actors.ErrUnknown, []string{"Ties[0]", "RestsOn[0]", "Basis.Kind 0"}},
		{"basis without ref", func(i *actors.Info) { i.Ties[3].RestsOn[0].Ref = "" }, actors.ErrMissing, []string{"Ties[3]", "RestsOn[0]", "Basis.Ref"}},
		{"basis without history", func(i *actors.Info) { i.Ties[3].RestsOn[0].History = nil }, actors.ErrMissing, []string{"Ties[3]", `Basis "ARM-RUS-1995-base"`, "History"}},
		{"duplicate tie", func(i *actors.Info) { i.Ties = append(i.Ties, wheatTie()) }, actors.ErrInvalid, []string{"Ties[4]", `RUS food "wheat imports" twice`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info := armeniaInfo()
			tt.change(&info)
			a, err := actors.New(info)
			if !errors.Is(err, tt.want) {
				t.Fatalf("New error = %v, want one wrapping %v", err, tt.want)
			}
			for _, m := range tt.mention {
				if !strings.Contains(err.Error(), m) {
					t.Errorf("error %q does not mention %q", err, m)
				}
			}
			if !strings.HasPrefix(err.Error(), "actors: ") {
				t.Errorf("error %q does not name the package", err)
			}
			if a.IsValid() {
				t.Error("New returned a valid Actor with an error")
			}
			// Decoding the same description gives New's error; a period that
			// ends before it starts already fails to parse, with the same
			// sentinel.
			b, merr := json.Marshal(info)
			if merr != nil {
				return // some broken values do not encode at all (an unknown kind)
			}
			var dec actors.Actor
			if derr := json.Unmarshal(b, &dec); derr == nil || (derr.Error() != err.Error() && !errors.Is(derr, tt.want)) {
				t.Errorf("decoding gave %v, want %v", derr, err)
			}
			func() {
				defer func() {
					if recover() == nil {
						t.Error("MustNew did not panic")
					}
				}()
				actors.MustNew(info)
			}()
		})
	}
}

// TestNewAccepts: what New's rules allow.
func TestNewAccepts(t *testing.T) {
	tests := []struct {
		name   string
		change func(*actors.Info)
	}{
		{"the Armenia fixture", func(*actors.Info) {}},
		{"no codes, memberships or ties", func(i *actors.Info) { i.Codes, i.Memberships, i.Ties = nil, nil, nil }},
		{"same label toward one provider in two channels", func(i *actors.Info) {
			t := wheatTie()
			t.Channel = actors.Trade
			i.Ties = append(i.Ties, t)
		}},
		{"same label and channel toward two providers", func(i *actors.Info) {
			t := wheatTie() // its substitutability and volume name Russia: left out
			t.Provider, t.Substitutability, t.Volume = aze, indicators.Indicator{}, indicators.Indicator{}
			t.Share = series("ARM.AZE.wheat-share", indicators.Share, "ARM", "AZE", citeFixture)
			i.Ties = append(i.Ties, t)
		}},
		{"series without subject or counterpart", func(i *actors.Info) {
			i.Ties[0].Share = series("wheat-share", indicators.Share, "", "", citeAMNews, obs("2023", 0.99))
		}},
		{"volume from the holder's side", func(i *actors.Info) {
			i.Ties[0].Volume = series("ARM.RUS.trade-turnover", indicators.USD, "ARM", "RUS", citeKommersant, obs("2024", 12.4e9))
		}},
		{"a share series with no observations", func(i *actors.Info) {
			i.Ties[0].Share = series("ARM.RUS.wheat-share", indicators.Share, "ARM", "RUS", citeAMNews)
		}},
		{"a contested actor", func(i *actors.Info) { i.Recognition = actors.PartiallyRecognised }},
		{"a code in another scheme", func(i *actors.Info) { i.Codes = append(i.Codes, actors.Code{Scheme: "un-m49", Value: "051"}) }},
		{"re-joining recorded in one history", func(i *actors.Info) {
			i.Memberships[0].History = append(i.Memberships[0].History, actors.Transition{On: day("2030"), To: actors.Ended}, actors.Transition{On: day("2035"), To: actors.Active})
		}},
		{"a condition basis", func(i *actors.Info) {
			i.Ties[0].RestsOn = append(i.Ties[0].RestsOn, actors.Basis{Kind: actors.ConditionBasis, Ref: "sanctions-2022",
				History: actors.History{{On: day("2022-02"), To: actors.Active}}})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info := armeniaInfo()
			tt.change(&info)
			a, err := actors.New(info)
			if err != nil {
				t.Fatalf("New: %v", err)
			}
			if err := a.Validate(); err != nil || !a.IsValid() {
				t.Errorf("Validate() = %v, IsValid %v", err, a.IsValid())
			}
		})
	}
}

// TestActorAccessors: what New stores is what the accessors return.
func TestActorAccessors(t *testing.T) {
	info := armeniaInfo()
	a := mustNew(t, info)
	got := []any{a.ID(), a.Kind(), a.Name(), a.Lifespan(), a.Recognition(), a.Source(), a.String()}
	want := []any{arm, actors.State, "Armenia", indicators.OpenPeriod(day("1991-09-21")), actors.Uncontested, citeISO, "Armenia (ARM)"} // String doc: "Name (ID)"
	if diff := cmp.Diff(want, got, equateOpaque); diff != "" {
		t.Errorf("accessors mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(info.Memberships, a.Memberships(), equateOpaque); diff != "" {
		t.Errorf("Memberships() mismatch (-want +got):\n%s", diff)
	}
}

// TestCode: the code in a scheme valid as of a date.
func TestCode(t *testing.T) {
	info := armeniaInfo()
	// Illustrative codes with day-precision validity in a made-up scheme.
	info.Codes = append(info.Codes,
		actors.Code{Scheme: "example", Value: "OLD", Valid: indicators.MustParsePeriod("../2000-07-01")},
		actors.Code{Scheme: "example", Value: "NEW", Valid: indicators.MustParsePeriod("2000-07-01/..")},
		actors.Code{Scheme: "coarse", Value: "X", Valid: indicators.MustParsePeriod("2000/..")})
	a := mustNew(t, info)
	tests := []struct {
		scheme actors.Scheme
		on     string
		want   string // "" for none
		why    string
	}{
		{actors.ISO3166Alpha3, "2024-06-01", "ARM", "valid throughout"},
		{actors.ISO3166Alpha2, "1995", "AM", "valid throughout"},
		{actors.COW, "2024", "371", "valid throughout"},
		{actors.GW, "2024", "", "no code in that scheme"},
		{"example", "2000-06-30", "OLD", "the day before the change"},
		{"example", "2000-06", "OLD", "all of June is before the change"},
		{"example", "2000-07-01", "NEW", "from the change"},
		{"example", "2000-07", "NEW", "all of July is after the change"},
		{"example", "2000", "", "2000 straddles the change: neither is valid throughout"},
		{"coarse", "2000-06-01", "", "validity from some day of 2000 is not certain mid-2000"},
		{"coarse", "2001", "X", "certainly valid"},
	}
	for _, tt := range tests {
		got, ok := a.Code(tt.scheme, day(tt.on))
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("Code(%s, %s) = %q, %v; want %q: %s", tt.scheme, tt.on, got, ok, tt.want, tt.why)
		}
	}
}

// TestHistoryAt: standing as of a date's last day; a coarsely dated
// change counts from the last day it could have happened on, and makes the
// answer uncertain before that (History doc).
func TestHistoryAt(t *testing.T) {
	treaty := actors.History{{On: day("1998"), To: actors.Active}} // 1997 treaty, in force 1998
	cstoARM := armeniaCSTO().History
	coarse := actors.History{{On: day("2015-01-02"), To: actors.Active}, {On: day("2024-09"), To: actors.Suspended}} // frozen "at all levels", September 2024
	cstoAZE := azerbaijanInfo().Memberships[0].History
	tests := []struct {
		name    string
		h       actors.History
		on      string
		want    actors.Standing
		certain bool
	}{
		{"treaty", treaty, "1997-12-31", 0, true},
		{"treaty", treaty, "1998-06-01", 0, false},  // may or may not be in force yet
		{"treaty", treaty, "1998-12", Active, true}, // as of 1998-12-31
		{"treaty", treaty, "1998", Active, true},    // as of 1998-12-31
		{"treaty", treaty, "1998-12-31", Active, true},
		{"treaty", treaty, "2024", Active, true},
		{"CSTO ARM", cstoARM, "1994-04-19", 0, true},
		{"CSTO ARM", cstoARM, "1994-04-20", Active, true},
		{"CSTO ARM", cstoARM, "1994", Active, true}, // as of 1994-12-31
		{"CSTO ARM", cstoARM, "1994-04", Active, true},
		{"CSTO ARM", cstoARM, "2024-02-21", Active, true},
		{"CSTO ARM", cstoARM, "2024-02-22", Suspended, true},
		{"CSTO ARM", cstoARM, "2024-02", Suspended, true}, // as of 2024-02-29
		{"CSTO ARM", cstoARM, "2024-06-01", Suspended, true},
		{"September freeze", coarse, "2024-08-31", Active, true},
		{"September freeze", coarse, "2024-09-15", Active, false},
		{"September freeze", coarse, "2024-09", Suspended, true},
		{"CST AZE", cstoAZE, "1999-06-01", Active, false}, // left some day in 1999
		{"CST AZE", cstoAZE, "1999", Ended, true},
		{"CST AZE", cstoAZE, "2000", Ended, true},
		{"empty", nil, "2024", 0, true},
	}
	for _, tt := range tests {
		s, c := tt.h.At(day(tt.on))
		if s != tt.want || c != tt.certain {
			t.Errorf("%s: At(%s) = %v, %v; want %v, %v", tt.name, tt.on, s, c, tt.want, tt.certain)
		}
	}
	if s, c := cstoARM.At(indicators.Date{}); s != 0 || c {
		t.Errorf("At(zero Date) = %v, %v; want no standing, not certain (doc)", s, c)
	}
}

const (
	Active    = actors.Active
	Suspended = actors.Suspended
	Ended     = actors.Ended
)

// TestHistoryValidate: non-empty, dated, known standings, valid sources,
// strictly increasing and non-overlapping (History.Validate doc).
func TestHistoryValidate(t *testing.T) {
	tests := []struct {
		name    string
		h       actors.History
		want    error // nil: valid
		mention string
	}{
		{"CSTO ARM", armeniaCSTO().History, nil, ""},
		{"months in order", actors.History{{On: day("2024-01"), To: Active}, {On: day("2024-02"), To: Suspended}}, nil, ""},
		{"year then the next year's first day", actors.History{{On: day("1998"), To: Active}, {On: day("1999-01-01"), To: Ended}}, nil, ""},
		{"empty", nil, actors.ErrMissing, "History"},
		{"no date", actors.History{{To: Active}}, actors.ErrMissing, "History[0].On"},
		{"no standing", actors.History{{On: day("1998"), To: 0}}, actors.ErrUnknown, "History[0].To 0"},
		{"unknown standing", actors.History{{On: day("1998"), To: 4}}, actors.ErrUnknown, "History[0].To 4"},
		{"bad source", actors.History{{On: day("1998"), To: Active, Source: indicators.Provenance{Publisher: "x"}}}, indicators.ErrMissing, "History[0].Source"},
		{"out of order", actors.History{{On: day("2024-02-22"), To: Suspended}, {On: day("1994-04-20"), To: Active}}, actors.ErrInvalid, "History[1].On 1994-04-20 is not after 2024-02-22"},
		{"same day", actors.History{{On: day("2024-02-22"), To: Active}, {On: day("2024-02-22"), To: Suspended}}, actors.ErrInvalid, "History[1].On"},
		{"overlapping: a year and a day in it", actors.History{{On: day("2024"), To: Active}, {On: day("2024-02-22"), To: Suspended}}, actors.ErrInvalid, "History[1].On 2024-02-22 is not after 2024"},
		{"overlapping: a day and its month", actors.History{{On: day("2024-02-01"), To: Active}, {On: day("2024-02"), To: Suspended}}, actors.ErrInvalid, "History[1].On 2024-02"},
	}
	for _, tt := range tests {
		err := tt.h.Validate()
		if tt.want == nil {
			if err != nil {
				t.Errorf("%s: Validate() = %v, want nil", tt.name, err)
			}
			continue
		}
		if !errors.Is(err, tt.want) || !strings.Contains(err.Error(), tt.mention) {
			t.Errorf("%s: Validate() = %v, want %v mentioning %q", tt.name, err, tt.want, tt.mention)
		}
	}
}

// TestHistoryPeriod: from the first change to the first change to Ended
// after it.
func TestHistoryPeriod(t *testing.T) {
	tests := []struct {
		name  string
		h     actors.History
		want  string // Period.String
		start string
	}{
		{"still a member, though suspended", armeniaCSTO().History, "1994-04-20/..", "1994-04-20"},
		{"left in 1999", azerbaijanInfo().Memberships[0].History, "1994-04-20/1999", "1994-04-20"},
		{"re-joined: the first end counts", actors.History{{On: day("2000"), To: Active}, {On: day("2005"), To: Ended}, {On: day("2010"), To: Active}}, "2000/2005", "2000"},
		{"empty", nil, "../..", ""},
	}
	for _, tt := range tests {
		if got := tt.h.Period().String(); got != tt.want {
			t.Errorf("%s: Period() = %s, want %s", tt.name, got, tt.want)
		}
		if got := tt.h.Start().String(); got != tt.start {
			t.Errorf("%s: Start() = %q, want %q", tt.name, got, tt.start)
		}
	}
}

// TestMembershipsOn: "which memberships did Armenia hold on D". On
// 2024-06-01 Armenia holds the CSTO (suspended since 2024-02-22) and the
// EAEU (active since 2015-01-02).
func TestMembershipsOn(t *testing.T) {
	a := mustNew(t, armeniaInfo())
	tests := []struct {
		on   string
		want []actors.Held
	}{
		{"2024-06-01", []actors.Held{{Org: csto, Standing: Suspended, Certain: true}, {Org: eaeu, Standing: Active, Certain: true}}},
		{"2024-02-21", []actors.Held{{Org: csto, Standing: Active, Certain: true}, {Org: eaeu, Standing: Active, Certain: true}}},
		{"2015-01-01", []actors.Held{{Org: csto, Standing: Active, Certain: true}}},                                            // the day before joining the EAEU
		{"2015-01", []actors.Held{{Org: csto, Standing: Active, Certain: true}, {Org: eaeu, Standing: Active, Certain: true}}}, // as of 2015-01-31
		{"1994-01-01", nil}, // before the treaty entered into force
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, a.MembershipsOn(day(tt.on)), equateOpaque); diff != "" {
			t.Errorf("MembershipsOn(%s) mismatch (-want +got):\n%s", tt.on, diff)
		}
	}
	// Ended and uncertain memberships.
	az := mustNew(t, azerbaijanInfo())
	if got := az.MembershipsOn(day("2000")); got != nil {
		t.Errorf("Azerbaijan after leaving: %v, want none", got)
	}
	want := []actors.Held{{Org: csto, Standing: Active, Certain: false}} // left some day in 1999
	if diff := cmp.Diff(want, az.MembershipsOn(day("1999-06-01")), equateOpaque); diff != "" {
		t.Errorf("Azerbaijan mid-1999 mismatch (-want +got):\n%s", diff)
	}
}

// TestActiveMembers: "who were the active members of X on D" over the
// actors given. On 2024-06-01 the CSTO's active members among {Armenia,
// Russia} are only Russia: Armenia's membership is frozen.
func TestActiveMembers(t *testing.T) {
	armenia, russia, azerbaijan := mustNew(t, armeniaInfo()), mustNew(t, russiaInfo()), mustNew(t, azerbaijanInfo())
	tests := []struct {
		org  actors.ID
		on   string
		as   []actors.Actor
		want []actors.ID
		why  string
	}{
		{csto, "2024-06-01", []actors.Actor{armenia, russia}, []actors.ID{rus}, "Armenia is frozen, not active"},
		{csto, "2020-01-01", []actors.Actor{russia, armenia}, []actors.ID{arm, rus}, "both active; in ID order"},
		{csto, "1998-06-01", []actors.Actor{russia, armenia, azerbaijan}, []actors.ID{arm, aze, rus}, "Azerbaijan left only in 1999"},
		{csto, "1999-06-01", []actors.Actor{russia, armenia, azerbaijan}, []actors.ID{arm, aze, rus}, "Azerbaijan's exit is not certain yet; still active by the latest certain change"},
		{csto, "2000", []actors.Actor{russia, armenia, azerbaijan}, []actors.ID{arm, rus}, "Azerbaijan had left"},
		{eaeu, "2024-06-01", []actors.Actor{armenia, russia}, []actors.ID{arm, rus}, "both active"},
		{eaeu, "2015-01-01", []actors.Actor{armenia, russia}, []actors.ID{rus}, "Armenia joined the next day"},
		{eaeu, "2014", []actors.Actor{armenia, russia}, nil, "before the union"},
		{csto, "2024-06-01", []actors.Actor{{}, russia}, []actors.ID{rus}, "the zero Actor holds nothing"},
		{csto, "2024-06-01", nil, nil, "no actors"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, actors.ActiveMembers(tt.org, day(tt.on), tt.as...), equateOpaque); diff != "" {
			t.Errorf("ActiveMembers(%s, %s) mismatch (-want +got), %s:\n%s", tt.org, tt.on, tt.why, diff)
		}
	}
}

// TestMembership: Standing reads the history; Basis carries a copy of it.
func TestMembership(t *testing.T) {
	m := armeniaCSTO()
	if s, c := m.Standing(day("2024-06-01")); s != Suspended || !c {
		t.Errorf("Standing(2024-06-01) = %v, %v; want suspended, certain", s, c)
	}
	b := m.Basis()
	want := actors.Basis{Kind: actors.MembershipBasis, Ref: "CSTO", Title: "membership in CSTO", History: armeniaCSTO().History}
	if diff := cmp.Diff(want, b, equateOpaque); diff != "" {
		t.Errorf("Basis() mismatch (-want +got):\n%s", diff)
	}
	b.History[0].To = Ended
	if m.History[0].To != Active {
		t.Error("Basis() must copy the history")
	}
	if err := want.Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}
}

// TestTieStanding: the best basis wins (active over suspended over ended);
// a tie on no basis is active; a basis not yet in force gives 0.
func TestTieStanding(t *testing.T) {
	frozen := armeniaCSTO().Basis()
	eaeuB := armeniaEAEU().Basis()
	ended := actors.Basis{Kind: actors.MembershipBasis, Ref: "CST", History: azerbaijanInfo().Memberships[0].History}
	treaty := actors.Basis{Kind: actors.AgreementBasis, Ref: "ARM-RUS-1997-treaty", History: actors.History{{On: day("1998"), To: Active}}}
	future := actors.Basis{Kind: actors.AgreementBasis, Ref: "future", History: actors.History{{On: day("2030"), To: Active}}}
	tests := []struct {
		name    string
		bases   []actors.Basis
		on      string
		want    actors.Standing
		certain bool
		basis   int
	}{
		{"no basis: active", nil, "2024", Active, true, -1},
		{"frozen only", []actors.Basis{frozen}, "2024-06-01", Suspended, true, 0},
		{"frozen and EAEU: the active basis wins", []actors.Basis{frozen, eaeuB}, "2024-06-01", Active, true, 1},
		{"both active: the first decides", []actors.Basis{frozen, eaeuB}, "2020", Active, true, 0},
		{"ended and frozen: suspended wins", []actors.Basis{ended, frozen}, "2024-06-01", Suspended, true, 1},
		{"ended only", []actors.Basis{ended}, "2000", Ended, true, 0},
		{"not yet in force", []actors.Basis{future}, "2024", 0, true, 0},
		{"not yet in force beside an ended one", []actors.Basis{future, ended}, "2024", Ended, true, 1},
		{"year-precision entry, mid-year", []actors.Basis{treaty}, "1998-06-01", 0, false, 0},
		{"year-precision entry, as of the year", []actors.Basis{treaty}, "1998", Active, true, 0},
		{"EAEU before Armenia joined", []actors.Basis{eaeuB}, "2014", 0, true, 0},
	}
	for _, tt := range tests {
		tie := actors.Tie{RestsOn: tt.bases}
		s, c, i := tie.Standing(day(tt.on))
		if got, want := fmt.Sprint(s, c, i), fmt.Sprint(tt.want, tt.certain, tt.basis); got != want {
			t.Errorf("%s: Standing(%s) = %s, want %s", tt.name, tt.on, got, want)
		}
	}
}

// TestTies: ties come back ordered by provider, in the given order within
// a provider, through every accessor.
func TestTies(t *testing.T) {
	info := armeniaInfo()
	a := mustNew(t, info)
	key := func(t actors.Tie) string { return t.Provider.String() + " " + t.Channel.String() + " " + t.Label }
	var got []string
	for _, tie := range collect(a.Ties()) {
		got = append(got, key(tie))
	}
	// Given: RUS wheat, IRN gas, RUS gas, RUS base. Stable by provider.
	want := []string{"IRN energy gas imports", "RUS food wheat imports", "RUS energy gas imports", "RUS institutional 102nd military base"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Ties() order mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]actors.ID{irn, rus}, a.Providers(), equateOpaque); diff != "" {
		t.Errorf("Providers() mismatch (-want +got):\n%s", diff)
	}
	var from []string
	for _, tie := range collect(a.TiesFrom(rus)) {
		from = append(from, key(tie))
	}
	if diff := cmp.Diff(want[1:], from); diff != "" {
		t.Errorf("TiesFrom(RUS) mismatch (-want +got):\n%s", diff)
	}
	if got := collect(a.TiesFrom(aze)); got != nil {
		t.Errorf("TiesFrom(AZE) = %v, want none", got)
	}
	if got := collect(a.TiesFrom(actors.MustParse("ZZZ"))); got != nil {
		t.Errorf("TiesFrom(ZZZ), after every provider, = %v", got)
	}
	if diff := cmp.Diff(wheatTie(), collect(a.TiesFrom(rus))[0]); diff != "" {
		t.Errorf("the wheat tie mismatch (-want +got):\n%s", diff)
	}

	// RangeTies and RangeAllTies see the same ties, stop when fn returns
	// false, and their views read the tie.
	var ranged []string
	a.TiesFrom(rus)(func(v actors.TieView) bool {
		ranged = append(ranged, v.Provider().String()+" "+v.Channel().String()+" "+v.Label())
		return true
	})
	if diff := cmp.Diff(want[1:], ranged); diff != "" {
		t.Errorf("RangeTies(RUS) mismatch (-want +got):\n%s", diff)
	}
	ranged = nil
	a.Ties()(func(v actors.TieView) bool {
		ranged = append(ranged, v.Provider().String()+" "+v.Channel().String()+" "+v.Label())
		return len(ranged) < 2
	})
	if diff := cmp.Diff(want[:2], ranged); diff != "" {
		t.Errorf("RangeAllTies stopping after two mismatch (-want +got):\n%s", diff)
	}
	n := 0
	a.TiesFrom(rus)(func(actors.TieView) bool { n++; return false })
	if n != 1 {
		t.Errorf("RangeTies called fn %d times after it returned false", n)
	}
	a.Ties()(func(actors.TieView) bool { n++; return true })
	if n != 5 {
		t.Errorf("RangeAllTies visited %d ties, want 4", n-1)
	}
	a.TiesFrom(rus)(func(v actors.TieView) bool {
		w := wheatTie()
		if !v.Share().Equal(w.Share) || !v.Salience().Equal(w.Salience) || !v.Substitutability().Equal(w.Substitutability) || !v.Volume().Equal(w.Volume) {
			t.Error("the view's series differ from the tie's")
		}
		if !v.Tie().Equal(w) {
			t.Error("TieView.Tie() differs from the tie")
		}
		if diff := cmp.Diff(w.RestsOn[0], v.Basis(0), equateOpaque); diff != "" {
			t.Errorf("TieView.Basis(0) mismatch (-want +got):\n%s", diff)
		}
		s, c, i := v.Standing(day("2024-06-01"))
		ws, wc, wi := w.Standing(day("2024-06-01"))
		if s != ws || c != wc || i != wi || s != Active {
			t.Errorf("TieView.Standing = %v %v %d, Tie.Standing = %v %v %d; want active (EAEU)", s, c, i, ws, wc, wi)
		}
		return false
	})
}

// TestTieEqual: every field takes part.
func TestTieEqual(t *testing.T) {
	base := wheatTie()
	changes := map[string]func(*actors.Tie){
		"channel":          func(t *actors.Tie) { t.Channel = actors.Trade },
		"provider":         func(t *actors.Tie) { t.Provider = aze },
		"label":            func(t *actors.Tie) { t.Label = "grain" },
		"note":             func(t *actors.Tie) { t.Note = "" },
		"share":            func(t *actors.Tie) { t.Share = t.Salience },
		"salience":         func(t *actors.Tie) { t.Salience = indicators.Indicator{} },
		"substitutability": func(t *actors.Tie) { t.Substitutability = indicators.Indicator{} },
		"volume":           func(t *actors.Tie) { t.Volume = indicators.Indicator{} },
		"basis title":      func(t *actors.Tie) { t.RestsOn[0].Title = "x" },
		"basis ref":        func(t *actors.Tie) { t.RestsOn[0].Ref = "x" },
		"basis kind":       func(t *actors.Tie) { t.RestsOn[0].Kind = actors.AgreementBasis },
		"basis history":    func(t *actors.Tie) { t.RestsOn[0].History[0].To = Suspended },
		"no basis":         func(t *actors.Tie) { t.RestsOn = nil },
	}
	if !base.Equal(wheatTie()) {
		t.Error("equal ties differ")
	}
	for name, change := range changes {
		u := wheatTie()
		change(&u)
		if base.Equal(u) || u.Equal(base) {
			t.Errorf("ties differing in %s are Equal", name)
		}
	}
}

// TestActorImmutable: New copies its input; Info, Memberships, Ties,
// TiesFrom, TieView.Tie and TieView.Basis hand out copies.
func TestActorImmutable(t *testing.T) {
	want := mustNew(t, armeniaInfo())
	info := armeniaInfo()
	a := mustNew(t, info)
	mutate := func(i *actors.Info) {
		i.Name = "changed"
		i.Codes[0].Value = "XXX"
		i.Memberships[0].History[1].To = Ended
		i.Memberships[1].Org = aze
		i.Ties[0].Label = "changed"
		i.Ties[3].RestsOn[0].History[0].On = day("1990") // the base tie, in given and in provider order
		i.Ties[3].RestsOn[0].Ref = "changed"
	}
	mutate(&info)
	got := a.Info()
	mutate(&got)
	ms := a.Memberships()
	ms[0].History[0].To = Ended
	ms[0].Org = aze
	ts := collect(a.Ties())
	ts[1].RestsOn[0].History[0].To = Ended
	ts[0].Label = "changed"
	from := collect(a.TiesFrom(rus))
	from[0].RestsOn[0].History[0].To = Ended
	a.TiesFrom(rus)(func(v actors.TieView) bool {
		tie := v.Tie()
		if len(tie.RestsOn) > 0 {
			tie.RestsOn[0].History[0].To = Ended
			b := v.Basis(0)
			b.History[0].To = Ended
		}
		return true
	})
	if !a.Equal(want) {
		t.Errorf("the Actor changed:\n%s", cmp.Diff(want.Info(), a.Info(), equateOpaque))
	}
	if diff := cmp.Diff(want, a); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// TestActorEqual: same description, or both zero.
func TestActorEqual(t *testing.T) {
	a := mustNew(t, armeniaInfo())
	changes := map[string]func(*actors.Info){
		"name":              func(i *actors.Info) { i.Name = "Republic of Armenia" },
		"note":              func(i *actors.Info) { i.Note = "" },
		"code":              func(i *actors.Info) { i.Codes = i.Codes[:2] },
		"lifespan":          func(i *actors.Info) { i.Lifespan = indicators.Period{} },
		"recognition":       func(i *actors.Info) { i.Recognition = actors.Unrecognised },
		"source":            func(i *actors.Info) { i.Source.Title = "x" },
		"kind":              func(i *actors.Info) { i.Kind = actors.NonState },
		"membership note":   func(i *actors.Info) { i.Memberships[0].Note = "x" },
		"membership change": func(i *actors.Info) { i.Memberships[0].History[1].On = day("2024-02-23") },
		"membership source": func(i *actors.Info) { i.Memberships[1].Source.Note = "x" },
		"tie":               func(i *actors.Info) { i.Ties[0].Note = "x" },
		"one tie fewer":     func(i *actors.Info) { i.Ties = i.Ties[1:] },
	}
	if !a.Equal(mustNew(t, armeniaInfo())) {
		t.Error("two Actors built from the same Info differ")
	}
	for name, change := range changes {
		info := armeniaInfo()
		change(&info)
		if b := mustNew(t, info); a.Equal(b) || b.Equal(a) {
			t.Errorf("Actors differing in %s are Equal", name)
		}
	}
}

// jsonRoundTrip marshals v, unmarshals it into a new T and reports any
// difference; it returns the encoding.
func jsonRoundTrip[T any](t *testing.T, v T) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("json.Marshal(%v): %v", v, err)
	}
	var got T
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("json.Unmarshal(%s): %v", b, err)
	}
	if diff := cmp.Diff(v, got, equateOpaque); diff != "" {
		t.Errorf("JSON round trip of %s mismatch (-want +got):\n%s", b, diff)
	}
	return b
}

// TestJSON: every type round-trips; a full actor with codes, lifespan,
// memberships and ties with all four series and bases comes back Equal.
func TestJSON(t *testing.T) {
	info := armeniaInfo()
	info.Recognition = actors.PartiallyRecognised // so that it is encoded
	info.Codes = append(info.Codes, actors.Code{Scheme: "example", Value: "OLD", Valid: indicators.MustParsePeriod("../2000-01-01")})
	info.Ties[0].RestsOn = append(info.Ties[0].RestsOn, actors.Basis{Kind: actors.ConditionBasis, Ref: "sanctions-2022",
		Title: "Western sanctions on Russia", History: actors.History{{On: day("2022-02"), To: Active}}})
	full := mustNew(t, info)
	jsonRoundTrip(t, full)
	jsonRoundTrip(t, mustNew(t, russiaInfo()))
	jsonRoundTrip(t, wheatTie())
	jsonRoundTrip(t, info.Ties)
	jsonRoundTrip(t, armeniaCSTO())
	jsonRoundTrip(t, armeniaCSTO().History)
	jsonRoundTrip(t, armeniaCSTO().History[1]) // a Change with its own source and note
	jsonRoundTrip(t, actors.Held{Org: csto, Standing: Suspended, Certain: true})
	jsonRoundTrip(t, armeniaCSTO().Basis())
	jsonRoundTrip(t, info.Codes)
	jsonRoundTrip(t, []actors.Actor{full, {}, mustNew(t, azerbaijanInfo())})

	small := []struct {
		v    any
		want string
	}{
		{actors.Transition{On: day("2024-02-22"), To: Suspended}, `{"on":"2024-02-22","to":"suspended"}`},
		{actors.Code{Scheme: actors.ISO3166Alpha3, Value: "ARM"}, `{"scheme":"iso3166-1-alpha3","value":"ARM"}`},
		{actors.Code{Scheme: actors.COW, Value: "371", Valid: indicators.MustParsePeriod("1991-09-21/..")}, `{"scheme":"cow","value":"371","valid":"1991-09-21/.."}`},
		{actors.Basis{Kind: actors.AgreementBasis, Ref: "ARM-RUS-1997-treaty", History: actors.History{{On: day("1998"), To: Active}}},
			`{"kind":"agreement","ref":"ARM-RUS-1997-treaty","history":[{"on":"1998","to":"active"}]}`},
		{mustNew(t, actors.Info{ID: csto, Kind: actors.Alliance, Name: "Collective Security Treaty Organization",
			Source: indicators.Provenance{Publisher: "windowstorussia.com", Confidence: indicators.Verified}}),
			`{"id":"CSTO","kind":"alliance","name":"Collective Security Treaty Organization","source":{"publisher":"windowstorussia.com","confidence":"verified"}}`},
		{actors.Membership{Org: eaeu, History: actors.History{{On: day("2015-01-02"), To: Active}}, Source: indicators.Provenance{Publisher: "ragmamoul.net", Confidence: indicators.Verified}},
			`{"org":"EAEU","history":[{"on":"2015-01-02","to":"active"}],"source":{"publisher":"ragmamoul.net","confidence":"verified"}}`},
	}
	for _, tt := range small {
		b, err := json.Marshal(tt.v)
		if err != nil || string(b) != tt.want {
			t.Errorf("json.Marshal(%T) = %s, %v; want %s", tt.v, b, err, tt.want)
		}
	}
	// The Actor's JSON is its Info: decoding it as an Info and building
	// the Actor again gives an equal Actor.
	b, _ := json.Marshal(full)
	var asInfo actors.Info
	if err := json.Unmarshal(b, &asInfo); err != nil {
		t.Fatal(err)
	}
	if again := mustNew(t, asInfo); !again.Equal(full) {
		t.Error("the Actor's JSON decoded as an Info builds a different Actor")
	}
}

// TestJSONRejects: an unknown word, a malformed ID or date, or a
// description that breaks a rule of New is an error, not a zero value.
func TestJSONRejects(t *testing.T) {
	const src = `"source":{"publisher":"p","confidence":"verified"}`
	tie := func(share string) string {
		return `{"id":"ARM","kind":"state","name":"Armenia",` + src + `,"ties":[{"channel":"food","provider":"RUS","label":"wheat imports","share":` + share + `}]}`
	}
	tests := []struct {
		name string
		json string
		want error
	}{
		{"unknown kind", `{"id":"ARM","kind":"country","name":"Armenia",` + src + `}`, actors.ErrUnknown},
		{"missing kind", `{"id":"ARM","name":"Armenia",` + src + `}`, actors.ErrUnknown},
		{"lower-case ID", `{"id":"arm","kind":"state","name":"Armenia",` + src + `}`, actors.ErrInvalidID},
		{"missing ID", `{"kind":"state","name":"Armenia",` + src + `}`, actors.ErrInvalidID},
		{"unknown recognition", `{"id":"ARM","kind":"state","name":"Armenia","recognition":"disputed",` + src + `}`, actors.ErrUnknown},
		{"malformed lifespan", `{"id":"ARM","kind":"state","name":"Armenia","lifespan":"1991-9-21/..",` + src + `}`, indicators.ErrInvalidPeriod},
		{"malformed history date", `{"id":"ARM","kind":"state","name":"Armenia",` + src + `,"memberships":[{"org":"CSTO","history":[{"on":"2024-02-30","to":"suspended"}],` + src + `}]}`, indicators.ErrInvalidDate},
		{"unknown standing", `{"id":"ARM","kind":"state","name":"Armenia",` + src + `,"memberships":[{"org":"CSTO","history":[{"on":"2024-02-22","to":"frozen"}],` + src + `}]}`, actors.ErrUnknown},
		{"membership in itself", `{"id":"ARM","kind":"state","name":"Armenia",` + src + `,"memberships":[{"org":"ARM","history":[{"on":"2024","to":"active"}],` + src + `}]}`, actors.ErrInvalid},
		{"unknown channel", `{"id":"ARM","kind":"state","name":"Armenia",` + src + `,"ties":[{"channel":"arms","provider":"RUS","label":"x","share":null}]}`, actors.ErrUnknown},
		{"tie without share", tie(`null`), actors.ErrMissing},
		{"share series out of range", tie(`{"code":"s","name":"s","unit":"share",` + src + `,"observations":[{"at":"2023","value":99}]}`), indicators.ErrInvalid},
		{"share series in USD", tie(`{"code":"s","name":"s","unit":"usd",` + src + `,"observations":[]}`), actors.ErrInvalid},
		{"tie to itself", `{"id":"ARM","kind":"state","name":"Armenia",` + src + `,"ties":[{"channel":"food","provider":"ARM","label":"x","share":{"code":"s","name":"s","unit":"share",` + src + `}}]}`, actors.ErrInvalid},
		{"unknown basis kind", `{"id":"ARM","kind":"state","name":"Armenia",` + src + `,"ties":[{"channel":"food","provider":"RUS","label":"x","share":{"code":"s","name":"s","unit":"share",` + src + `},"restsOn":[{"kind":"treaty","ref":"x","history":[]}]}]}`, actors.ErrUnknown},
		{"no source", `{"id":"ARM","kind":"state","name":"Armenia"}`, indicators.ErrMissing},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var a actors.Actor
			err := json.Unmarshal([]byte(tt.json), &a)
			if !errors.Is(err, tt.want) {
				t.Fatalf("json.Unmarshal error = %v, want one wrapping %v", err, tt.want)
			}
			if a.IsValid() {
				t.Errorf("a failed decode left %v", a)
			}
		})
	}
	// Where the JSON decodes into an Info, the error is New's.
	in := `{"id":"ARM","kind":"state","name":"Armenia",` + src + `,"ties":[{"channel":"food","provider":"ARM","label":"x","share":{"code":"s","name":"s","unit":"share",` + src + `}}]}`
	var info actors.Info
	if err := json.Unmarshal([]byte(in), &info); err != nil {
		t.Fatal(err)
	}
	_, want := actors.New(info)
	var a actors.Actor
	if err := json.Unmarshal([]byte(in), &a); err == nil || want == nil || err.Error() != want.Error() {
		t.Errorf("decoding: %v; New: %v; want the same error", err, want)
	}
	if err := json.Unmarshal([]byte(`[1]`), &a); err == nil {
		t.Error("an array is not an actor")
	}
}

// TestConcurrentReads runs the accessors of shared Actors and of their
// Indicators from many goroutines; run with -race.
func TestConcurrentReads(t *testing.T) {
	armenia, russia := mustNew(t, armeniaInfo()), mustNew(t, russiaInfo())
	wantJSON, err := json.Marshal(armenia)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 16 {
		wg.Go(func() {
			for i := range 100 {
				d := indicators.YearDate(2015 + (g+i)%12)
				armenia.MembershipsOn(d)
				actors.ActiveMembers(csto, d, armenia, russia)
				armenia.Code(actors.ISO3166Alpha3, d)
				armenia.Providers()
				ts := collect(armenia.Ties())
				ts[0].Label = "mine" // a copy: writing it is no race
				collect(armenia.TiesFrom(rus))
				info := armenia.Info()
				info.Memberships[0].History[0].To = Ended
				armenia.Ties()(func(v actors.TieView) bool {
					v.Standing(d)
					v.Share().AsOf(d)
					v.Share().LatestAsOf(d, func(o indicators.Observation) bool { return o.Source.Confidence == indicators.Verified })
					v.Volume().ValueAsOf(d)
					v.Share().Samples()
					return true
				})
				if got := actors.ActiveMembers(csto, day("2024-06-01"), armenia, russia); len(got) != 1 || got[0] != rus {
					errs <- fmt.Sprintf("ActiveMembers = %v", got)
					return
				}
				if b, _ := json.Marshal(armenia); string(b) != string(wantJSON) {
					errs <- "the JSON changed"
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestTieStandingCertainAcrossBases: the answer is certain only if no way
// of resolving the bases' coarsely dated changes could change it. As of
// 1998-06-01 a basis entering into force some day in 1998 may or may not
// be in force yet, so a tie whose other basis is not yet in force, or only
// suspended, is unsure; one whose other basis is certainly in force is
// certain.
func TestTieStandingCertainAcrossBases(t *testing.T) {
	on := indicators.MustParseDate("1998-06-01")
	basis := func(h ...actors.Transition) actors.Basis {
		return actors.Basis{Kind: actors.AgreementBasis, Ref: "b", History: h}
	}
	in1998 := basis(actors.Transition{On: indicators.MustParseDate("1998"), To: actors.Active})
	for _, c := range []struct {
		name    string
		other   actors.Basis
		want    actors.Standing
		certain bool
	}{
		{"other not yet in force", basis(actors.Transition{On: indicators.MustParseDate("2030"), To: actors.Active}), 0, false},
		{"other suspended", basis(actors.Transition{On: indicators.MustParseDate("1990"), To: actors.Active}, actors.Transition{On: indicators.MustParseDate("1998-02-01"), To: actors.Suspended}), actors.Suspended, false},
		{"other in force", basis(actors.Transition{On: indicators.MustParseDate("1990"), To: actors.Active}), actors.Active, true},
	} {
		tie := actors.Tie{RestsOn: []actors.Basis{c.other, in1998}}
		s, certain, _ := tie.Standing(on)
		if s != c.want || certain != c.certain {
			t.Errorf("%s: Standing = %v, certain %v; want %v, %v", c.name, s, certain, c.want, c.certain)
		}
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
