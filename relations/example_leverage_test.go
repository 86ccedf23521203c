package relations_test

import (
	"fmt"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

var (
	d = indicators.MustParseDate
	// src builds a provenance for the examples' facts.
	src = func(publisher, title, url string) indicators.Provenance {
		return indicators.Provenance{Publisher: publisher, Title: title, URL: url, Confidence: indicators.Verified}
	}
)

// series builds a share or USD series for the examples.
func series(code, name string, unit indicators.Unit, subject, counterpart string, source indicators.Provenance, obs ...indicators.Observation) indicators.Indicator {
	return indicators.MustNew(indicators.Info{Code: code, Name: name, Unit: unit, Subject: subject, Counterpart: counterpart, Source: source}, obs...)
}

func obs(at string, v float64) indicators.Observation {
	return indicators.Observation{At: d(at), Value: v}
}

// This example builds Armenia with two of its ties toward Russia — wheat
// imports and goods trade — and Russia with its trade tie toward Armenia,
// then asks for the leverage each holds over the other. Leverage is
// directed: the two answers differ.
func ExampleLeverage() {
	rus, arm := actors.MustParse("RUS"), actors.MustParse("ARM")
	turnover := series("ARM.RUS.turnover", "Armenia–Russia goods trade turnover", indicators.USD, "", "",
		src("Kommersant", "Overchuk: trade with Armenia to halve in 2025", "https://www.kommersant.ru/doc/8009253"),
		obs("2024", 12.4e9))
	armenia := actors.MustNew(actors.Info{
		ID: arm, Kind: actors.State, Name: "Armenia",
		Source: src("ISO 3166-1", "country codes", ""),
		Ties: []actors.Tie{
			{Channel: actors.Food, Provider: rus, Label: "wheat imports",
				Share: series("ARM.RUS.wheat-share", "Russia's share of Armenia's wheat imports", indicators.Share, "ARM", "RUS",
					src("AMNews", "citing Armenian customs", "https://www.amnews.am/language/ru/economics-ru-7/"), obs("2023", 0.99))},
			{Channel: actors.Trade, Provider: rus, Label: "goods trade",
				Share: series("ARM.RUS.trade-share", "Russia's share of Armenia's foreign trade (Jan–Aug)", indicators.Share, "ARM", "RUS",
					src("BMG", "Putin announces record trade volumes with Armenia", "https://bm.ge/en/news/putin-announces-record-trade-volumes-with-armenia"), obs("2024-08", 0.414)),
				Volume: turnover},
		},
	})
	russia := actors.MustNew(actors.Info{
		ID: rus, Kind: actors.State, Name: "Russia",
		Source: src("ISO 3166-1", "country codes", ""),
		Ties: []actors.Tie{
			{Channel: actors.Trade, Provider: arm, Label: "goods trade",
				Share: series("RUS.ARM.trade-share", "Armenia's share of Russia's foreign trade", indicators.Share, "RUS", "ARM",
					src("bilateral example", "derived: 7.4 / 710.2 (2023 turnover over Russia's total trade)", ""), obs("2023", 0.0104)),
				Volume: turnover},
		},
	})
	russiaOverArmenia, err := relations.Leverage(russia, armenia, relations.AsOf(d("2024")))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(russiaOverArmenia)
	// Armenia's leverage over Russia rests on one channel only: below the
	// coverage floor, no score is given.
	_, err = relations.Leverage(armenia, russia, relations.AsOf(d("2024")))
	fmt.Println(err)
	// Output:
	// Leverage of RUS over ARM as of 2024: 0.1818, band 0.1818–0.1818 (methodology bilateral-leverage/2)
	// Coverage 30% of channel weight; up to 0.8818 if the uncovered channels were fully exposed.
	// channel        weight  exposure  contribution  supplier HHI
	// trade            0.20     0.414        0.0828  0.17–0.51
	//   goods trade: share 41.4% (2024-08; BMG, verified) → 0.0828
	// energy           0.15         —             —  no evidence
	// food             0.10     0.990        0.0990  0.98–0.98
	//   wheat imports: share 99% (2023; AMNews, verified) → 0.0990
	// security         0.20         —             —  no evidence
	// finance          0.10         —             —  no evidence
	// transit          0.10         —             —  no evidence
	// institutional    0.15         —             —  no evidence
	// relations: leverage of ARM over RUS as of 2024: evidence covers 20.0% of the channel weight, below Params.CoverageFloor 25.0%; no evidence in energy, food, security, finance, transit, institutional (record their shares, or lower the floor): coverage below floor
}
