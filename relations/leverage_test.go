package relations_test

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

var testSrc = indicators.Provenance{Publisher: "test fixture", Confidence: indicators.Verified}

// share returns a share series with one observation per (year, value)
// pair.
func share(code string, pts ...any) indicators.Indicator {
	return mkSeries(code, indicators.Share, pts...)
}

func usd(code string, pts ...any) indicators.Indicator { return mkSeries(code, indicators.USD, pts...) }

func mkSeries(code string, u indicators.Unit, pts ...any) indicators.Indicator {
	var obs []indicators.Observation
	for i := 0; i < len(pts); i += 2 {
		obs = append(obs, indicators.Observation{At: indicators.MustParseDate(pts[i].(string)), Value: pts[i+1].(float64)})
	}
	return indicators.MustNew(indicators.Info{Code: code, Name: code, Unit: u, Source: testSrc}, obs...)
}

func state(id string, ties ...actors.Tie) actors.Actor {
	return actors.MustNew(actors.Info{ID: actors.MustParse(id), Kind: actors.State, Name: id, Source: testSrc, Ties: ties})
}

func tie(ch actors.Channel, provider, label string, s indicators.Indicator) actors.Tie {
	return actors.Tie{Channel: ch, Provider: actors.MustParse(provider), Label: label, Share: s}
}

func withVolume(t actors.Tie, v indicators.Indicator) actors.Tie { t.Volume = v; return t }

// randomWorld builds two actors A and B with random ties toward each
// other over 2000–2009, some with salience, substitutability, volume and
// bases that start, freeze and end; values include ties and extremes.
func randomWorld(r *rand.Rand) (a, b actors.Actor) {
	years := func() []string {
		var ys []string
		for y := 2000; y < 2010; y++ {
			if r.IntN(3) > 0 {
				ys = append(ys, fmt.Sprint(y))
			}
		}
		return ys
	}
	val := func() float64 {
		switch r.IntN(6) {
		case 0:
			return 0
		case 1:
			return 1
		}
		return math.Round(r.Float64()*1000) / 1000
	}
	ser := func(code string, u indicators.Unit) indicators.Indicator {
		var pts []any
		for _, y := range years() {
			v := val()
			if u == indicators.USD {
				v *= 5e9
			}
			pts = append(pts, y, v)
		}
		return mkSeries(code, u, pts...)
	}
	mk := func(id, other string) actors.Actor {
		var ties []actors.Tie
		for i := range r.IntN(8) {
			ch := actors.Channel(1 + r.IntN(actors.NumChannels))
			t := tie(ch, other, fmt.Sprintf("strand %d", i), ser(fmt.Sprintf("%s.%d.share", id, i), indicators.Share))
			if r.IntN(2) == 0 {
				t.Salience = ser(fmt.Sprintf("%s.%d.sal", id, i), indicators.Share)
			}
			if r.IntN(3) == 0 {
				t.Substitutability = ser(fmt.Sprintf("%s.%d.sub", id, i), indicators.Share)
			}
			if r.IntN(2) == 0 {
				t.Volume = ser(fmt.Sprintf("%s.%d.vol", id, i), indicators.USD)
			}
			if r.IntN(3) == 0 {
				h := actors.History{{On: indicators.MustParseDate(fmt.Sprint(2000 + r.IntN(4))), To: actors.Active}}
				if r.IntN(2) == 0 {
					h = append(h, actors.Transition{On: indicators.MustParseDate(fmt.Sprintf("2005-%02d", 1+r.IntN(12))), To: actors.Suspended})
				}
				if r.IntN(2) == 0 {
					h = append(h, actors.Transition{On: indicators.MustParseDate("2008-03-01"), To: actors.Ended})
				}
				t.RestsOn = []actors.Basis{{Kind: actors.AgreementBasis, Ref: "AG" + id, History: h}}
			}
			ties = append(ties, t)
		}
		return state(id, ties...)
	}
	return mk("AAA", "BBB"), mk("BBB", "AAA")
}

// TestContributionsAddUp checks, on many random pairs and dates, that the
// score is exactly the sum of the channel contributions and each channel's
// contribution exactly the sum of its facts', added in report order; that
// the score lies in [0, Max] ⊂ [0, 1]; that coverage is the weight of the
// covered channels; and that the allocation-free Model.Score returns the
// same bits.
func TestContributionsAddUp(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	model, err := relations.NewModel()
	if err != nil {
		t.Fatal(err)
	}
	scored := 0
	for i := range 3000 {
		a, b := randomWorld(r)
		d := indicators.MustParseDate(fmt.Sprint(2000 + r.IntN(11)))
		as, err := relations.Leverage(a, b, relations.AsOf(d))
		score, cov, merr := model.Score(a, b, d)
		// Model errors are the bare sentinels that Leverage wraps.
		if (err == nil) != (merr == nil) || (err != nil && !errors.Is(err, merr)) {
			t.Fatalf("case %d: Leverage error %v, Model error %v", i, err, merr)
		}
		if err != nil {
			if as.Scored() || as.Score != 0 || as.Err == nil {
				t.Fatalf("case %d: refused assessment must be unscored, zero and explained: %+v", i, as)
			}
			continue
		}
		scored++
		sum, covered := 0.0, 0.0
		for _, ch := range as.Channels {
			fs := 0.0
			for _, f := range ch.Facts {
				fs += f.Contribution
			}
			if fs != ch.Contribution {
				t.Fatalf("case %d: channel %s facts add to %v, channel says %v", i, ch.Channel, fs, ch.Contribution)
			}
			sum += ch.Contribution
			if ch.Covered {
				covered += ch.Weight
			}
		}
		if sum != as.Score {
			t.Fatalf("case %d: channels add to %v, score %v", i, sum, as.Score)
		}
		if covered != as.Coverage {
			t.Fatalf("case %d: covered weight %v, coverage %v", i, covered, as.Coverage)
		}
		if as.Score < 0 || as.Score > as.Max || as.Max > 1+1e-15 {
			t.Fatalf("case %d: want 0 ≤ score %v ≤ max %v ≤ 1", i, as.Score, as.Max)
		}
		if score != as.Score || cov != as.Coverage {
			t.Fatalf("case %d: Model.Score = %v, %v; Leverage = %v, %v", i, score, cov, as.Score, as.Coverage)
		}
	}
	if scored < 500 {
		t.Fatalf("only %d of 3000 random cases were scored; the generator is too sparse", scored)
	}
}

func TestLeverageRefusals(t *testing.T) {
	arm := state("ARM", withVolume(tie(actors.Food, "RUS", "wheat", share("w", "2023", 0.99)), usd("v", "2023", 7.4e9)))
	rus := state("RUS")
	y2024 := relations.AsOf(indicators.MustParseDate("2024"))
	tests := []struct {
		name           string
		holder, target actors.Actor
		opts           []relations.Option
		want           error
	}{
		{"zero holder", actors.Actor{}, arm, nil, actors.ErrInvalidID},
		{"zero target", rus, actors.Actor{}, nil, actors.ErrInvalidID},
		{"leverage over itself", arm, arm, nil, relations.ErrSelf},
		{"no ties of the target toward the holder", arm, rus, []relations.Option{y2024}, relations.ErrNoTies},
		{"one channel is below the coverage floor", rus, arm, []relations.Option{y2024}, relations.ErrCoverage},
		{"weights that do not sum to 1", rus, arm, []relations.Option{relations.WithWeights(weights(0.5, 0.5, 0.5))}, relations.ErrInvalid},
		{"a weight above the cap", rus, arm, []relations.Option{relations.WithWeights(weights(0.6, 0.4))}, relations.ErrInvalid},
		{"the zero Weights", rus, arm, []relations.Option{relations.WithWeights(relations.Weights{})}, relations.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := relations.Leverage(tt.holder, tt.target, tt.opts...)
			if !errors.Is(err, tt.want) {
				t.Fatalf("Leverage error = %v, want %v", err, tt.want)
			}
			if a.Scored() || a.Score != 0 {
				t.Errorf("refused assessment scored %v", a.Score)
			}
		})
	}
	// No ties says why, in the assessment and in the error.
	a, err := relations.Leverage(arm, rus, y2024)
	if a.Err == nil || err != a.Err {
		t.Errorf("no-ties assessment carries no refusal: %v, %v", a.Err, err)
	}
}

// weights builds Weights from values in channel order.
// A negative or NaN weight cannot be built (Weights.With rejects it; see
// TestTrapWeightsByChannel), so weights panics on one.
func weights(vs ...float64) relations.Weights {
	var w relations.Weights
	for i, v := range vs {
		w = with(w, actors.Channel(i+1), v)
	}
	return w
}

// pairOf builds Armenia with ties toward Russia in trade and energy, with
// the given energy share and substitutability, and a trade volume.
func pairOf(gasShare, gasSub float64) (rus, arm actors.Actor) {
	gas := tie(actors.Energy, "RUS", "gas", share("gas", "2020", gasShare))
	if gasSub >= 0 {
		gas.Substitutability = share("gas-sub", "2020", gasSub)
	}
	arm = state("ARM", withVolume(tie(actors.Trade, "RUS", "trade", share("t", "2020", 0.3)), usd("v", "2020", 2e9)), gas)
	return state("RUS"), arm
}

func score(t *testing.T, holder, target actors.Actor, opts ...relations.Option) float64 {
	t.Helper()
	a, err := relations.Leverage(holder, target, append(opts, relations.AsOf(indicators.MustParseDate("2021")))...)
	if err != nil {
		t.Fatal(err)
	}
	return a.Score
}

// TestMonotone: more dependence never lowers leverage, and a substitute
// supplier lowers it. Expected orderings follow from the model's formula
// (exposure is increasing in share and decreasing in substitutability).
func TestMonotone(t *testing.T) {
	prev := -1.0
	for _, s := range []float64{0, 0.1, 0.5, 0.8, 0.99, 1} {
		rus, arm := pairOf(s, -1)
		got := score(t, rus, arm)
		if got < prev {
			t.Errorf("gas share %v: leverage %v fell below %v", s, got, prev)
		}
		prev = got
	}
	rus, none := pairOf(0.8, -1)
	_, some := pairOf(0.8, 0.4)
	if a, b := score(t, rus, none), score(t, rus, some); !(b < a) {
		t.Errorf("a substitute should lower leverage: without %v, with %v", a, b)
	}
}

// TestDirection: leverage is directed; the same pair gives different
// answers each way when the dependence is asymmetric.
func TestDirection(t *testing.T) {
	arm := state("ARM", withVolume(tie(actors.Trade, "RUS", "trade", share("t", "2020", 0.4)), usd("v", "2020", 2e9)),
		tie(actors.Energy, "RUS", "gas", share("g", "2020", 0.8)))
	rus := state("RUS", withVolume(tie(actors.Trade, "ARM", "trade", share("t2", "2020", 0.01)), usd("v2", "2020", 2e9)),
		tie(actors.Energy, "ARM", "electricity", share("e", "2020", 0.0)))
	ab, ba := score(t, rus, arm), score(t, arm, rus)
	if !(ab > 10*ba) {
		t.Errorf("L(RUS→ARM) = %v should far exceed L(ARM→RUS) = %v", ab, ba)
	}
	b, err := relations.Balance(rus, arm, relations.AsOf(indicators.MustParseDate("2021")))
	if err != nil {
		t.Fatal(err)
	}
	if b.Net != b.AB.Score-b.BA.Score || b.AB.Score != ab || b.BA.Score != ba {
		t.Errorf("balance %v is not L(a→b) − L(b→a) = %v − %v", b.Net, ab, ba)
	}
	rev, err := relations.Balance(arm, rus, relations.AsOf(indicators.MustParseDate("2021")))
	if err != nil {
		t.Fatal(err)
	}
	if rev.Net != -b.Net {
		t.Errorf("balance is not antisymmetric: %v vs %v", b.Net, rev.Net)
	}
	if want := ab / (ab + ba); b.Ratio != want {
		t.Errorf("ratio %v, want %v", b.Ratio, want)
	}
	// Only two channels have evidence, so the bounds from the uncovered
	// channels straddle zero and the sign is not certain, although every
	// weighting within ±50 % keeps it positive.
	if b.Min != b.AB.Score-b.BA.Max || b.Max != b.AB.Max-b.BA.Score {
		t.Errorf("bounds [%v, %v], want [AB − BA.Max, AB.Max − BA]", b.Min, b.Max)
	}
	if b.SignCertain() || !(b.Min < 0 && b.Sensitivity.Min > 0) {
		t.Errorf("sign should be uncertain only through the uncovered channels: %v", b)
	}
}

// TestBasesActFromTheirDates: a membership frozen on 2024-02-22 halves what
// rests on it from that day (Params.Suspended = 0.5), an ended basis
// contributes nothing, and a basis not yet in force contributes nothing.
func TestBasesActFromTheirDates(t *testing.T) {
	csto := actors.Basis{Kind: actors.MembershipBasis, Ref: "CSTO", History: actors.History{
		{On: indicators.MustParseDate("1992-05-15"), To: actors.Active},
		{On: indicators.MustParseDate("2024-02-22"), To: actors.Suspended},
	}}
	guards := actors.Basis{Kind: actors.AgreementBasis, Ref: "guards", History: actors.History{
		{On: indicators.MustParseDate("1992-09-30"), To: actors.Active},
		{On: indicators.MustParseDate("2024-07-31"), To: actors.Ended},
	}}
	bloc := tie(actors.Institutional, "RUS", "CSTO", share("c", "1992", 1.0))
	bloc.RestsOn = []actors.Basis{csto}
	post := tie(actors.Institutional, "RUS", "airport border post", share("p", "1992", 1.0))
	post.RestsOn = []actors.Basis{guards}
	arm := state("ARM", bloc, post, withVolume(tie(actors.Trade, "RUS", "trade", share("t", "2020", 0.3)), usd("v", "2020", 2e9)))
	rus := state("RUS")
	at := func(day string) relations.ChannelResult {
		p := relations.DefaultParams()
		p.CoverageFloor = 0.1
		a, err := relations.Leverage(rus, arm, relations.AsOf(indicators.MustParseDate(day)), relations.WithParams(p))
		if err != nil {
			t.Fatal(err)
		}
		return a.Channel(actors.Institutional)
	}
	before, frozen := at("2024-02-21"), at("2024-02-22")
	if got, want := frozen.Facts[0].Exposure, 0.5*before.Facts[0].Exposure; got != want {
		t.Errorf("CSTO exposure on the freeze day = %v, want half of %v", got, before.Facts[0].Exposure)
	}
	if frozen.Facts[0].Standing != actors.Suspended || before.Facts[0].Standing != actors.Active {
		t.Errorf("standings %v, %v", before.Facts[0].Standing, frozen.Facts[0].Standing)
	}
	left := at("2024-07-31")
	if left.Facts[1].Contribution != 0 || !left.Facts[1].Evidence {
		t.Errorf("ended basis: contribution %v, evidence %v; want 0 with evidence", left.Facts[1].Contribution, left.Facts[1].Evidence)
	}
	if !(left.Contribution < frozen.Contribution && frozen.Contribution < before.Contribution) {
		t.Errorf("institutional channel should weaken: %v, %v, %v", before.Contribution, frozen.Contribution, left.Contribution)
	}
	if early := at("1992-08"); early.Facts[1].Factor != 0 || early.Facts[1].Contribution != 0 {
		t.Errorf("basis not yet in force contributes %v", early.Facts[1].Contribution)
	}
}

// TestOutsideCoverage: a value before its series starts, older than
// MaxAge, or of unverified confidence is missing, not zero.
func TestOutsideCoverage(t *testing.T) {
	unverified := indicators.MustNew(indicators.Info{Code: "u", Name: "u", Unit: indicators.Share, Source: indicators.Provenance{Publisher: "x", Confidence: indicators.Unverified}},
		indicators.Observation{At: indicators.MustParseDate("2020"), Value: 0.06})
	arm := state("ARM",
		withVolume(tie(actors.Trade, "RUS", "trade", share("t", "2015", 0.3, "2020", 0.4)), usd("v", "2015", 2e9, "2020", 2.5e9)),
		tie(actors.Food, "RUS", "wheat", share("w", "2023", 0.99)),
		tie(actors.Transit, "RUS", "re-export", unverified))
	rus := state("RUS")
	a, err := relations.Leverage(rus, arm, relations.AsOf(indicators.MustParseDate("2021")), relations.WithParams(func() relations.Params {
		p := relations.DefaultParams()
		p.CoverageFloor = 0.2
		return p
	}()))
	if err != nil {
		t.Fatal(err)
	}
	food, transit := a.Channel(actors.Food), a.Channel(actors.Transit)
	if food.Covered || food.Facts[0].Evidence || transit.Covered {
		t.Errorf("wheat before its first value, or an unverified value, counted as evidence: %+v %+v", food, transit)
	}
	if got := a.Channel(actors.Trade).Facts[0].Share.Value; got != 0.4 {
		t.Errorf("trade share as of 2021 = %v, want the 2020 value 0.4", got)
	}
	// Six years on, the 2020 value is older than MaxAge (5): missing.
	if _, err := relations.Leverage(rus, arm, relations.AsOf(indicators.MustParseDate("2026"))); !errors.Is(err, relations.ErrCoverage) {
		t.Errorf("stale values should leave coverage short, got %v", err)
	}
}

// TestSensitivityBoundsRandomWeights checks the exact weight-sensitivity
// range against random feasible weights: every feasible weighting gives a
// score inside [Min, Max], and the weightings reported for Min and Max are
// feasible and reach them.
func TestSensitivityBoundsRandomWeights(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	w0 := arr(relations.DefaultWeights())
	feasible := func(w [actors.NumChannels]float64) bool {
		s := 0.0
		for i, x := range w {
			if x < 0.5*w0[i]-1e-12 || x > math.Min(1.5*w0[i], relations.MaxWeight)+1e-12 {
				return false
			}
			s += x
		}
		return math.Abs(s-1) < 1e-9
	}
	checked := 0
	for range 300 {
		a, b := randomWorld(r)
		as, err := relations.Leverage(a, b, relations.AsOf(indicators.MustParseDate("2006")))
		if err != nil {
			continue
		}
		rg := relations.Sensitivity(as)
		if !feasible(arr(rg.MinWeights)) || !feasible(arr(rg.MaxWeights)) {
			t.Fatalf("infeasible extreme weights %v %v", rg.MinWeights, rg.MaxWeights)
		}
		if rg.Min > as.Score+1e-12 || rg.Max < as.Score-1e-12 {
			t.Fatalf("nominal score %v outside [%v, %v]", as.Score, rg.Min, rg.Max)
		}
		for range 50 {
			// A random feasible weighting: every weight at its lower
			// bound, then the remainder handed out in random order and
			// amounts, each channel up to its upper bound.
			var m [actors.NumChannels]float64
			rest := 1.0
			for i := range m {
				m[i] = 0.5 * w0[i]
				rest -= m[i]
			}
			for _, i := range r.Perm(len(m)) {
				room := math.Min(1.5*w0[i], relations.MaxWeight) - m[i]
				add := math.Min(room, rest*r.Float64())
				m[i] += add
				rest -= add
			}
			for i := range m {
				add := math.Min(math.Min(1.5*w0[i], relations.MaxWeight)-m[i], rest)
				m[i] += add
				rest -= add
			}
			if !feasible(m) {
				t.Fatalf("generator made infeasible weights %v", m)
			}
			got, err := relations.Leverage(a, b, relations.AsOf(indicators.MustParseDate("2006")), relations.WithWeights(weights(m[:]...)))
			if err != nil {
				continue
			}
			if got.Score < rg.Min-1e-12 || got.Score > rg.Max+1e-12 {
				t.Fatalf("weights %v give %v outside [%v, %v]", m, got.Score, rg.Min, rg.Max)
			}
			checked++
		}
		for _, ext := range []struct {
			w    relations.Weights
			want float64
		}{{rg.MinWeights, rg.Min}, {rg.MaxWeights, rg.Max}} {
			got, err := relations.Leverage(a, b, relations.AsOf(indicators.MustParseDate("2006")), relations.WithWeights(ext.w))
			if err != nil && !errors.Is(err, relations.ErrCoverage) {
				t.Fatal(err)
			}
			if err == nil && math.Abs(got.Score-ext.want) > 1e-12 {
				t.Fatalf("extreme weights %v give %v, want %v", ext.w, got.Score, ext.want)
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d random weightings checked", checked)
	}
}

// arr returns the weights in channel order.
func arr(w relations.Weights) [actors.NumChannels]float64 {
	var a [actors.NumChannels]float64
	for c, v := range w.All() {
		a[c-1] = v
	}
	return a
}

// TestDecompose: the per-channel differences add up to the change of score.
func TestDecompose(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	n := 0
	for range 1000 {
		a, b := randomWorld(r)
		from, err1 := relations.Leverage(a, b, relations.AsOf(indicators.MustParseDate("2003")))
		to, err2 := relations.Leverage(a, b, relations.AsOf(indicators.MustParseDate("2009")))
		if err1 != nil || err2 != nil {
			continue
		}
		n++
		c, err := relations.Decompose(from, to)
		if err != nil {
			t.Fatal(err)
		}
		if d := math.Abs(c.Total - (to.Score - from.Score)); d > 1e-15 {
			t.Fatalf("total %v vs score change %v", c.Total, to.Score-from.Score)
		}
	}
	if n < 100 {
		t.Fatalf("only %d decompositions", n)
	}
	a, b := randomWorld(r)
	if _, err := relations.Decompose(relations.Assessment{Holder: a.ID(), Target: b.ID()}, relations.Assessment{Holder: b.ID(), Target: a.ID()}); !errors.Is(err, relations.ErrInvalid) {
		t.Errorf("different pairs: %v", err)
	}
}

func TestLeverageSeries(t *testing.T) {
	arm := state("ARM",
		withVolume(tie(actors.Trade, "RUS", "trade", share("t", "2016", 0.3, "2019", 0.27, "2021", 0.33)), usd("v", "2016", 2e9)),
		tie(actors.Energy, "RUS", "gas", share("g", "2016", 0.8)))
	rus := state("RUS")
	var dates []indicators.Date
	for y := 2015; y <= 2023; y++ {
		dates = append(dates, indicators.YearDate(y))
	}
	ser, err := relations.LeverageSeries(rus, arm, dates)
	ind, as := ser.Indicator, ser.Assessments
	if err != nil {
		t.Fatal(err)
	}
	// 2015 has no evidence (missing, not zero); 2022 and 2023 have only the
	// trade channel once the 2016 gas share is older than five years.
	var got []string
	for o := range ind.All() {
		got = append(got, o.At.String())
	}
	want := []string{"2016", "2017", "2018", "2019", "2020", "2021"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("scored years (-want +got):\n%s", diff)
	}
	if as[0].Scored() || as[0].Err == nil || len(as) != len(dates) {
		t.Errorf("2015 should be unscored with a reason: %+v", as[0])
	}
	if ind.Unit() != indicators.Index || ind.Info().Subject != "ARM" || ind.Info().Counterpart != "RUS" {
		t.Errorf("series info %+v", ind.Info())
	}
	if _, err := relations.LeverageSeries(rus, arm, []indicators.Date{dates[1], dates[0]}); !errors.Is(err, relations.ErrInvalid) {
		t.Errorf("unsorted dates: %v", err)
	}
}

// TestDeterministic: the same inputs give byte-identical reports.
func TestDeterministic(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for range 200 {
		a, b := randomWorld(r)
		x, err1 := relations.Leverage(a, b)
		y, err2 := relations.Leverage(a, b)
		if fmt.Sprint(err1) != fmt.Sprint(err2) || x.String() != y.String() {
			t.Fatalf("two runs differ:\n%s\n%s", x, y)
		}
	}
}

// TestConstantBasis: a strand whose evidence starts late changes the
// composition of the full series, which is flagged and gets no
// significance test; on a constant basis the late strand is left out, the
// composition is the same at every point, and the score is the formula
// on the strands present throughout (here the trade share, weight 0.20).
func TestConstantBasis(t *testing.T) {
	arm := state("ARM", tie(actors.Trade, "RUS", "trade", share("t", "2015", 0.2, "2016", 0.3, "2017", 0.4, "2018", 0.5)),
		tie(actors.Food, "RUS", "wheat", share("w", "2017", 0.9, "2018", 0.9)))
	rus := state("RUS")
	dates := []indicators.Date{indicators.YearDate(2015), indicators.YearDate(2016), indicators.YearDate(2017), indicators.YearDate(2018)}
	p := relations.DefaultParams()
	p.CoverageFloor = 0.2
	full, err := relations.LeverageSeries(rus, arm, dates, relations.WithParams(p))
	if err != nil {
		t.Fatal(err)
	}
	if !full.CompositionChanged() || len(full.Changes) != 1 || full.Changes[0] != indicators.YearDate(2017) {
		t.Errorf("full series changes %v, want [2017]", full.Changes)
	}
	tr, err := full.Trend()
	if err != nil || !tr.CompositionChanged || strings.Contains(tr.String(), "p =") {
		t.Errorf("trend of a changing series: %v, %q", err, tr)
	}
	cb, err := relations.LeverageSeries(rus, arm, dates, relations.WithParams(p), relations.ConstantBasis())
	if err != nil {
		t.Fatal(err)
	}
	if cb.CompositionChanged() || cb.Basis.String() != "trade/trade" || cb.Indicator.Len() != 4 {
		t.Fatalf("constant basis %v, changes %v, %d points", cb.Basis, cb.Changes, cb.Indicator.Len())
	}
	for i, want := range []float64{0.2 * 0.2, 0.2 * 0.3, 0.2 * 0.4, 0.2 * 0.5} {
		if got := cb.Indicator.Observation(i).Value; math.Abs(got-want) > 1e-15 {
			t.Errorf("constant basis point %d = %v, want %v", i, got, want)
		}
	}
	fixed, err := relations.LeverageSeries(rus, arm, dates, relations.OnBasis(relations.Strand{Channel: actors.Food, Label: "wheat"}))
	if err != nil || fixed.Indicator.Len() != 2 {
		t.Errorf("a fixed basis scores only where its strands have evidence: %v, %d points", err, fixed.Indicator.Len())
	}
}
