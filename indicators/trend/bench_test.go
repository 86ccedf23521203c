package trend

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// benchSizes are the series lengths of the trend benchmarks.
var benchSizes = []int{1e3, 1e4, 1e5, 1e6}

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
