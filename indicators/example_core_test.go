package indicators_test

import (
	"errors"
	"fmt"

	"github.com/statecraft/bilateral/indicators"
)

// This example parses dates at the three precisions. The 1997
// Armenia–Russia treaty entered into force in 1998, day unknown; Armenia's
// freeze of its CSTO participation was announced on 22 February 2024.
func ExampleParseDate() {
	inForce, err := indicators.ParseDate("1998")
	fmt.Println(inForce, inForce.Precision(), err)
	frozen, _ := indicators.ParseDate("2024-02-22")
	fmt.Println(frozen, frozen.Precision())
	month, _ := indicators.ParseDate("2024-08")
	fmt.Println(month, month.Precision())
	// A day that does not exist is an error, not a silent correction.
	_, err = indicators.ParseDate("2023-02-29")
	fmt.Println(errors.Is(err, indicators.ErrInvalidDate))
	// Output:
	// 1998 year <nil>
	// 2024-02-22 day
	// 2024-08 month
	// true
}

// This example shows that a year-precision date is a span of days, not
// January 1st: First and Last give its two ends.
func ExampleDate_First() {
	for _, s := range []string{"1998", "2024-02", "2024-02-22"} {
		d := indicators.MustParseDate(s)
		fmt.Printf("%-10s %s … %s\n", d, d.First(), d.Last())
	}
	// Output:
	// 1998       1998-01-01 … 1998-12-31
	// 2024-02    2024-02-01 … 2024-02-29
	// 2024-02-22 2024-02-22 … 2024-02-22
}

// This example asks whether the 1997 treaty, in force from "1998" and
// still in force, was in force on a few dates. Contains answers with
// certainty and MayContain with possibility: in mid-1998 the treaty may or
// may not have entered into force yet.
func ExamplePeriod_Contains() {
	treaty := indicators.OpenPeriod(indicators.MustParseDate("1998"))
	fmt.Println("in force", treaty)
	for _, s := range []string{"1997-12-31", "1998-06-01", "1998-12-31", "1999", "2024-06-01"} {
		d := indicators.MustParseDate(s)
		fmt.Printf("%-10s certainly %-5v possibly %v\n", d, treaty.Contains(d), treaty.MayContain(d))
	}
	// Output:
	// in force 1998/..
	// 1997-12-31 certainly false possibly false
	// 1998-06-01 certainly false possibly true
	// 1998-12-31 certainly true  possibly true
	// 1999       certainly true  possibly true
	// 2024-06-01 certainly true  possibly true
}

// This example builds Armenia–Russia goods trade turnover from published
// figures, each with its source and qualifier, and shows that New rejects
// a share outside [0, 1].
func ExampleNew() {
	src := func(publisher string, c indicators.Confidence) indicators.Provenance {
		return indicators.Provenance{Publisher: publisher, Confidence: c}
	}
	d := indicators.MustParseDate
	turnover, err := indicators.New(indicators.Info{
		Code: "ARM.RUS.trade-turnover", Name: "Armenia–Russia goods trade turnover", Unit: indicators.USD,
		Subject: "ARM", Counterpart: "RUS", Source: src("Kommersant", indicators.Verified),
	},
		indicators.Observation{At: d("2019"), Value: 2.0e9, Qualifier: indicators.AtLeast, Source: src("news-front.su", indicators.Verified)},
		indicators.Observation{At: d("2021"), Value: 2.5e9, Source: src("B. Poghosyan, essay", indicators.SingleSource)},
		indicators.Observation{At: d("2023"), Value: 7.4e9, Source: src("BMG", indicators.Verified)},
		indicators.Observation{At: d("2024"), Value: 12.4e9}, // the indicator's own source
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(turnover)
	for o := range turnover.All() {
		fmt.Printf("%s %s%s (%s)\n", o.At, o.Qualifier.Symbol(), turnover.Unit().Format(o.Value), o.Source)
	}

	_, err = indicators.New(indicators.Info{
		Code: "ARM.RUS.wheat-share", Name: "Russia's share of Armenia's wheat imports", Unit: indicators.Share,
		Source: src("AMNews", indicators.Verified),
	}, indicators.Observation{At: d("2023"), Value: 99}) // a percent, not a share
	fmt.Println(err)
	// Output:
	// ARM.RUS.trade-turnover [usd, 4 obs, 2019/..]
	// 2019 ≥USD 2bn (news-front.su (verified))
	// 2021 USD 2.5bn (B. Poghosyan, essay (single-source))
	// 2023 USD 7.4bn (BMG (verified))
	// 2024 USD 12.4bn (Kommersant (verified))
	// indicators: ARM.RUS.wheat-share: Observations[0].Value (2023): share 99 outside [0, 1]: invalid value
}

// This example reads Russia's share of Armenia's wheat imports (0.99 in
// 2023, AMNews citing Armenian customs) as of several dates. As of a date
// means as of its last day; an annual value counts from the end of its
// year (no look-ahead) and holds until a later one replaces it; there is no value before the first observation, and none
// from the end of the coverage window: missing is not zero.
func ExampleIndicator_AsOf() {
	wheat := indicators.MustNew(indicators.Info{
		Code: "ARM.RUS.wheat-share", Name: "Russia's share of Armenia's wheat imports", Unit: indicators.Share,
		Subject: "ARM", Counterpart: "RUS",
		Coverage: indicators.MustParsePeriod("../2026"),
		Source: indicators.Provenance{Publisher: "AMNews", Title: "citing Armenian customs",
			URL: "https://www.amnews.am/language/ru/economics-ru-7/", Confidence: indicators.Verified},
	}, indicators.Observation{At: indicators.MustParseDate("2023"), Value: 0.99})
	for _, s := range []string{"2022", "2023-06-01", "2023", "2025-06", "2026"} {
		if o, ok := wheat.AsOf(indicators.MustParseDate(s)); ok {
			fmt.Printf("as of %-10s %s (%s, %s)\n", s, wheat.Unit().Format(o.Value), o.At, o.Source.Publisher)
		} else {
			fmt.Printf("as of %-10s no value\n", s)
		}
	}
	// Output:
	// as of 2022       no value
	// as of 2023-06-01 no value
	// as of 2023       99% (2023, AMNews)
	// as of 2025-06    99% (2023, AMNews)
	// as of 2026       no value
}

// This example leaves out figures that only one source gives: as of 2022
// the latest verified turnover is the 2019 lower bound, not the essay's
// 2021 figure.
func ExampleIndicator_LatestAsOf() {
	src := func(publisher string, c indicators.Confidence) indicators.Provenance {
		return indicators.Provenance{Publisher: publisher, Confidence: c}
	}
	d := indicators.MustParseDate
	turnover := indicators.MustNew(indicators.Info{
		Code: "ARM.RUS.trade-turnover", Name: "Armenia–Russia goods trade turnover", Unit: indicators.USD,
		Source: src("Kommersant", indicators.Verified),
	},
		indicators.Observation{At: d("2019"), Value: 2.0e9, Qualifier: indicators.AtLeast, Source: src("news-front.su", indicators.Verified)},
		indicators.Observation{At: d("2021"), Value: 2.5e9, Source: src("B. Poghosyan, essay", indicators.SingleSource)},
	)
	verified := func(o indicators.Observation) bool { return o.Source.Confidence.AtLeast(indicators.Verified) }
	all, _ := turnover.AsOf(d("2022"))
	checked, _ := turnover.LatestAsOf(d("2022"), verified)
	fmt.Println("any source:", all.At, turnover.Unit().Format(all.Value))
	fmt.Println("verified:  ", checked.At, checked.Qualifier.Symbol()+turnover.Unit().Format(checked.Value))
	// Output:
	// any source: 2021 USD 2.5bn
	// verified:   2019 ≥USD 2bn
}
