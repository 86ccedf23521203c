package relations_test

import (
	"fmt"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

// smallCase builds Armenia and Russia with a few of the ties of the South
// Caucasus case, each value with its source: Armenia's goods trade,
// wheat, arms supply and CSTO membership toward Russia, and Russia's goods
// trade toward Armenia.
func smallCase() (russia, armenia actors.Actor) {
	rus, arm := actors.MustParse("RUS"), actors.MustParse("ARM")
	turnover := series("ARM.RUS.turnover", "Armenia–Russia goods trade turnover", indicators.USD, "ARM", "RUS",
		src("Kommersant", "Overchuk: trade with Armenia to halve in 2025", "https://www.kommersant.ru/doc/8009253"),
		obs("2019", 2.0e9), obs("2021", 2.5e9), obs("2023", 7.4e9), obs("2024", 12.4e9))
	csto := actors.Membership{Org: actors.MustParse("CSTO"), Source: src("Asbarez", "Armenia has 'frozen' participation in CSTO", "https://asbarez.com/armenia-has-frozen-participation-in-csto-angering-moscow/"),
		History: actors.History{{On: d("1994-04-20"), To: actors.Active}, {On: d("2024-02-22"), To: actors.Suspended}}}
	armenia = actors.MustNew(actors.Info{
		ID: arm, Kind: actors.State, Name: "Armenia", Source: src("ISO 3166-1", "country codes", ""),
		Memberships: []actors.Membership{csto},
		Ties: []actors.Tie{
			{Channel: actors.Trade, Provider: rus, Label: "goods trade", Volume: turnover,
				Share: series("ARM.RUS.trade-share", "Russia's share of Armenia's foreign trade", indicators.Share, "ARM", "RUS",
					src("news.am", "Overchuk at Armenian Business Forum 2021", "https://news.am/eng/news/663653.html"), obs("2019", 0.27), obs("2021", 0.33), obs("2024-08", 0.414))},
			{Channel: actors.Food, Provider: rus, Label: "wheat imports",
				Share: series("ARM.RUS.wheat-share", "Russia's share of Armenia's wheat imports", indicators.Share, "ARM", "RUS",
					src("AMNews", "citing Armenian customs", "https://www.amnews.am/language/ru/economics-ru-7/"), obs("2023", 0.99))},
			{Channel: actors.Security, Provider: rus, Label: "arms supply",
				Share: series("ARM.RUS.arms-share", "Russia's share of Armenia's arms supply", indicators.Share, "ARM", "RUS",
					src("Anadolu Agency", "Russia provides 94% of Armenia's weapons in 5 years", "https://aa.com.tr/en/europe/russia-provides-94-of-armenia-s-weapons-in-5-years/2023969"), obs("2019", 0.94), obs("2024", 0.10))},
			{Channel: actors.Institutional, Provider: rus, Label: "membership in the CSTO",
				Share:   series("ARM.RUS.csto", "Russia's lead of the CSTO", indicators.Share, "ARM", "RUS", src("windowstorussia.com", "CSTO history", ""), obs("2002", 1)),
				RestsOn: []actors.Basis{csto.Basis()}},
		},
	})
	russia = actors.MustNew(actors.Info{
		ID: rus, Kind: actors.State, Name: "Russia", Source: src("ISO 3166-1", "country codes", ""),
		Ties: []actors.Tie{
			{Channel: actors.Trade, Provider: arm, Label: "goods trade", Volume: turnover,
				Share: series("RUS.ARM.trade-share", "Armenia's share of Russia's foreign trade", indicators.Share, "RUS", "ARM",
					src("Agenzia Nova", "derived: 7.4 / 710.2 USD bn (FCS totals)", ""), obs("2023", 0.0104))},
			{Channel: actors.Institutional, Provider: arm, Label: "Armenian-led blocs",
				Share: series("RUS.ARM.none", "Russia's lock-in by Armenia", indicators.Share, "RUS", "ARM", src("analyst", "no Armenian base or bloc", ""), obs("1992", 0))},
		},
	})
	return russia, armenia
}

// This example shows the balance of leverage between Russia and Armenia
// in 2024: the difference of the two directed scores, the asymmetry ratio,
// and the exact range of the balance when the channel weights move within
// ±50 %.
func ExampleBalance() {
	russia, armenia := smallCase()
	b, err := relations.Balance(russia, armenia, relations.AsOf(d("2024")))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("L(RUS→ARM) %.3f, L(ARM→RUS) %.4f, net %+.3f, asymmetry %.3f\n", b.AB.Score, b.BA.Score, b.Net, b.Ratio)
	fmt.Printf("weights ±50%%: [%+.3f, %+.3f]\n", b.Sensitivity.Min, b.Sensitivity.Max)
	// Output:
	// L(RUS→ARM) 0.277, L(ARM→RUS) 0.0021, net +0.275, asymmetry 0.993
	// weights ±50%: [+0.152, +0.397]
}

// This example splits the change of Russia's leverage over Armenia between
// 2019 and 2024 by channel: the arms channel falls, trade and food rise.
func ExampleDecompose() {
	russia, armenia := smallCase()
	from, err1 := relations.Leverage(russia, armenia, relations.AsOf(d("2019")))
	to, err2 := relations.Leverage(russia, armenia, relations.AsOf(d("2024")))
	if err1 != nil || err2 != nil {
		fmt.Println(err1, err2)
		return
	}
	c, err := relations.Decompose(from, to)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(c)
	// Output:
	// Change of leverage of RUS over ARM from 2019 to 2024: 0.3920 → 0.2768 (-0.1152)
	//   trade          0.0540 → 0.0828 (+0.0288)
	//   food           0.0000 → 0.0990 (+0.0990)
	//   security       0.1880 → 0.0200 (-0.1680)
	//   institutional  0.1500 → 0.0750 (-0.0750)
}

// This example returns Russia's leverage over Armenia as an indicator, so
// that the trend statistics of package indicators apply to it. Years
// without enough evidence are left out, not set to zero.
func ExampleLeverageSeries() {
	russia, armenia := smallCase()
	var dates []indicators.Date
	for y := 2018; y <= 2024; y++ {
		dates = append(dates, indicators.YearDate(y))
	}
	s, err := relations.LeverageSeries(russia, armenia, dates)
	if err != nil {
		fmt.Println(err)
		return
	}
	for o := range s.Indicator.All() {
		fmt.Printf("%s %.4f\n", o.At, o.Value)
	}
	fmt.Println("2018:", s.Assessments[0].Err)
	fmt.Println("composition changes at:", s.Changes)
	// Output:
	// 2019 0.3920
	// 2020 0.3920
	// 2021 0.4040
	// 2022 0.4040
	// 2023 0.5030
	// 2024 0.2768
	// 2018: relations: leverage of RUS over ARM as of 2018: evidence covers 15.0% of the channel weight, below Params.CoverageFloor 25.0%; no evidence in trade (goods trade: no share observed by 2018 (the first, 2019, ends later)), energy, food (wheat imports: no share observed by 2018 (the first, 2023, ends later)), security (arms supply: no share observed by 2018 (the first, 2019, ends later)), finance, transit (record their shares, or lower the floor): coverage below floor
	// composition changes at: [2023]
}

// This example computes the exact range of a score when the channel
// weights move within ±50 % of their defaults.
func ExampleSensitivity() {
	russia, armenia := smallCase()
	a, err := relations.Leverage(russia, armenia, relations.AsOf(d("2024")))
	if err != nil {
		fmt.Println(err)
		return
	}
	r := relations.Sensitivity(a)
	fmt.Printf("score %.4f within [%.4f, %.4f]\n", a.Score, r.Min, r.Max)
	fmt.Printf("the maximum gives security %.2f and food %.2f\n", r.MaxWeights.Of(actors.Security), r.MaxWeights.Of(actors.Food))
	// Output:
	// score 0.2768 within [0.1534, 0.4002]
	// the maximum gives security 0.15 and food 0.15
}

// This example scores many pairs fast: a Model holds validated parameters
// and its Score method allocates nothing.
func ExampleModel_Score() {
	russia, armenia := smallCase()
	m, err := relations.NewModel()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, y := range []int{2019, 2024} {
		score, coverage, err := m.Score(russia, armenia, indicators.YearDate(y))
		fmt.Printf("%d %.4f (coverage %.2f) %v\n", y, score, coverage, err)
	}
	// Output:
	// 2019 0.3920 (coverage 0.55) <nil>
	// 2024 0.2768 (coverage 0.65) <nil>
}

// This example runs a scenario on copies of the actors: Armenia resumes
// its CSTO participation and half of its arms come from Russia again. The
// original actors do not change.
func ExampleScenario_Run() {
	russia, armenia := smallCase()
	s := relations.Scenario{
		Name:      "realignment",
		Rationale: "illustration: Armenia turns back to Russia",
		Steps: []relations.Step{
			relations.ChangeBasis{Holder: armenia.ID(), Ref: "CSTO", Change: actors.Transition{On: d("2024-06-01"), To: actors.Active}},
			relations.ScaleShare{Holder: armenia.ID(), Provider: russia.ID(), Channel: actors.Security, Factor: 5},
		},
	}
	r, err := s.Run(russia, armenia, relations.AsOf(d("2024")))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("net %+.3f → %+.3f\n", r.Before.Net, r.After.Net)
	for _, m := range r.Moved {
		fmt.Printf("L(%s→%s) %s %.4f → %.4f\n", m.Holder, m.Target, m.Channel, m.Before, m.After)
	}
	fmt.Println(armenia.MembershipsOn(d("2024-12-31"))[0].Standing)
	// Output:
	// net +0.275 → +0.430
	// L(RUS→ARM) security 0.0200 → 0.1000
	// L(RUS→ARM) institutional 0.0750 → 0.1500
	// suspended
}

// This example lists the agreements between Armenia and Russia in force on
// two dates. The 1997 treaty entered into force in 1998, a date known only
// to the year: it is not certainly in force on 1998-06-01.
func ExampleInForce() {
	arm, rus := actors.MustParse("ARM"), actors.MustParse("RUS")
	treaty := relations.Agreement{
		ID: "ARM-RUS-1997-treaty", Title: "Treaty of Friendship, Cooperation and Mutual Assistance", Kind: relations.Treaty,
		Parties: []actors.ID{arm, rus}, Signed: d("1997-08-29"),
		History: actors.History{{On: d("1998"), To: actors.Active}},
		Mutual:  []relations.Mutual{{Kind: relations.Consultation, Article: "Art. 2"}},
		Source:  src("RFE/RL", "Armenia/Russia: Landmark Treaty Includes Provision For Mutual Defense", "https://www.rferl.org/a/1086156.html"),
	}
	guards := relations.Agreement{
		ID: "ARM-RUS-1992-border-guards", Title: "Agreement on Russian border troops in Armenia", Kind: relations.Basing,
		Parties: []actors.ID{rus, arm}, Signed: d("1992-09-30"),
		History:  actors.History{{On: d("1992-09-30"), To: actors.Active}},
		Directed: []relations.Directed{{Kind: relations.BorderProtection, Obligor: rus, Beneficiary: arm}},
		Source:   src("Pravda.ru", "Putin agrees to withdraw Russian border guards from Armenia-Iran border", "https://english.pravda.ru/news/world/160853-armenia-azerbaijan-iran/"),
	}
	for _, day := range []string{"1998-06-01", "2019-01-01"} {
		fmt.Print(day, ":")
		for _, a := range relations.InForce([]relations.Agreement{treaty, guards}, arm, rus, d(day)) {
			fmt.Print(" ", a.ID)
		}
		fmt.Println()
	}
	// Output:
	// 1998-06-01: ARM-RUS-1992-border-guards
	// 2019-01-01: ARM-RUS-1997-treaty ARM-RUS-1992-border-guards
}

// This example records a grievance with explicit roles — Armenia the
// claimant, Russia the respondent — the treaty article it invokes, and a
// severity on the Goldstein scale.
func ExampleGrievance() {
	g := relations.Grievance{
		ID: "gr-arm-treaty-nonperformance", Claimant: actors.MustParse("ARM"), Respondent: actors.MustParse("RUS"),
		Raised: d("2021-05"), Issue: relations.SecurityGuarantee,
		Severity: -4, // CAMEO 12 Reject: the request for help was not met
		Invokes:  relations.Invocation{Agreement: "ARM-RUS-1997-treaty", Article: "Art. 2", Obligation: relations.Defence},
		Summary:  "Russia did not honour its security obligations when Azerbaijani forces entered Armenian territory",
		Source:   src("Fact Investigation Platform", "analysis of the 1997 Armenia-Russia treaty", ""),
	}
	if err := g.Validate(); err != nil {
		fmt.Println(err)
		return
	}
	s, _ := g.Status(d("2025-06-01"))
	fmt.Println(g.Claimant, "against", g.Respondent, g.Issue, g.Severity, s, "invoking", g.Invokes.Agreement, g.Invokes.Article)
	// Output:
	// ARM against RUS security-guarantee -4 open invoking ARM-RUS-1997-treaty Art. 2
}

// This example reads the climate between Russia and Azerbaijan around the
// AZAL crash of 25 December 2024: a cooperative state visit in August, then
// Azerbaijan's demands after the crash.
func ExampleClimate() {
	rus, aze := actors.MustParse("RUS"), actors.MustParse("AZE")
	events := []relations.Event{
		{ID: "visit", Actor: rus, Target: aze, On: d("2024-08-18"), Code: "042", Summary: "Putin's state visit to Baku",
			Source: src("Al Arabiya", "Russia's Putin arrives in Azerbaijan for state visit", "")},
		{ID: "documents", Actor: rus, Target: aze, On: d("2024-08-19"), Code: "057", Summary: "six documents signed",
			Source: src("Aravot", "Six documents signed during Vladimir Putin's visit to Azerbaijan", "")},
		{ID: "demands", Actor: aze, Target: rus, On: d("2024-12-25"), Code: "10", Summary: "Aliyev demands acknowledgement and compensation",
			Source: src("24.kg", "Plane crash in Aktau", "")},
	}
	for _, day := range []string{"2024-12-24", "2024-12-31"} {
		c, err := relations.Climate(rus, aze, events, nil, relations.AsOf(d(day)), relations.WithClimateParams(relations.DefaultClimateParams()))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(c)
	}
	// Output:
	// Climate RUS–AZE as of 2024-12-24: +0.542 (raw +6.07 from 2 terms)
	// Climate RUS–AZE as of 2024-12-31: +0.102 (raw +1.02 from 3 terms)
}

// This example computes Russia's Composite Index of National Capability
// for 2016 from the six NMC v6.0 components and the system totals, and
// matches the published 0.036472768.
func ExampleCINC() {
	russia := relations.NMC(46626000, 798, 70453, 1322198, 143965, 56926)
	system := relations.NMC(1503924000, 19700, 1626954, 21884250, 7448156, 2344974)
	c, err := relations.CINC(russia, system)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("CINC %.7f from %d components; military expenditure share %.4f\n", c.Index, c.Used, c.Shares[relations.MilitaryExpenditure-1])
	// Output:
	// CINC 0.0364728 from 6 components; military expenditure share 0.0310
}

// This example looks up CAMEO event codes on the Goldstein scale. Codes are
// strings: "057" is "sign formal agreement"; "57" is not a code.
func ExampleGoldstein() {
	for _, code := range []string{"057", "163", "190", "57"} {
		v, ok := relations.Goldstein(code)
		fmt.Println(code, v, ok)
	}
	// Output:
	// 057 8 true
	// 163 -8 true
	// 190 -10 true
	// 57 0 false
}
