package bilateral_test

import (
	"fmt"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/indicators/trend"
	"github.com/statecraft/bilateral/relations"
)

// This example uses the three packages together: indicators holds Armenia's
// dated, sourced dependence on Russia; actors carries it with Armenia;
// relations turns it into Russia's leverage over Armenia, year by year, and
// the trend statistics of indicators run over that leverage. 2022 is
// missing, not zero: the 2016 gas share is more than five years old by
// then, and the arms channel alone is too little evidence to score.
func Example() {
	src := func(publisher, title string) indicators.Provenance {
		return indicators.Provenance{Publisher: publisher, Title: title, Confidence: indicators.Verified}
	}
	at := indicators.MustParseDate
	rus, arm := actors.MustParse("RUS"), actors.MustParse("ARM")

	// Russia's share of Armenia's arms supply: SIPRI windows, then the
	// share of new contracts.
	arms := indicators.MustNew(indicators.Info{Code: "ARM.RUS.arms-share", Name: "Russia's share of Armenia's arms supply",
		Unit: indicators.Share, Subject: "ARM", Counterpart: "RUS", Source: src("Anadolu Agency", "SIPRI 2015–19")},
		indicators.Observation{At: at("2019"), Value: 0.94},
		indicators.Observation{At: at("2020"), Value: 0.94, Source: src("Courrier d'Arménie", "SIPRI 2016–20")},
		indicators.Observation{At: at("2024"), Value: 0.10, Qualifier: indicators.Approx, Source: src("BMG", "new contracts since 2021")})
	gas := indicators.MustNew(indicators.Info{Code: "ARM.RUS.gas-share", Name: "Russia's share of Armenia's gas supply",
		Unit: indicators.Share, Subject: "ARM", Counterpart: "RUS", Source: src("Azatutyun", "Armenia asks Iran for more gas")},
		indicators.Observation{At: at("2016"), Value: 0.80, Qualifier: indicators.Approx},
		indicators.Observation{At: at("2023"), Value: 0.80, Qualifier: indicators.AtLeast, Source: src("Aliq Media", "80–85% of imports")})
	turnover := indicators.MustNew(indicators.Info{Code: "ARM.RUS.turnover", Name: "Armenia–Russia goods trade turnover",
		Unit: indicators.USD, Subject: "ARM", Counterpart: "RUS", Source: src("Kommersant", "Overchuk")},
		indicators.Observation{At: at("2019"), Value: 2.0e9, Qualifier: indicators.AtLeast},
		indicators.Observation{At: at("2021"), Value: 2.5e9},
		indicators.Observation{At: at("2023"), Value: 7.4e9},
		indicators.Observation{At: at("2024"), Value: 12.4e9})

	armenia := actors.MustNew(actors.Info{ID: arm, Kind: actors.State, Name: "Armenia", Source: src("ISO 3166-1", "country codes"),
		Ties: []actors.Tie{
			{Channel: actors.Security, Provider: rus, Label: "arms supply", Share: arms, Volume: turnover},
			{Channel: actors.Energy, Provider: rus, Label: "natural gas", Share: gas},
		}})
	russia := actors.MustNew(actors.Info{ID: rus, Kind: actors.State, Name: "Russia", Source: src("ISO 3166-1", "country codes")})

	var years []indicators.Date
	for y := 2019; y <= 2024; y++ {
		years = append(years, indicators.YearDate(y))
	}
	series, err := relations.LeverageSeries(russia, armenia, years)
	if err != nil {
		fmt.Println(err)
		return
	}
	leverage := series.Indicator
	for o := range leverage.All() {
		fmt.Printf("%s %.3f\n", o.At, o.Value)
	}
	ts, err := leverage.TheilSen(trend.WithLevel(0.95))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("Theil–Sen slope %+.3f a year\n", ts.Slope)
	// Output:
	// 2019 0.308
	// 2020 0.308
	// 2021 0.308
	// 2023 0.308
	// 2024 0.140
	// Theil–Sen slope +0.000 a year
}
