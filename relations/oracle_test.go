package relations_test

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

// oracle computes L(holder→target) as of d straight from the formula in
// the package documentation, with none of the production code's helpers:
// it walks the target's ties and every observation itself.
//
//	eᵢ = ŝᵢ·fᵢ·shareᵢ·(1−σᵢ),  V_c = min(1, Σᵢ eᵢ),  L = Σ_c w_c·V_c
//
// It returns the score, the coverage, and whether a score is given.
func oracle(holder, target actors.Actor, d indicators.Date, p relations.Params) (score, coverage float64, ok bool) {
	end := d.Last()
	trusted := func(o indicators.Observation) bool {
		if o.Source.Evidence == indicators.Judgement && p.MinConfidence == indicators.Verified {
			return false
		}
		return o.Source.Confidence.AtLeast(p.MinConfidence)
	}
	// filtered reports whether the latest observation of ind ended by the
	// date is one the confidence filter leaves out.
	filtered := func(ind indicators.Indicator) bool {
		last, seen := indicators.Observation{}, false
		for o := range ind.All() {
			if o.At.Last().Compare(end) > 0 {
				break
			}
			last, seen = o, true
		}
		return seen && !trusted(last)
	}
	read := func(ind indicators.Indicator, ages bool) (float64, bool) {
		if !ind.IsValid() {
			return 0, false
		}
		if e := ind.Info().Coverage.End; e.IsValid() && end.Compare(e.First()) >= 0 {
			return 0, false
		}
		v, found := 0.0, false
		for o := range ind.All() {
			if o.At.Last().Compare(end) > 0 {
				break // not over by the date: no look-ahead
			}
			if !trusted(o) {
				continue
			}
			if ages && d.Year()-o.At.Year() > p.MaxAge {
				continue
			}
			v, found = o.Value, true
		}
		return v, found
	}
	type strand struct {
		sal, f, x float64
		recorded  bool
	}
	var chans [actors.NumChannels][]strand
	var covered [actors.NumChannels]bool
	n := 0
	for v := range target.Ties() {
		t := v.Tie()
		if t.Provider != holder.ID() {
			continue
		}
		n++
		f := 0.0
		switch s, _, _ := t.Standing(d); s {
		case actors.Active:
			f = 1
		case actors.Suspended:
			f = p.Suspended
		}
		sh, okShare := read(t.Share, t.Channel != actors.Institutional)
		if f != 0 && !okShare {
			continue
		}
		sal, rec := read(t.Salience, false)
		if f != 0 && !rec && t.Salience.IsValid() && filtered(t.Salience) {
			continue // a salience left out by the filter: the strand's weight is unknown
		}
		covered[t.Channel-1] = true
		sub, _ := read(t.Substitutability, false)
		chans[t.Channel-1] = append(chans[t.Channel-1], strand{sal: sal, f: f, x: sh * (1 - sub), recorded: rec})
	}
	if n == 0 {
		return 0, 0, false
	}
	for c := range chans {
		w := p.Weights.Of(actors.Channel(c + 1))
		if covered[c] {
			coverage += w
		}
		least, bare := math.Inf(1), 0
		for _, s := range chans[c] {
			if s.f > 0 && s.recorded {
				least = math.Min(least, s.sal)
			}
			if s.f > 0 && !s.recorded {
				bare++
			}
		}
		assumed := 1.0
		if !math.IsInf(least, 1) {
			assumed = least
		} else if bare > 0 {
			assumed = 1 / float64(bare)
		}
		sum := 0.0
		for _, s := range chans[c] {
			sal := s.sal
			if !s.recorded {
				sal = assumed
			}
			sum += sal * s.f * s.x
		}
		score += w * math.Min(1, sum)
	}
	if coverage < p.CoverageFloor-1e-9 {
		return 0, coverage, false
	}
	return score, coverage, true
}

// randomDate returns a year, month or day date in 1999–2010.
func randomDate(r *rand.Rand) indicators.Date {
	y := 1999 + r.IntN(12)
	switch r.IntN(3) {
	case 0:
		return indicators.YearDate(y)
	case 1:
		return indicators.MustParseDate(fmt.Sprintf("%d-%02d", y, 1+r.IntN(12)))
	}
	return indicators.MustParseDate(fmt.Sprintf("%d-%02d-%02d", y, 1+r.IntN(12), 1+r.IntN(28)))
}

// TestOracle compares Leverage and Model.Score with the independent
// oracle on 10,000 random worlds, to 1e-12, with default and random
// parameters.
func TestOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(21, 22))
	scored := 0
	for i := range 10000 {
		a, b := randomWorld(r)
		d := randomDate(r)
		p := relations.DefaultParams()
		if i%2 == 1 {
			p.CoverageFloor = 0.05 + 0.9*r.Float64()
			p.Suspended = 0.05 + 0.95*r.Float64()
			p.MaxAge = 1 + r.IntN(8)
		}
		want, wcov, wok := oracle(a, b, d, p)
		got, err := relations.Leverage(a, b, relations.AsOf(d), relations.WithParams(p))
		if wok != (err == nil) {
			t.Fatalf("world %d as of %s: oracle scored %v (coverage %v), Leverage error %v", i, d, wok, wcov, err)
		}
		if !wok {
			continue
		}
		scored++
		if math.Abs(got.Score-want) > 1e-12 || math.Abs(got.Coverage-wcov) > 1e-12 {
			t.Fatalf("world %d as of %s: Leverage %v (coverage %v), oracle %v (coverage %v)\n%s", i, d, got.Score, got.Coverage, want, wcov, got)
		}
		m, err := relations.NewModel(relations.WithParams(p))
		if err != nil {
			t.Fatal(err)
		}
		if s, _, err := m.Score(a, b, d); err != nil || s != got.Score {
			t.Fatalf("world %d: Model.Score %v, %v; Leverage %v", i, s, err, got.Score)
		}
	}
	if scored < 3000 {
		t.Fatalf("only %d of 10000 worlds scored; the generator is too sparse", scored)
	}
}

// oneStrand returns a target with one energy strand toward the holder and
// a trade strand that keeps coverage above the floor.
func oneStrand(sh, sal, sub float64, withSal bool) (holder, target actors.Actor) {
	gas := tie(actors.Energy, "RUS", "gas", share("g", "2020", sh))
	if withSal {
		gas.Salience = share("gs", "2020", sal)
	}
	gas.Substitutability = share("gsub", "2020", sub)
	other := tie(actors.Energy, "RUS", "oil", share("o", "2020", 0.5))
	other.Salience = share("os", "2020", 0.4)
	return state("RUS"), state("ARM", gas, other, tie(actors.Trade, "RUS", "trade", share("t", "2020", 0.3)))
}

// TestExposureProperties checks, on a grid, properties the documented
// formula must have: the score is non-decreasing in share and salience,
// non-increasing in substitutability, in [0, 1], continuous (a step of
// 1e-9 in an input moves it by at most 1e-9 times the channel weight), and
// a missing salience never weighs more than a recorded one.
func TestExposureProperties(t *testing.T) {
	at := relations.AsOf(indicators.MustParseDate("2021"))
	L := func(sh, sal, sub float64, withSal bool) float64 {
		h, tg := oneStrand(sh, sal, sub, withSal)
		a, err := relations.Leverage(h, tg, at)
		if err != nil {
			t.Fatal(err)
		}
		if a.Score < 0 || a.Score > 1 || math.IsNaN(a.Score) {
			t.Fatalf("score %v outside [0, 1]", a.Score)
		}
		return a.Score
	}
	grid := []float64{0, 0.1, 0.25, 0.4, 0.5, 0.75, 0.9, 0.99, 1}
	for _, x := range grid {
		for _, y := range grid {
			for i := 1; i < len(grid); i++ {
				lo, hi := grid[i-1], grid[i]
				if L(hi, x, y, true) < L(lo, x, y, true) {
					t.Errorf("not monotone in share at salience %v, σ %v", x, y)
				}
				if L(x, hi, y, true) < L(x, lo, y, true) {
					t.Errorf("not monotone in salience at share %v, σ %v", x, y)
				}
				if L(x, y, hi, true) > L(x, y, lo, true) {
					t.Errorf("not non-increasing in substitutability at share %v, salience %v", x, y)
				}
			}
			if x < 1 {
				if d := math.Abs(L(x+1e-9, y, 0.2, true) - L(x, y, 0.2, true)); d > 1e-9 {
					t.Errorf("discontinuous in share at %v: jump %v", x, d)
				}
			}
			// Missing salience: never above the least recorded one of the
			// channel (the oil strand records 0.4).
			if got, rec := L(x, 0, y, false), L(x, 0.4, y, true); got > rec+1e-15 {
				t.Errorf("missing salience scores %v, above the recorded 0.4's %v", got, rec)
			}
		}
	}
}

// TestNoLookAhead: an observation whose period is not over by the date
// changes nothing; once its period ends, it counts.
func TestNoLookAhead(t *testing.T) {
	rus := state("RUS")
	mk := func(extra bool) actors.Actor {
		pts := []any{"2020", 0.3}
		if extra {
			pts = append(pts, "2021", 0.9)
		}
		return state("ARM", tie(actors.Trade, "RUS", "trade", share("t", pts...)), tie(actors.Energy, "RUS", "gas", share("g", "2020", 0.5)))
	}
	for _, day := range []string{"2021-01-01", "2021-06-30", "2021-12-30"} {
		at := relations.AsOf(indicators.MustParseDate(day))
		a, err1 := relations.Leverage(rus, mk(false), at)
		b, err2 := relations.Leverage(rus, mk(true), at)
		if err1 != nil || err2 != nil || a.Score != b.Score {
			t.Errorf("as of %s the 2021 value leaks in: %v vs %v (%v, %v)", day, a.Score, b.Score, err1, err2)
		}
	}
	at := relations.AsOf(indicators.MustParseDate("2021-12-31"))
	b, err := relations.Leverage(rus, mk(true), at)
	if err != nil || b.Channel(actors.Trade).Facts[0].Share.Value != 0.9 {
		t.Errorf("on 2021-12-31 the 2021 value counts: %v, %v", b.Channel(actors.Trade).Facts[0].Share, err)
	}
}

// TestJudgementsDoNotAge: a salience recorded in 2010 still stands in
// 2024, while a 2010 share has aged out.
func TestJudgementsDoNotAge(t *testing.T) {
	gas := tie(actors.Energy, "RUS", "gas", share("g", "2023", 0.8))
	gas.Salience = share("gs", "2010", 0.5)
	arm := state("ARM", gas, tie(actors.Trade, "RUS", "trade", share("t", "2023", 0.3)))
	a, err := relations.Leverage(state("RUS"), arm, relations.AsOf(indicators.MustParseDate("2024")))
	if err != nil {
		t.Fatal(err)
	}
	if f := a.Channel(actors.Energy).Facts[0]; f.Salience.Assumed || f.Salience.Value != 0.5 {
		t.Errorf("salience %+v, want the 2010 judgement 0.5", f.Salience)
	}
}

// TestTiesNotInForceLeaveTheNormaliser: a pipeline that opens in 2030
// changes nothing today (issue: it used to halve energy exposure).
func TestTiesNotInForceLeaveTheNormaliser(t *testing.T) {
	gas := tie(actors.Energy, "RUS", "gas", share("g", "2020", 0.8))
	pipe := tie(actors.Energy, "RUS", "pipeline", share("p", "2020", 1.0))
	pipe.RestsOn = []actors.Basis{{Kind: actors.AgreementBasis, Ref: "pipe", History: actors.History{{On: indicators.YearDate(2030), To: actors.Active}}}}
	trade := tie(actors.Trade, "RUS", "trade", share("t", "2020", 0.3))
	at := relations.AsOf(indicators.MustParseDate("2021"))
	a, _ := relations.Leverage(state("RUS"), state("ARM", gas, trade), at)
	b, _ := relations.Leverage(state("RUS"), state("ARM", gas, pipe, trade), at)
	if a.Channel(actors.Energy).Exposure != 0.8 || b.Channel(actors.Energy).Exposure != 0.8 {
		t.Errorf("energy exposure %v without, %v with a future pipeline; want 0.8 both", a.Channel(actors.Energy).Exposure, b.Channel(actors.Energy).Exposure)
	}
}

// TestCliffs shows the model's two documented discontinuities and no
// other: a share ageing past MaxAge drops out at the year boundary, and
// coverage meets the floor within 1e-9 (a floor of 1 is attainable with
// the default weights, which sum to 0.9999999999999999).
func TestCliffs(t *testing.T) {
	arm := state("ARM", tie(actors.Trade, "RUS", "trade", share("t", "2015", 0.5)), tie(actors.Energy, "RUS", "gas", share("g", "2015", 0.5)))
	rus := state("RUS")
	if _, err := relations.Leverage(rus, arm, relations.AsOf(indicators.MustParseDate("2020-12-31"))); err != nil {
		t.Errorf("five years on, the 2015 shares count: %v", err)
	}
	_, err := relations.Leverage(rus, arm, relations.AsOf(indicators.MustParseDate("2021-01-01")))
	if !errors.Is(err, relations.ErrCoverage) || !contains(err, "Params.MaxAge") {
		t.Errorf("six years on, the shares age out, and the error names MaxAge? %v", err)
	}
	var ties []actors.Tie
	for _, c := range actors.Channels() {
		ties = append(ties, tie(c, "RUS", "strand", share(c.String(), "2020", 0.5)))
	}
	p := relations.DefaultParams()
	p.CoverageFloor = 1
	if _, err := relations.Leverage(rus, state("ARM", ties...), relations.AsOf(indicators.YearDate(2021)), relations.WithParams(p)); err != nil {
		t.Errorf("full coverage must meet a floor of 1: %v", err)
	}
}

func contains(err error, s string) bool {
	return err != nil && len(err.Error()) > 0 && indexOf(err.Error(), s) >= 0
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// FuzzLeverageOracle compares Leverage with the oracle on worlds drawn
// from the fuzzer's seed, and checks bounds and the absence of NaN.
func FuzzLeverageOracle(f *testing.F) {
	f.Add(uint64(1), uint64(2))
	f.Add(uint64(99), uint64(7))
	f.Fuzz(func(t *testing.T, s1, s2 uint64) {
		r := rand.New(rand.NewPCG(s1, s2))
		a, b := randomWorld(r)
		d := randomDate(r)
		p := relations.DefaultParams()
		want, _, ok := oracle(a, b, d, p)
		got, err := relations.Leverage(a, b, relations.AsOf(d))
		if ok != (err == nil) {
			t.Fatalf("oracle %v, Leverage %v", ok, err)
		}
		if math.IsNaN(got.Score) || got.Score < 0 || got.Score > 1 || got.Max > 1+1e-12 {
			t.Fatalf("score %v, max %v", got.Score, got.Max)
		}
		if ok && math.Abs(got.Score-want) > 1e-12 {
			t.Fatalf("Leverage %v, oracle %v", got.Score, want)
		}
	})
}

// TestUnitInvariance: the score does not depend on the scale of recorded
// flows (version 2 has no volume gate): the same world with every volume
// multiplied by 1,000, as if entered in thousands, scores the same bits.
func TestUnitInvariance(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 42))
	scale := func(a actors.Actor) actors.Actor {
		info := a.Info()
		for i, tie := range info.Ties {
			if !tie.Volume.IsValid() {
				continue
			}
			var obs []indicators.Observation
			for o := range tie.Volume.All() {
				o.Value *= 1000
				obs = append(obs, o)
			}
			info.Ties[i].Volume = indicators.MustNew(tie.Volume.Info(), obs...)
		}
		return actors.MustNew(info)
	}
	for range 500 {
		a, b := randomWorld(r)
		d := randomDate(r)
		x, err1 := relations.Leverage(a, b, relations.AsOf(d))
		y, err2 := relations.Leverage(scale(a), scale(b), relations.AsOf(d))
		if (err1 == nil) != (err2 == nil) || x.Score != y.Score {
			t.Fatalf("scaled volumes change the score: %v (%v) vs %v (%v)", x.Score, err1, y.Score, err2)
		}
	}
}

// TestSensitivityRespectsFloor: with evidence in trade and energy only
// (coverage 0.35) and a floor of 0.35, lowering those two weights by half
// would refuse the score; Sensitivity says so, and a balance resting on
// such a side has no certain sign.
func TestSensitivityRespectsFloor(t *testing.T) {
	arm := state("ARM", tie(actors.Trade, "RUS", "trade", share("t", "2020", 0.9)), tie(actors.Energy, "RUS", "gas", share("g", "2020", 0.9)))
	rus := state("RUS", tie(actors.Trade, "ARM", "trade", share("r", "2020", 0.01)), tie(actors.Energy, "ARM", "power", share("p", "2020", 0.01)))
	p := relations.DefaultParams()
	p.CoverageFloor = 0.35
	at := relations.AsOf(indicators.YearDate(2021))
	a, err := relations.Leverage(rus, arm, at, relations.WithParams(p))
	if err != nil {
		t.Fatal(err)
	}
	rg := relations.Sensitivity(a)
	// By hand: the least coverage puts trade and energy at half their
	// weights, 0.10 + 0.075 = 0.175.
	if math.Abs(rg.MinCoverage-0.175) > 1e-12 || !rg.Refuses(p.CoverageFloor) {
		t.Errorf("MinCoverage %v, refuses %v; want 0.175, true", rg.MinCoverage, rg.Refuses(p.CoverageFloor))
	}
	b, err := relations.Balance(rus, arm, at, relations.WithParams(p))
	if err != nil {
		t.Fatal(err)
	}
	if b.SignCertain() {
		t.Errorf("a sign that some weighting cannot score is called certain: %s", b)
	}
}

// TestKnownAtBoundary: under KnownAt an observation counts from its
// recorded day, not a day before.
func TestKnownAtBoundary(t *testing.T) {
	rec := indicators.Provenance{Publisher: "p", Confidence: indicators.Verified, Recorded: indicators.MustParseDate("2024-03-01")}
	s := indicators.MustNew(indicators.Info{Code: "s", Name: "s", Unit: indicators.Share, Source: testSrc},
		indicators.Observation{At: indicators.YearDate(2022), Value: 0.3},
		indicators.Observation{At: indicators.YearDate(2023), Value: 0.6, Source: rec})
	arm := state("ARM", tie(actors.Trade, "RUS", "trade", s), tie(actors.Energy, "RUS", "gas", share("g", "2020", 0.5)))
	for _, c := range []struct {
		asOf, known string
		want        float64
	}{
		{"2024-06", "2024-02-29", 0.3},
		{"2024-06", "2024-03-01", 0.6},
		{"2024-02-29", "2025", 0.3}, // recorded after the assessment date
		{"2024-03-01", "2025", 0.6},
	} {
		a, err := relations.Leverage(state("RUS"), arm, relations.AsOf(indicators.MustParseDate(c.asOf)), relations.KnownAt(indicators.MustParseDate(c.known)))
		if err != nil {
			t.Fatal(err)
		}
		if got := a.Channel(actors.Trade).Facts[0].Share.Value; got != c.want {
			t.Errorf("as of %s known at %s: share %v, want %v", c.asOf, c.known, got, c.want)
		}
	}
}
