package relations_test

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

// qualified builds a target whose gas share is "at least 80 %", whose gas
// salience is "about 50 %", whose gas substitutability is published as
// 10–30 % (value 0.2), with a stated trade share and a CSTO tie on a
// suspended membership. With plain set, every value is replaced by the
// given end values instead, unqualified.
func qualified(gasShare, gasSal, gasSub float64, plain bool) actors.Actor {
	obs := func(code string, v float64, q indicators.Qualifier, r indicators.Interval) indicators.Indicator {
		if plain {
			q, r = indicators.Stated, indicators.Interval{}
		}
		return indicators.MustNew(indicators.Info{Code: code, Name: code, Unit: indicators.Share, Source: testSrc},
			indicators.Observation{At: indicators.YearDate(2020), Value: v, Qualifier: q, Range: r})
	}
	gas := tie(actors.Energy, "RUS", "gas", obs("g", gasShare, indicators.AtLeast, indicators.Interval{}))
	gas.Salience = obs("gs", gasSal, indicators.Approx, indicators.Interval{})
	gas.Substitutability = obs("gsub", gasSub, indicators.Stated, indicators.Interval{Low: 0.1, High: 0.3})
	csto := tie(actors.Institutional, "RUS", "CSTO", share("c", "2002", 1.0))
	csto.RestsOn = []actors.Basis{{Kind: actors.MembershipBasis, Ref: "CSTO", History: actors.History{
		{On: indicators.YearDate(2002), To: actors.Active}, {On: indicators.MustParseDate("2020-06-01"), To: actors.Suspended}}}}
	return state("ARM", gas, csto, tie(actors.Trade, "RUS", "trade", share("t", "2020", 0.4)))
}

// TestBand: the band's ends equal the oracle's score on the same world with
// every input at the matching end of its bounds (≥ 80 % → 80 % and 100 %;
// ~50 % → 45 % and 55 %; 10–30 % → 30 % and 10 %; the suspension factor
// 0.5 → 0.25 and 0.75).
func TestBand(t *testing.T) {
	d := indicators.YearDate(2021)
	a, err := relations.Leverage(state("RUS"), qualified(0.8, 0.5, 0.2, false), relations.AsOf(d))
	if err != nil {
		t.Fatal(err)
	}
	lo, hi := a.Band()
	p := relations.DefaultParams()
	p.Suspended = 0.25
	wantLo, _, _ := oracle(state("RUS"), qualified(0.8, 0.45, 0.3, true), d, p)
	p.Suspended = 0.75
	wantHi, _, _ := oracle(state("RUS"), qualified(1, 0.55, 0.1, true), d, p)
	if math.Abs(lo-wantLo) > 1e-12 || math.Abs(hi-wantHi) > 1e-12 || !(lo <= a.Score && a.Score <= hi) {
		t.Errorf("band [%v, %v] around %v, want [%v, %v]", lo, hi, a.Score, wantLo, wantHi)
	}
}

// TestUncertaintyContainsEverything: on random worlds, the balance's
// Uncertainty range contains Net, its bounds from uncovered channels and
// its weight sensitivity, and a sign called certain is the sign of Net.
func TestUncertaintyContainsEverything(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	n := 0
	for range 2000 {
		a, b := randomWorld(r)
		p := relations.DefaultParams()
		p.CoverageFloor = 0.05
		res, err := relations.Balance(a, b, relations.AsOf(randomDate(r)), relations.WithParams(p))
		if err != nil {
			continue
		}
		n++
		u := res.Uncertainty
		const eps = 1e-12
		if u.Min > res.Net+eps || u.Max < res.Net-eps || u.Min > res.Min+eps || u.Max < res.Max-eps ||
			u.Min > res.Sensitivity.Min+eps || u.Max < res.Sensitivity.Max-eps {
			t.Fatalf("uncertainty [%v, %v] misses net %v, bounds [%v, %v] or sensitivity [%v, %v]",
				u.Min, u.Max, res.Net, res.Min, res.Max, res.Sensitivity.Min, res.Sensitivity.Max)
		}
		if res.SignCertain() && (res.Net > 0) != (u.Min > 0) {
			t.Fatalf("certain sign disagrees with net %v", res.Net)
		}
	}
	if n < 300 {
		t.Fatalf("only %d balances scored", n)
	}
}
