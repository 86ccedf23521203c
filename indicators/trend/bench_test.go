package trend

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"
)

// benchSizes are the series lengths of the trend benchmarks: the
// domain's short series (10–100 points) and large ones.
var benchSizes = []int{10, 30, 60, 100, 1e3, 1e4, 1e5, 1e6}

// randomWalk returns n yearly-spaced times and a Gaussian random walk,
// the input of the benchmarks and of the scipy timing script.
func randomWalk(n int) (t, y []float64) {
	r := rand.New(rand.NewPCG(42, uint64(n)))
	t = make([]float64, n)
	y = make([]float64, n)
	v := 0.0
	for i := range n {
		v += r.NormFloat64()
		t[i] = float64(i)
		y[i] = v
	}
	return t, y
}

func BenchmarkMannKendall(b *testing.B) {
	for _, n := range benchSizes {
		t, y := randomWalk(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := MannKendall(t, y); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkTheilSen(b *testing.B) {
	for _, n := range benchSizes {
		t, y := randomWalk(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := TheilSen(t, y); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// monthlyWalk returns n monthly times (in years) and a random walk with an
// annual cycle, the input of the seasonal benchmark.
func monthlyWalk(n int) (t, y []float64) {
	t, y = randomWalk(n)
	for i := range t {
		t[i] = 2000 + float64(i)/12
		y[i] += 3 * math.Sin(2*math.Pi*float64(i%12)/12)
	}
	return t, y
}

func BenchmarkSeasonalMannKendall(b *testing.B) {
	for _, n := range []int{24, 60, 120, 1e3, 1e4, 1e5} {
		t, y := monthlyWalk(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := SeasonalMannKendall(t, y, 12); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkTheilSenPaths compares the direct listing of all slopes with
// the selection path at the sizes around their crossover, which sets
// directPairs.
func BenchmarkTheilSenPaths(b *testing.B) {
	saved := directPairs
	defer func() { directPairs = saved }()
	for _, n := range []int{10, 30, 60, 70, 80, 90, 100, 150, 200, 300} {
		t, y := randomWalk(n)
		for _, path := range []string{"direct", "selection"} {
			b.Run(fmt.Sprintf("n=%d/%s", n, path), func(b *testing.B) {
				directPairs = math.MaxInt64
				if path == "selection" {
					directPairs = 0
				}
				b.ReportAllocs()
				for b.Loop() {
					if _, err := TheilSen(t, y); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkMannKendallHamedRao is the adjusted test, whose Sen detrending
// orders the detrended series exactly.
func BenchmarkMannKendallHamedRao(b *testing.B) {
	for _, n := range []int{30, 1e3, 1e4, 1e5} {
		t, y := randomWalk(n)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := MannKendall(t, y, WithAdjustment(HamedRao)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkOLS fits short series, where the Student-t p (the incomplete
// beta continued fraction) is a large part of the cost.
func BenchmarkOLS(b *testing.B) {
	for _, n := range []int{10, 30, 60} {
		t, y := make([]float64, n), make([]float64, n)
		for i := range n {
			t[i], y[i] = float64(2000+i), float64(i%7)+0.1*float64(i)
		}
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := OLS(t, y); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
