package indicators_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/statecraft/bilateral/indicators"
)

// equateDates lets cmp compare the opaque Date (and so Period) values with ==.
var equateDates = cmpopts.EquateComparable(indicators.Date{})

// jsonRoundTrip marshals v, unmarshals the result into a new T and reports any
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
	if diff := cmp.Diff(v, got, equateDates); diff != "" {
		t.Errorf("JSON round trip of %s mismatch (-want +got):\n%s", b, diff)
	}
	return b
}

// Sources of the Armenia–Russia facts used below, as the facts file
// (south-caucasus-facts.md) gives them.
var (
	citeAMNews = indicators.Provenance{Publisher: "AMNews", Title: "citing Armenian customs",
		URL: "https://www.amnews.am/language/ru/economics-ru-7/", Confidence: indicators.Verified}
	citeKommersant = indicators.Provenance{Publisher: "Kommersant", Title: "Overchuk: trade with Armenia to halve in 2025",
		URL: "https://www.kommersant.ru/doc/8009253", Confidence: indicators.Verified}
	citeBMG = indicators.Provenance{Publisher: "BMG", Title: "Putin announces record trade volumes with Armenia",
		URL: "https://bm.ge/en/news/putin-announces-record-trade-volumes-with-armenia", Confidence: indicators.Verified}
	citeNewsFront = indicators.Provenance{Publisher: "news-front.su", Title: "citing Armenian Deputy PM Mher Grigoryan",
		URL: "https://de.news-front.su/2021/09/20/der-handelsumsatz-zwischen-armenien-und-russland-bricht-rekorde", Confidence: indicators.Verified}
	citeEssay = indicators.Provenance{Publisher: "Benyamin Poghosyan", Title: "essay on Armenia–Russia relations (2025)",
		Confidence: indicators.SingleSource}
)

// tradeInfo and tradeObs describe Armenia–Russia goods trade
// turnover (facts ind-trade-2019, -2021, -2023, -2024): 2019 at least
// USD 2bn, 2021 USD 2.5bn (the essay only), 2023 USD 7.4bn, 2024 USD
// 12.4bn (the indicator's own source).
func tradeInfo() indicators.Info {
	return indicators.Info{
		Code: "ARM.RUS.trade-turnover", Name: "Armenia–Russia goods trade turnover", Unit: indicators.USD,
		Subject: "ARM", Counterpart: "RUS", Source: citeKommersant,
	}
}

func tradeObs() []indicators.Observation {
	d := indicators.MustParseDate
	return []indicators.Observation{
		{At: d("2019"), Value: 2.0e9, Qualifier: indicators.AtLeast, Source: citeNewsFront, Note: "first year above USD 2bn"},
		{At: d("2021"), Value: 2.5e9, Source: citeEssay},
		{At: d("2023"), Value: 7.4e9, Source: citeBMG},
		{At: d("2024"), Value: 12.4e9},
	}
}

func tradeSeries(t testing.TB) indicators.Indicator {
	t.Helper()
	ind, err := indicators.New(tradeInfo(), tradeObs()...)
	if err != nil {
		t.Fatal(err)
	}
	return ind
}

// wheatShareInfo is Russia's share of Armenia's wheat imports (fact
// ind-wheat-2023-share: 0.99 in 2023, AMNews citing Armenian customs).
func wheatShareInfo() indicators.Info {
	return indicators.Info{Code: "ARM.RUS.wheat-share", Name: "Russia's share of Armenia's wheat imports",
		Unit: indicators.Share, Subject: "ARM", Counterpart: "RUS", Source: citeAMNews}
}

func observe(at string, v float64) indicators.Observation {
	return indicators.Observation{At: indicators.MustParseDate(at), Value: v}
}

// TestNewRejects: every rule listed in New's doc comment, each error
// naming the field and the value and wrapping its sentinel.
func TestNewRejects(t *testing.T) {
	d := indicators.MustParseDate
	tests := []struct {
		name    string
		info    func(*indicators.Info)
		obs     []indicators.Observation
		want    error // nil: rejected, sentinel not asserted (see the case)
		mention []string
	}{
		{"empty code", func(i *indicators.Info) { i.Code = "" }, nil, indicators.ErrMissing, []string{"Info.Code", `""`}},
		{"no name", func(i *indicators.Info) { i.Name = "" }, nil, indicators.ErrMissing, []string{"ARM.RUS.wheat-share", "Info.Name"}},
		{"zero unit (a forgotten unit is missing, with the words)", func(i *indicators.Info) { i.Unit = 0 }, nil, indicators.ErrMissing, []string{"Info.Unit: missing field", `"share"`}},
		{"unknown unit", func(i *indicators.Info) { i.Unit = 42 }, nil, indicators.ErrUnknown, []string{"Info.Unit 42"}},
		{"no source", func(i *indicators.Info) { i.Source = indicators.Provenance{} }, nil, indicators.ErrMissing, []string{"Info.Source", "Provenance.Publisher"}},
		{"source without confidence", func(i *indicators.Info) { i.Source.Confidence = 0 }, nil, indicators.ErrMissing, []string{"Info.Source", "Provenance.Confidence"}},
		{"source with a relative URL", func(i *indicators.Info) { i.Source.URL = "amnews.am" }, nil, indicators.ErrInvalid, []string{"Info.Source", `"amnews.am"`}},
		{"coverage ends before it starts", func(i *indicators.Info) {
			i.Coverage = indicators.Period{Start: d("2024"), End: d("2019")}
		}, nil, indicators.ErrInvalidPeriod, []string{"Info.Coverage", "2024/2019"}},
		{"share above 1", nil, []indicators.Observation{observe("2023", 1.01)}, indicators.ErrInvalid, []string{"Observations[0].Value", "2023", "1.01"}},
		{"share as a percent", nil, []indicators.Observation{observe("2023", 99)}, indicators.ErrInvalid, []string{"Observations[0].Value", "99"}},
		{"negative share", nil, []indicators.Observation{observe("2022", 0.5), observe("2023", -0.01)}, indicators.ErrInvalid, []string{"Observations[1].Value", "2023", "-0.01"}},
		{"NaN", nil, []indicators.Observation{observe("2023", math.NaN())}, indicators.ErrInvalid, []string{"Observations[0].Value", "NaN"}},
		{"+Inf", nil, []indicators.Observation{observe("2023", math.Inf(1))}, indicators.ErrInvalid, []string{"Observations[0].Value", "+Inf"}},
		{"-Inf in USD", func(i *indicators.Info) { i.Unit = indicators.USD }, []indicators.Observation{observe("2023", math.Inf(-1))}, indicators.ErrInvalid, []string{"Observations[0].Value", "-Inf"}},
		{"negative count", func(i *indicators.Info) { i.Unit = indicators.Count }, []indicators.Observation{observe("2023", -1)}, indicators.ErrInvalid, []string{"Observations[0].Value", "count -1"}},
		{"negative tonnes", func(i *indicators.Info) { i.Unit = indicators.Tonnes }, []indicators.Observation{observe("2023", -343.6e3)}, indicators.ErrInvalid, []string{"Observations[0].Value", "tonnes -343600"}},
		{"negative TIV", func(i *indicators.Info) { i.Unit = indicators.TIV }, []indicators.Observation{observe("2023", -5)}, indicators.ErrInvalid, []string{"Observations[0].Value", "tiv -5"}},
		{"negative m3", func(i *indicators.Info) { i.Unit = indicators.CubicMetres }, []indicators.Observation{observe("2023", -1)}, indicators.ErrInvalid, []string{"Observations[0].Value", "m3 -1"}},
		{"zero date", nil, []indicators.Observation{observe("2022", 0.9), {Value: 0.99}}, indicators.ErrInvalidDate, []string{"Observations[1].At"}},
		{"unknown qualifier", nil, []indicators.Observation{{At: d("2023"), Value: 0.99, Qualifier: 9}}, indicators.ErrUnknown, []string{"Observations[0].Qualifier 9"}},
		{"observation source without publisher", nil, []indicators.Observation{{At: d("2023"), Value: 0.99, Source: indicators.Provenance{Title: "customs", Confidence: indicators.Verified}}}, indicators.ErrMissing, []string{"Observations[0].Source", "Provenance.Publisher"}},
		{"observation source with an ftp URL", nil, []indicators.Observation{{At: d("2023"), Value: 0.99, Source: indicators.Provenance{Publisher: "x", URL: "ftp://x/y", Confidence: indicators.Verified}}}, indicators.ErrInvalid, []string{"Observations[0].Source", `"ftp://x/y"`}},
		{"unsorted", nil, []indicators.Observation{observe("2023", 0.99), observe("2019", 0.9)}, indicators.ErrOrder, []string{"Observations[1].At", "2019 after 2023"}},
		{"duplicate date", nil, []indicators.Observation{observe("2023", 0.99), observe("2023", 0.98)}, indicators.ErrOrder, []string{"Observations[1].At", "2023 after 2023"}},
		{"duplicate day", nil, []indicators.Observation{observe("2024-02-22", 0.5), observe("2024-02-22", 0.5)}, indicators.ErrOrder, []string{"Observations[1].At", "2024-02-22"}},
		{"year then a month within it", nil, []indicators.Observation{observe("2024", 0.5), observe("2024-08", 0.4)}, indicators.ErrOrder, []string{"Observations[1].At", "2024-08 after 2024"}},
		{"month then its year", nil, []indicators.Observation{observe("2024-08", 0.4), observe("2024", 0.5)}, indicators.ErrOrder, []string{"Observations[1].At", "2024 after 2024-08"}},
		{"month then a day within it", nil, []indicators.Observation{observe("2024-08", 0.4), observe("2024-08-15", 0.5)}, indicators.ErrOrder, []string{"2024-08-15 after 2024-08"}},
		{"before the coverage", func(i *indicators.Info) { i.Coverage = indicators.MustParsePeriod("2019-01-01/..") }, []indicators.Observation{observe("2018", 0.9)}, indicators.ErrInvalidPeriod, []string{"Observations[0].At", "2018", "outside coverage 2019-01-01/.."}},
		{"on the coverage end", func(i *indicators.Info) { i.Coverage = indicators.MustParsePeriod("../2024-01-01") }, []indicators.Observation{observe("2023", 0.9), observe("2024-01-01", 0.9)}, indicators.ErrInvalidPeriod, []string{"Observations[1].At", "outside coverage ../2024-01-01"}},
		{"spanning the coverage end", func(i *indicators.Info) { i.Coverage = indicators.MustParsePeriod("../2024-07-01") }, []indicators.Observation{observe("2024", 0.9)}, indicators.ErrInvalidPeriod, []string{"Observations[0].At", "2024"}},
		// A code with spaces is rejected and named; the sentinel is not
		// asserted: New wraps ErrMissing, which its doc reserves for "a
		// required field left empty" (reported).
		{"code with a space", func(i *indicators.Info) { i.Code = "ARM RUS" }, nil, nil, []string{"Info.Code", `"ARM RUS"`}},
		{"code with a tab", func(i *indicators.Info) { i.Code = "ARM\tRUS" }, nil, nil, []string{"Info.Code", `"ARM\tRUS"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info := wheatShareInfo()
			if tt.info != nil {
				tt.info(&info)
			}
			ind, err := indicators.New(info, tt.obs...)
			if err == nil {
				t.Fatalf("New accepted it: %v", ind)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("New error = %v, want one wrapping %v", err, tt.want)
			}
			for _, m := range tt.mention {
				if !strings.Contains(err.Error(), m) {
					t.Errorf("error %q does not mention %q", err, m)
				}
			}
			if !strings.HasPrefix(err.Error(), "indicators: ") {
				t.Errorf("error %q does not name the package", err)
			}
			if ind.IsValid() {
				t.Error("New returned a valid Indicator with an error")
			}
			// Every error wraps exactly one of the sentinels (errors.go doc).
			n := 0
			for _, s := range []error{indicators.ErrInvalidDate, indicators.ErrInvalidPeriod, indicators.ErrInvalid,
				indicators.ErrOrder, indicators.ErrUnknown, indicators.ErrMissing, indicators.ErrTooFew, indicators.ErrUndefined} {
				if errors.Is(err, s) {
					n++
				}
			}
			if n != 1 {
				t.Errorf("error %q wraps %d sentinels, want exactly 1", err, n)
			}
			func() {
				defer func() {
					if recover() == nil {
						t.Error("MustNew did not panic")
					}
				}()
				indicators.MustNew(info, tt.obs...)
			}()
		})
	}
}

// TestNewAccepts: what New's rules allow.
func TestNewAccepts(t *testing.T) {
	d := indicators.MustParseDate
	tests := []struct {
		name string
		info func(*indicators.Info)
		obs  []indicators.Observation
	}{
		{"no observations: all values missing", nil, nil},
		{"mixed precisions that do not overlap", nil, []indicators.Observation{observe("2022", 0.9), observe("2023-01", 0.95), observe("2023-02-15", 0.97), observe("2023-03", 0.99)}},
		{"adjacent days", nil, []indicators.Observation{observe("2024-02-21", 0.9), observe("2024-02-22", 0.9)}},
		{"both bounds of a share", nil, []indicators.Observation{observe("2022", 0), observe("2023", 1)}},
		{"qualified values", nil, []indicators.Observation{{At: d("2021"), Value: 0.9, Qualifier: indicators.Approx}, {At: d("2022"), Value: 0.9, Qualifier: indicators.AtLeast}, {At: d("2023"), Value: 0.99, Qualifier: indicators.AtMost}}},
		{"within a day-precision coverage", func(i *indicators.Info) { i.Coverage = indicators.MustParsePeriod("2019-01-01/2025-01-01") },
			[]indicators.Observation{observe("2019", 0.9), observe("2024", 0.9)}},
		{"the last day before the coverage end", func(i *indicators.Info) { i.Coverage = indicators.MustParsePeriod("../2024-01-01") },
			[]indicators.Observation{observe("2023-12-31", 0.9)}},
		{"negative percent", func(i *indicators.Info) { i.Unit = indicators.Percent }, []indicators.Observation{observe("2020", -9.5)}},
		{"observation with its own source", nil, []indicators.Observation{{At: d("2023"), Value: 0.99, Source: citeAMNews}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info := wheatShareInfo()
			if tt.info != nil {
				tt.info(&info)
			}
			ind, err := indicators.New(info, tt.obs...)
			if err != nil {
				t.Fatalf("New: %v", err)
			}
			if !ind.IsValid() || ind.Len() != len(tt.obs) {
				t.Errorf("IsValid %v, Len %d; want true, %d", ind.IsValid(), ind.Len(), len(tt.obs))
			}
		})
	}
}

// TestNewCoverage: the coverage rule of New's doc. An observation fits
// when its span does not end before the coverage starts ("an annual value
// for 2019 fits a coverage that starts in 2019 or in March 2019") and ends
// before the coverage ends ("an annual value for 2024 does not fit a
// coverage that ends on 2024-07-01"). Indicator.Coverage fills a missing
// Start from the first observation, so building again from an indicator's
// own Coverage works too.
func TestNewCoverage(t *testing.T) {
	tests := []struct {
		coverage string
		obs      []string
		ok       bool
		why      string
	}{
		{"2019/2025", []string{"2019", "2024"}, true, "an annual series over the years of its coverage"},
		{"2019-03/..", []string{"2019"}, true, "doc: 2019 fits a coverage that starts in March 2019"},
		{"2019-03-01/..", []string{"2019"}, true, "the span of 2019 reaches into the coverage"},
		{"2019-12-31/..", []string{"2019"}, true, "the last day of 2019 is covered"},
		{"2019-03-01/..", []string{"2019-02"}, false, "February ends before the coverage starts"},
		{"2020/..", []string{"2019"}, false, "2019 ends before 2020 begins"},
		{"../2024-07-01", []string{"2024"}, false, "doc: 2024 does not fit a coverage that ends on 2024-07-01"},
		{"../2024-07-01", []string{"2024-06"}, true, "June ends before the coverage ends"},
		{"../2025", []string{"2024"}, true, "ends before 2025 begins"},
		{"../2025", []string{"2025-01"}, false, "the coverage may end on 2025-01-01"},
	}
	for _, tt := range tests {
		info := tradeInfo()
		info.Coverage = indicators.MustParsePeriod(tt.coverage)
		var obs []indicators.Observation
		for _, at := range tt.obs {
			obs = append(obs, observe(at, 1e9))
		}
		_, err := indicators.New(info, obs...)
		if tt.ok && err != nil {
			t.Errorf("coverage %s, observations %v: %v (%s)", tt.coverage, tt.obs, err, tt.why)
		}
		if !tt.ok && !errors.Is(err, indicators.ErrInvalidPeriod) {
			t.Errorf("coverage %s, observations %v: error %v, want ErrInvalidPeriod (%s)", tt.coverage, tt.obs, err, tt.why)
		}
	}
	ind := tradeSeries(t)
	info := ind.Info()
	info.Coverage = ind.Coverage() // 2019/.., from the first observation
	if _, err := indicators.New(info, tradeObs()...); err != nil {
		t.Errorf("rebuilding from the indicator's own Coverage %v: %v", ind.Coverage(), err)
	}
}

// TestAsOf: the documented rule. As of D means as of D's last day; the
// value is the latest observation whose date begins on or before that day;
// none before the first observation; none on or after the coverage End;
// nothing is interpolated.
func TestAsOf(t *testing.T) {
	open := tradeSeries(t)
	info := tradeInfo()
	info.Coverage = indicators.MustParsePeriod("../2025") // series stopped in 2025
	ended, err := indicators.New(info, tradeObs()...)
	if err != nil {
		t.Fatal(err)
	}
	monthly := indicators.MustNew(wheatShareInfo(), observe("2024", 0.95), observe("2025-03", 0.9), observe("2025-08-15", 0.8))
	tests := []struct {
		ind  indicators.Indicator
		asOf string
		want string // date of the observation returned; "" for none
		why  string
	}{
		{open, "2018", "", "before the first observation"},
		{open, "2018-12-31", "", "the day before 2019 begins"},
		{open, "2019-01-01", "", `"2019" has not ended on 2019-01-01: no look-ahead`},
		{open, "2019-12-30", "", "the day before the year ends"},
		{open, "2019-12-31", "2019", "an annual value counts from its 31 December"},
		{open, "2019-06-01", "", "the annual value is not read within its own year"},
		{open, "2019", "2019", "as of 2019 is as of 2019-12-31"},
		{open, "2020", "2019", "carried forward; 2020 is missing and not interpolated"},
		{open, "2022-12-31", "2021", "the latest begun by then"},
		{open, "2023-01-01", "2021", "2023 has only begun"},
		{open, "2023-12-31", "2023", "2023 ends that day"},
		{open, "2024-06", "2023", "as of June 2024 the 2024 value is not yet over"},
		{open, "2030", "2024", "open coverage: still maintained"},
		{ended, "2024-12-31", "2024", "the last day before the coverage End"},
		{ended, "2025-01-01", "", "on the coverage End"},
		{ended, "2025", "", "as of 2025-12-31, after the coverage End"},
		{ended, "2030", "", "a series that has stopped is not carried forward"},
		{monthly, "2025-02", "2024", "March 2025 has not begun by 2025-02-28"},
		{monthly, "2025", "2025-08-15", "as of 2025 is as of 2025-12-31"},
		{monthly, "2025-03-30", "2024", "March 2025 ends on the 31st"},
		{monthly, "2025-03-31", "2025-03", "a month counts from its last day"},
		{monthly, "2025-03-01", "2024", `"2025-03" has only begun on 2025-03-01`},
		{monthly, "2025-08", "2025-08-15", "as of August is as of 2025-08-31"},
		{monthly, "2025-08-14", "2025-03", "the day before"},
		{open, "", "", "the zero Date has no value"},
	}
	for _, tt := range tests {
		t.Run(tt.ind.Code()+" "+tt.asOf, func(t *testing.T) {
			var d indicators.Date
			if tt.asOf != "" {
				d = indicators.MustParseDate(tt.asOf)
			}
			o, ok := tt.ind.AsOf(d)
			v, at, vok := tt.ind.ValueAsOf(d)
			if tt.want == "" {
				if ok || vok {
					t.Errorf("AsOf(%s) = %v, %v; ValueAsOf = %v, %v, %v; want none: %s", tt.asOf, o, ok, v, at, vok, tt.why)
				}
				if (o != indicators.Observation{}) || v != 0 || at.IsValid() {
					t.Errorf("no value must come with zero results, got %v and %v, %v", o, v, at)
				}
				return
			}
			if !ok || o.At.String() != tt.want {
				t.Fatalf("AsOf(%s) = %v, %v; want the %s observation: %s", tt.asOf, o.At, ok, tt.want, tt.why)
			}
			if !vok || at != o.At || v != o.Value {
				t.Errorf("ValueAsOf(%s) = %v, %v, %v; want %v, %v, true", tt.asOf, v, at, vok, o.Value, o.At)
			}
		})
	}
}

// TestAsOfMissingIsNotZero: an indicator with no observations, and the
// zero Indicator, have no value at any date: ok is false, never a 0.
func TestAsOfMissingIsNotZero(t *testing.T) {
	empty := indicators.MustNew(wheatShareInfo())
	for _, ind := range []indicators.Indicator{empty, {}} {
		for _, s := range []string{"1998", "2023", "2024-06-01"} {
			d := indicators.MustParseDate(s)
			if o, ok := ind.AsOf(d); ok {
				t.Errorf("%v.AsOf(%s) = %v, true; want none", ind, s, o)
			}
			if _, ok := ind.LatestAsOf(d, func(indicators.Observation) bool { return true }); ok {
				t.Errorf("%v.LatestAsOf(%s) found a value", ind, s)
			}
			if _, _, ok := ind.ValueAsOf(d); ok {
				t.Errorf("%v.ValueAsOf(%s) found a value", ind, s)
			}
		}
		tt, y := ind.Samples()
		if len(tt) != 0 || len(y) != 0 {
			t.Errorf("%v.Samples() = %v, %v; want empty", ind, tt, y)
		}
	}
}

// TestAsOfSources: the observation returned carries its own source, or the
// indicator's when it has none (Indicator.Observation doc).
func TestAsOfSources(t *testing.T) {
	ind := tradeSeries(t)
	tests := []struct {
		asOf string
		want indicators.Provenance
	}{
		{"2019", citeNewsFront},  // its own
		{"2022", citeEssay},      // its own
		{"2024", citeKommersant}, // none of its own: the indicator's
	}
	for _, tt := range tests {
		o, _ := ind.AsOf(indicators.MustParseDate(tt.asOf))
		if diff := cmp.Diff(tt.want, o.Source, equateDates); diff != "" {
			t.Errorf("AsOf(%s).Source mismatch (-want +got):\n%s", tt.asOf, diff)
		}
	}
	if diff := cmp.Diff(citeKommersant, ind.Observation(3).Source, equateDates); diff != "" {
		t.Errorf("Observation(3).Source mismatch (-want +got):\n%s", diff)
	}
}

// TestLatestAsOf: the AsOf rule applied to the observations keep accepts.
func TestLatestAsOf(t *testing.T) {
	ind := tradeSeries(t)
	verified := func(o indicators.Observation) bool { return o.Source.Confidence.AtLeast(indicators.Verified) }
	all := func(indicators.Observation) bool { return true }
	none := func(indicators.Observation) bool { return false }
	tests := []struct {
		asOf string
		keep func(indicators.Observation) bool
		want string
		why  string
	}{
		{"2022", verified, "2019", "the 2021 figure is single-source: skipped"},
		{"2022", all, "2021", "like AsOf"},
		{"2024-12-31", verified, "2024", "the 2024 value takes the indicator's verified source"},
		{"2024-06-01", all, "2023", "the 2024 value is not over by June"},
		{"2018", all, "", "before the first observation"},
		{"2030", none, "", "nothing accepted"},
	}
	for _, tt := range tests {
		o, ok := ind.LatestAsOf(indicators.MustParseDate(tt.asOf), tt.keep)
		if got := map[bool]string{true: o.At.String()}[ok]; got != tt.want {
			t.Errorf("LatestAsOf(%s) = %q, want %q: %s", tt.asOf, got, tt.want, tt.why)
		}
	}
	// The coverage End still applies.
	info := tradeInfo()
	info.Coverage = indicators.MustParsePeriod("../2025")
	ended := indicators.MustNew(info, tradeObs()...)
	if o, ok := ended.LatestAsOf(indicators.MustParseDate("2025-06-01"), all); ok {
		t.Errorf("LatestAsOf after the coverage End = %v", o)
	}
}

// TestValueAsOfAgreesWithAsOf: over every month and year from 2017 to 2026
// the fast form returns what AsOf returns (property).
func TestValueAsOfAgreesWithAsOf(t *testing.T) {
	info := tradeInfo()
	info.Coverage = indicators.MustParsePeriod("../2025-07")
	obs := append(tradeObs(), observe("2025-03", 3e9))
	ind := indicators.MustNew(info, obs...)
	for y := 2017; y <= 2026; y++ {
		dates := []indicators.Date{indicators.YearDate(y)}
		for m := 1; m <= 12; m++ {
			dates = append(dates, indicators.MustParseDate(fmt.Sprintf("%04d-%02d", y, m)))
		}
		for _, d := range dates {
			o, ok := ind.AsOf(d)
			v, at, vok := ind.ValueAsOf(d)
			if ok != vok || v != o.Value || at != o.At {
				t.Errorf("%v: AsOf = %v, %v; ValueAsOf = %v, %v, %v", d, o, ok, v, at, vok)
			}
		}
	}
}

// TestSamples: the decimal year of the middle of each observation's span
// (Date.Decimal), and the values, oldest first, in fresh slices.
func TestSamples(t *testing.T) {
	ind := indicators.MustNew(tradeInfo(), observe("2019", 2.0e9), observe("2024-02", 1e9), observe("2024-08-15", 1.5e9))
	tm, y := ind.Samples()
	wantT := []float64{2019.5, 2024 + 45.5/366, 2024 + (227+228)/2.0/366} // by hand: mid-year; Feb of a leap year; day 228 of 366
	wantY := []float64{2.0e9, 1e9, 1.5e9}
	if diff := cmp.Diff(wantT, tm, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
		t.Errorf("Samples times mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantY, y); diff != "" {
		t.Errorf("Samples values mismatch (-want +got):\n%s", diff)
	}
	tm[0], y[0] = 0, 0
	tm2, y2 := ind.Samples()
	if tm2[0] != 2019.5 || y2[0] != 2.0e9 {
		t.Error("Samples must return fresh slices")
	}
}

// TestIndicatorImmutable: New copies the observations; Info and All hand
// out copies.
func TestIndicatorImmutable(t *testing.T) {
	obs := tradeObs()
	ind := indicators.MustNew(tradeInfo(), obs...)
	want := indicators.MustNew(tradeInfo(), tradeObs()...)
	obs[0].Value, obs[3].At = -1, indicators.MustParseDate("1990")
	info := ind.Info()
	info.Code, info.Source.Publisher = "changed", "changed"
	for o := range ind.All() {
		o.Value = -1
		o.Source.Publisher = "changed"
	}
	o := ind.Observation(0)
	o.Value = -1
	if !ind.Equal(want) {
		t.Errorf("the indicator changed: %v", ind)
	}
	if diff := cmp.Diff(want, ind); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
}

// TestIndicatorAccessors covers the small accessors on a valid and on the
// zero Indicator.
func TestIndicatorAccessors(t *testing.T) {
	ind := tradeSeries(t)
	if ind.Code() != "ARM.RUS.trade-turnover" || ind.Unit() != indicators.USD || ind.Len() != 4 || !ind.IsValid() || ind.IsZero() {
		t.Errorf("accessors: %q %v %d %v %v", ind.Code(), ind.Unit(), ind.Len(), ind.IsValid(), ind.IsZero())
	}
	if got, want := ind.String(), "ARM.RUS.trade-turnover [usd, 4 obs, 2019/..]"; got != want { // format on Indicator.String
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := ind.Coverage(); got.String() != "2019/.." {
		t.Errorf("Coverage() = %v, want 2019/.. (Start from the first observation)", got)
	}
	info := tradeInfo()
	info.Coverage = indicators.MustParsePeriod("2018-01-01/2025-01-01")
	if got := indicators.MustNew(info, tradeObs()...).Coverage(); got != info.Coverage {
		t.Errorf("Coverage() = %v, want the recorded %v", got, info.Coverage)
	}
	if got := indicators.MustNew(wheatShareInfo()).Coverage(); got != (indicators.Period{}) {
		t.Errorf("Coverage() of an empty indicator = %v, want the zero Period", got)
	}
	var dates []string
	for o := range ind.All() {
		dates = append(dates, o.At.String())
		if o.At.Year() == 2021 {
			break // All stops when yield returns false
		}
	}
	if diff := cmp.Diff([]string{"2019", "2021"}, dates); diff != "" {
		t.Errorf("All with an early break mismatch (-want +got):\n%s", diff)
	}
	got := slices.Collect(ind.All())
	if len(got) != 4 || got[3].Source != citeKommersant || got[0].Qualifier != indicators.AtLeast {
		t.Errorf("All() = %v", got)
	}

	var zero indicators.Indicator
	if zero.IsValid() || !zero.IsZero() || zero.Len() != 0 || zero.Code() != "" || zero.Unit() != 0 ||
		zero.String() != "Indicator{}" || zero.Coverage() != (indicators.Period{}) || zero.Info() != (indicators.Info{}) {
		t.Errorf("zero Indicator accessors: %v %v %d %q %v %q", zero.IsValid(), zero.IsZero(), zero.Len(), zero.Code(), zero.Unit(), zero.String())
	}
	for range zero.All() {
		t.Error("the zero Indicator yields no observation")
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("Observation(4) of a 4-observation indicator must panic like a slice index")
			}
		}()
		ind.Observation(4)
	}()
}

// TestIndicatorEqual: same description and observations, or both zero.
func TestIndicatorEqual(t *testing.T) {
	a, b := tradeSeries(t), tradeSeries(t)
	changed := tradeObs()
	changed[1].Note = "full year"
	info := tradeInfo()
	info.Note = "Armenian statistics"
	tests := []struct {
		x, y indicators.Indicator
		want bool
		why  string
	}{
		{a, b, true, "built twice from the same input"},
		{a, a, true, "itself"},
		{a, indicators.MustNew(tradeInfo(), changed...), false, "an observation's note differs"},
		{a, indicators.MustNew(info, tradeObs()...), false, "the info differs"},
		{a, indicators.MustNew(tradeInfo(), tradeObs()[:3]...), false, "one observation fewer"},
		{a, indicators.Indicator{}, false, "valid vs zero"},
		{indicators.Indicator{}, a, false, "zero vs valid"},
		{indicators.Indicator{}, indicators.Indicator{}, true, "both zero"},
	}
	for _, tt := range tests {
		if got := tt.x.Equal(tt.y); got != tt.want {
			t.Errorf("Equal = %v, want %v: %s", got, tt.want, tt.why)
		}
	}
}

// TestIndicatorJSON: Info fields plus "observations", readable text for
// enums and dates; the zero Indicator is null; decoding checks with New.
func TestIndicatorJSON(t *testing.T) {
	full := tradeInfo()
	full.Coverage = indicators.MustParsePeriod("2019-01-01/2025-07")
	full.Note = "Armenian and Russian figures differ"
	jsonRoundTrip(t, indicators.MustNew(full, tradeObs()...))
	jsonRoundTrip(t, tradeSeries(t))
	jsonRoundTrip(t, indicators.MustNew(wheatShareInfo()))

	small := indicators.MustNew(indicators.Info{Code: "ARM.RUS.wheat-share", Name: "wheat", Unit: indicators.Share,
		Source: indicators.Provenance{Publisher: "AMNews", Confidence: indicators.Verified}},
		indicators.Observation{At: indicators.MustParseDate("2023"), Value: 0.99, Qualifier: indicators.Approx})
	b := jsonRoundTrip(t, small)
	want := `{"code":"ARM.RUS.wheat-share","name":"wheat","unit":"share","source":{"publisher":"AMNews","confidence":"verified"},` +
		`"observations":[{"at":"2023","value":0.99,"qualifier":"approx"}]}`
	if string(b) != want {
		t.Errorf("json.Marshal =\n%s\nwant\n%s", b, want)
	}
	if b := jsonRoundTrip(t, indicators.MustNew(wheatShareInfo())); !strings.Contains(string(b), `"observations":[]`) {
		t.Errorf("an empty indicator encodes its observations as []: %s", b)
	}

	// The zero Indicator is null, and null decodes to it.
	if b := jsonRoundTrip(t, indicators.Indicator{}); string(b) != "null" {
		t.Errorf("zero Indicator encodes as %s, want null", b)
	}
	type rec struct {
		Share indicators.Indicator `json:"share"`
		Opt   indicators.Indicator `json:"opt,omitzero"`
	}
	if b := jsonRoundTrip(t, rec{}); string(b) != `{"share":null}` {
		t.Errorf("zero fields encode as %s, want {\"share\":null}", b)
	}
	ind := small
	if err := json.Unmarshal([]byte("null"), &ind); err != nil || ind.IsValid() {
		t.Errorf("null decodes to %v, %v; want the zero Indicator", ind, err)
	}

	// Observation on its own round-trips too.
	jsonRoundTrip(t, tradeObs()[0])
	jsonRoundTrip(t, tradeObs())
}

// TestIndicatorJSONRejects: decoding input that breaks a rule returns the
// error New returns for it; malformed words and dates are errors.
func TestIndicatorJSONRejects(t *testing.T) {
	const head = `{"code":"c","name":"n","unit":"share","source":{"publisher":"p","confidence":"verified"},`
	tests := []struct {
		name string
		json string
		want error
		same func() error // New's error for the same input, when it gets that far
	}{
		{"share above 1", head + `"observations":[{"at":"2023","value":1.5}]}`, indicators.ErrInvalid, func() error {
			_, err := indicators.New(indicators.Info{Code: "c", Name: "n", Unit: indicators.Share, Source: indicators.Provenance{Publisher: "p", Confidence: indicators.Verified}}, observe("2023", 1.5))
			return err
		}},
		{"unsorted", head + `"observations":[{"at":"2023","value":0.5},{"at":"2022","value":0.5}]}`, indicators.ErrOrder, func() error {
			_, err := indicators.New(indicators.Info{Code: "c", Name: "n", Unit: indicators.Share, Source: indicators.Provenance{Publisher: "p", Confidence: indicators.Verified}}, observe("2023", 0.5), observe("2022", 0.5))
			return err
		}},
		{"no code", `{"name":"n","unit":"share","source":{"publisher":"p","confidence":"verified"}}`, indicators.ErrMissing, func() error {
			_, err := indicators.New(indicators.Info{Name: "n", Unit: indicators.Share, Source: indicators.Provenance{Publisher: "p", Confidence: indicators.Verified}})
			return err
		}},
		{"no source", `{"code":"c","name":"n","unit":"share"}`, indicators.ErrMissing, nil},
		{"unknown unit", `{"code":"c","name":"n","unit":"percentage"}`, indicators.ErrUnknown, nil},
		{"unknown qualifier", head + `"observations":[{"at":"2023","value":0.5,"qualifier":"about"}]}`, indicators.ErrUnknown, nil},
		{"unknown confidence", `{"code":"c","name":"n","unit":"share","source":{"publisher":"p","confidence":"sure"}}`, indicators.ErrUnknown, nil},
		{"malformed date", head + `"observations":[{"at":"2023-1","value":0.5}]}`, indicators.ErrInvalidDate, nil},
		{"missing date", head + `"observations":[{"value":0.5}]}`, indicators.ErrInvalidDate, nil},
		{"inverted coverage", head + `"coverage":"2024/2019"}`, indicators.ErrInvalidPeriod, nil},
		{"not an object", `[1,2]`, nil, nil},
		{"value as text", head + `"observations":[{"at":"2023","value":"0.5"}]}`, nil, nil},
		{"truncated", head, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ind indicators.Indicator
			err := json.Unmarshal([]byte(tt.json), &ind)
			if err == nil {
				t.Fatalf("decoded %v", ind)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error = %v, want one wrapping %v", err, tt.want)
			}
			if tt.same != nil {
				if want := tt.same(); want == nil || err.Error() != want.Error() {
					t.Errorf("error = %v, want New's error %v", err, want)
				}
			}
			if ind.IsValid() {
				t.Errorf("a failed decode left %v", ind)
			}
		})
	}
}

// TestConcurrentReads runs the read methods on one shared Indicator from
// many goroutines; run with -race.
func TestConcurrentReads(t *testing.T) {
	ind := tradeSeries(t)
	want2022, _ := ind.AsOf(indicators.MustParseDate("2022"))
	wantJSON, err := json.Marshal(ind)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := range 16 {
		wg.Go(func() {
			for i := range 200 {
				d := indicators.YearDate(2017 + (g+i)%10)
				ind.AsOf(d)
				ind.LatestAsOf(d, func(o indicators.Observation) bool { return o.Source.Confidence == indicators.Verified })
				ind.ValueAsOf(d)
				ts, ys := ind.Samples()
				ts[0], ys[0] = 0, 0 // fresh slices: writing them is no race
				for range ind.All() {
				}
				_ = ind.Info()
				_ = ind.String()
				if o, _ := ind.AsOf(indicators.MustParseDate("2022")); o != want2022 {
					errs <- fmt.Sprintf("AsOf(2022) = %v", o)
					return
				}
				if b, _ := json.Marshal(ind); string(b) != string(wantJSON) {
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
