package relations_test

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

// syntheticWorld builds n actors, each holding about k ties toward random
// other actors, with yearly share and volume series over 1965–2024 and a
// basis history on a third of the ties.
func syntheticWorld(n, k int) ([]actors.Actor, []indicators.Date) {
	r := rand.New(rand.NewPCG(11, 12))
	ids := make([]actors.ID, n)
	for i := range ids {
		ids[i] = actors.MustParse(fmt.Sprintf("S%03d", i))
	}
	var dates []indicators.Date
	for y := 1965; y < 2025; y++ {
		dates = append(dates, indicators.YearDate(y))
	}
	yearly := func(code string, u indicators.Unit, scale float64) indicators.Indicator {
		obs := make([]indicators.Observation, 0, len(dates))
		for _, d := range dates {
			if r.IntN(4) > 0 {
				obs = append(obs, indicators.Observation{At: d, Value: scale * r.Float64()})
			}
		}
		return indicators.MustNew(indicators.Info{Code: code, Name: code, Unit: u, Source: testSrc}, obs...)
	}
	world := make([]actors.Actor, n)
	for i, id := range ids {
		info := actors.Info{ID: id, Kind: actors.State, Name: id.String(), Source: testSrc}
		for _, j := range r.Perm(n)[:k+1] {
			if j == i || len(info.Ties) == k {
				continue
			}
			t := actors.Tie{Channel: actors.Channel(1 + r.IntN(actors.NumChannels)), Provider: ids[j], Label: "strand",
				Share:  yearly(fmt.Sprintf("%s.%s.share", id, ids[j]), indicators.Share, 1),
				Volume: yearly(fmt.Sprintf("%s.%s.volume", id, ids[j]), indicators.USD, 1e10)}
			if r.IntN(3) == 0 {
				t.Salience = yearly(fmt.Sprintf("%s.%s.salience", id, ids[j]), indicators.Share, 1)
				t.RestsOn = []actors.Basis{{Kind: actors.AgreementBasis, Ref: "treaty", History: actors.History{
					{On: indicators.YearDate(1960 + r.IntN(40)), To: actors.Active},
					{On: indicators.YearDate(2001 + r.IntN(20)), To: actors.Suspended},
				}}}
			}
			info.Ties = append(info.Ties, t)
		}
		world[i] = actors.MustNew(info)
	}
	return world, dates
}

// sweep scores every directed pair of the world at every date with m,
// holders split among workers goroutines, and returns the number of
// assessments made and of scores given.
func sweep(m *relations.Model, world []actors.Actor, dates []indicators.Date, workers int) (n, scored int) {
	var wg sync.WaitGroup
	counts := make([][2]int, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for h := w; h < len(world); h += workers {
				for t := range world {
					if t == h {
						continue
					}
					for _, d := range dates {
						_, _, err := m.Score(world[h], world[t], d)
						counts[w][0]++
						if err == nil {
							counts[w][1]++
						}
					}
				}
			}
		}()
	}
	wg.Wait()
	for _, c := range counts {
		n += c[0]
		scored += c[1]
	}
	return n, scored
}

// BenchmarkWorld scores every directed pair of a synthetic world of 200
// actors with 20 ties each at 60 yearly dates: 200 × 199 × 60 = 2,388,000
// assessments per operation, on all available cores.
func BenchmarkWorld(b *testing.B) {
	world, dates := syntheticWorld(200, 20)
	m, err := relations.NewModel(relations.WithParams(func() relations.Params {
		p := relations.DefaultParams()
		p.CoverageFloor = 0.1 // most synthetic pairs share one tie; let them score
		return p
	}()))
	if err != nil {
		b.Fatal(err)
	}
	workers := runtime.GOMAXPROCS(0)
	b.ReportAllocs()
	var n, scored int
	for b.Loop() {
		n, scored = sweep(m, world, dates, workers)
	}
	b.ReportMetric(float64(n), "assessments/op")
	b.ReportMetric(float64(scored), "scored/op")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/assessment")
}

// scoredPair returns, from a synthetic world, an actor and one of the
// actors it holds ties toward.
func scoredPair() (holder, target actors.Actor) {
	world, _ := syntheticWorld(200, 20)
	target = world[0]
	for _, a := range world {
		if a.ID() == target.Providers()[0] {
			holder = a
		}
	}
	return holder, target
}

// BenchmarkScore times one scored assessment on the allocation-free path.
func BenchmarkScore(b *testing.B) {
	h, target := scoredPair()
	m, _ := relations.NewModel()
	d := indicators.YearDate(2000)
	b.ReportAllocs()
	for b.Loop() {
		m.Score(h, target, d)
	}
}

// BenchmarkLeverage times one full assessment with its explanation.
func BenchmarkLeverage(b *testing.B) {
	h, target := scoredPair()
	p := relations.DefaultParams()
	p.CoverageFloor = 1e-9
	opt := []relations.Option{relations.AsOf(indicators.YearDate(2000)), relations.WithParams(p)}
	b.ReportAllocs()
	for b.Loop() {
		relations.Leverage(h, target, opt...)
	}
}

// TestScoreAllocatesNothing holds the allocation-free contract of
// Model.Score on scored and refused pairs alike.
func TestScoreAllocatesNothing(t *testing.T) {
	world, dates := syntheticWorld(20, 5)
	m, err := relations.NewModel()
	if err != nil {
		t.Fatal(err)
	}
	allocs := testing.AllocsPerRun(3, func() {
		for _, h := range world {
			for _, tg := range world {
				if h.ID() != tg.ID() {
					m.Score(h, tg, dates[30])
				}
			}
		}
	})
	if allocs != 0 {
		t.Errorf("Model.Score allocated %v times per sweep, want 0", allocs)
	}
}

// manyTies returns a holder and a target that holds n ties, spread over
// 1,000 providers and 70 labels, 1 in 1,000 of them toward the holder.
func manyTies(n int) (holder, target actors.Actor) {
	providers := make([]actors.ID, 1000)
	for i := range providers {
		providers[i] = actors.MustParse(fmt.Sprintf("P%03d", i))
	}
	ties := make([]actors.Tie, n)
	for i := range ties {
		ties[i] = actors.Tie{Channel: actors.Channel(1 + i%actors.NumChannels), Provider: providers[i%1000], Label: fmt.Sprintf("strand %d", i/1000),
			Share: share(fmt.Sprintf("s%d", i), "2020", 0.5)}
	}
	target = actors.MustNew(actors.Info{ID: actors.MustParse("TGT"), Kind: actors.State, Name: "T", Source: testSrc, Ties: ties})
	return state("P000"), target
}

// BenchmarkLeverageTies times one full assessment against a target with
// 10³, 10⁴ and 10⁵ ties: the time grows linearly in the number of ties.
func BenchmarkLeverageTies(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		h, tg := manyTies(n)
		p := relations.DefaultParams()
		p.CoverageFloor = 1e-9
		opt := []relations.Option{relations.AsOf(indicators.YearDate(2021)), relations.WithParams(p)}
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := relations.Leverage(h, tg, opt...); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
