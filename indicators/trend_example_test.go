package indicators_test

import (
	"fmt"

	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/indicators/trend"
)

// turnover is Armenia–Russia goods trade turnover in USD, one value per
// year from the sources named in each observation.
func turnover() indicators.Indicator {
	obs := func(year string, v float64, q indicators.Qualifier, publisher string, c indicators.Confidence) indicators.Observation {
		return indicators.Observation{At: indicators.MustParseDate(year), Value: v, Qualifier: q,
			Source: indicators.Provenance{Publisher: publisher, Confidence: c}}
	}
	return indicators.MustNew(indicators.Info{
		Code: "ARM.RUS.trade-turnover", Name: "Armenia–Russia goods trade turnover", Unit: indicators.USD,
		Subject: "ARM", Counterpart: "RUS",
		Source: indicators.Provenance{Publisher: "compiled from news reports", Confidence: indicators.Verified},
	},
		obs("2015", 1.3e9, indicators.Approx, "news.am", indicators.Verified),
		obs("2017", 1.75e9, indicators.Stated, "Armenpress", indicators.Verified),
		obs("2019", 2.0e9, indicators.AtLeast, "news-front.su, citing Deputy PM Grigoryan", indicators.Verified),
		obs("2020", 2.3e9, indicators.Stated, "TASS", indicators.Verified),
		obs("2021", 2.5e9, indicators.Stated, "B. Poghosyan, essay (2025)", indicators.SingleSource),
		obs("2022", 5.0e9, indicators.Approx, "news.am / TASS", indicators.Verified),
		obs("2023", 7.4e9, indicators.Stated, "BMG (bm.ge)", indicators.Verified),
		obs("2024", 12.4e9, indicators.Stated, "Kommersant", indicators.Verified),
	)
}

// goodRelations is the share of Armenians in IRI polls rating relations
// with Russia good.
func goodRelations() indicators.Indicator {
	src := indicators.Provenance{Publisher: "International Republican Institute", Confidence: indicators.Verified}
	var obs []indicators.Observation
	for _, o := range []struct {
		at string
		v  float64
	}{{"2018-08", 0.87}, {"2019-05", 0.88}, {"2021-11", 0.64}, {"2023-02", 0.50}, {"2023-12", 0.31}, {"2024-09", 0.35}, {"2025", 0.42}} {
		obs = append(obs, indicators.Observation{At: indicators.MustParseDate(o.at), Value: o.v})
	}
	return indicators.MustNew(indicators.Info{
		Code: "ARM.RUS.iri-relations-good", Name: "Armenians rating relations with Russia good (IRI)",
		Unit: indicators.Share, Subject: "ARM", Counterpart: "RUS", Source: src,
	}, obs...)
}

// This example summarizes the growth of Armenia–Russia trade: a rising
// trend, the Theil–Sen slope per year with its 95% interval, and the
// Pettitt change point.
func ExampleIndicator_Trend() {
	s, err := turnover().Trend()
	if err != nil {
		panic(err)
	}
	fmt.Println(s)
	// Output:
	// ARM.RUS.trade-turnover: rising (Mann–Kendall p = 5.0e-05, exact; α = 0.05)
	//   slope +USD 970.8m/yr, 95% interval +USD 200m/yr to +USD 2.45bn/yr (Theil–Sen)
	//   n = 8 observations, 2015 to 2024; 8 of 10 years with data
}

// This example shows the trend of a poll share, whose slope is reported
// in percentage points per year.
func ExampleIndicator_Trend_share() {
	s, err := goodRelations().Trend()
	if err != nil {
		panic(err)
	}
	fmt.Println(s)
	// Output:
	// ARM.RUS.iri-relations-good: no trend (Mann–Kendall p = 0.069, exact; α = 0.05)
	//   slope -8.55 pp/yr, 95% interval -11.2 pp/yr to +1.34 pp/yr (Theil–Sen)
	//   n = 7 observations, 2018-08 to 2025; 6 of 8 years with data
}

func ExampleIndicator_MannKendall() {
	r, err := turnover().MannKendall()
	if err != nil {
		panic(err)
	}
	fmt.Printf("S = %d, tau-b = %.3f, p = %.5f (exact %.5f), %s\n", r.S, r.TauB, r.P, r.ExactP, r.Direction)
	// Output:
	// S = 28, tau-b = 1.000, p = 0.00084 (exact 0.00005), rising
}

func ExampleIndicator_TheilSen() {
	r, err := turnover().TheilSen(trend.WithLevel(0.95))
	if err != nil {
		panic(err)
	}
	fmt.Printf("slope %.3g USD/yr, 95%% interval [%.3g, %.3g]; line at 2024.5: %.3g\n",
		r.Slope, r.Low, r.High, r.Intercept+r.Slope*2024.5)
	// Output:
	// slope 9.71e+08 USD/yr, 95% interval [2e+08, 2.45e+09]; line at 2024.5: 5.8e+09
}

func ExampleIndicator_OLS() {
	r, err := turnover().OLS()
	if err != nil {
		panic(err)
	}
	fmt.Printf("slope %.3g USD/yr ± %.2g, R² = %.3f, p = %.2g\n", r.Slope, r.StdErr, r.R2, r.P)
	// Output:
	// slope 1.02e+09 USD/yr ± 3e+08, R² = 0.652, p = 0.015
}

func ExampleIndicator_Pettitt() {
	r, err := turnover().Pettitt()
	if err != nil {
		panic(err)
	}
	ind := turnover()
	k := r.K[0]
	fmt.Printf("U = %d, p = %.3f: shift between %s and %s\n", r.U, r.P, ind.Observation(k).At, ind.Observation(k+1).At)
	// Output:
	// U = 16, p = 0.139: shift between 2020 and 2021
}

// This example reports growth the right way for each unit: a compound
// annual rate for money, percentage points for a poll share.
func ExampleIndicator_CAGR() {
	g, err := turnover().CAGR()
	if err != nil {
		panic(err)
	}
	c, err := turnover().NetChange()
	if err != nil {
		panic(err)
	}
	pct, err := c.Percent()
	if err != nil {
		panic(err)
	}
	fmt.Printf("trade: %.1f%% a year, %+.0f%% in total\n", 100*g, pct)
	poll, err := goodRelations().NetChange()
	if err != nil {
		panic(err)
	}
	fmt.Printf("poll: %+.0f percentage points\n", 100*poll.Absolute)
	// Output:
	// trade: 28.5% a year, +854% in total
	// poll: -45 percentage points
}

// This example runs the plain-slice form on quarterly data with a gap: a
// missing quarter keeps the seasons of the later observations.
func ExampleSeasonalMannKendall() {
	t := []float64{2020.00, 2020.25, 2020.50, 2020.75, 2021.00 /* 2021 Q2 missing */, 2021.50, 2021.75, 2022.00, 2022.25, 2022.50, 2022.75}
	y := []float64{10, 14, 12, 8, 11, 13, 9, 12, 16, 14, 10}
	r, err := trend.SeasonalMannKendall(t, y, 4)
	if err != nil {
		panic(err)
	}
	fmt.Printf("S = %d, Var(S) = %.0f, p = %.3f, slope %.2f per year, %s\n", r.S, r.VarS, r.P, r.Slope, r.Direction)
	// Output:
	// S = 10, Var(S) = 12, p = 0.009, slope 1.00 per year, rising
}
