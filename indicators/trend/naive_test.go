package trend

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// Naive O(n²) definitions, used as references for the fast code.

func naiveS(y []float64) int64 {
	var s int64
	for i := range y {
		for j := i + 1; j < len(y); j++ {
			switch {
			case y[j] > y[i]:
				s++
			case y[j] < y[i]:
				s--
			}
		}
	}
	return s
}

func naiveSlopes(t, y []float64) []float64 {
	var v []float64
	for i := range y {
		for j := i + 1; j < len(y); j++ {
			v = append(v, (y[j]-y[i])/(t[j]-t[i]))
		}
	}
	slices.Sort(v)
	return v
}

// naiveTheilSen follows scipy.stats.theilslopes literally.
func naiveTheilSen(t, y []float64, level float64) TheilSenResult {
	v := naiveSlopes(t, y)
	N := len(v)
	var med float64
	if N%2 == 1 {
		med = v[N/2]
	} else {
		med = (v[N/2-1] + v[N/2]) / 2
	}
	n := float64(len(y))
	var tie float64
	ys := slices.Clone(y)
	slices.Sort(ys)
	for i := 0; i < len(ys); {
		j := i
		for j < len(ys) && ys[j] == ys[i] {
			j++
		}
		k := float64(j - i)
		tie += k * (k - 1) * (2*k + 5)
		i = j
	}
	sigma := math.Sqrt((n*(n-1)*(2*n+5) - tie) / 18)
	z := math.Sqrt2 * math.Erfcinv(1-level)
	ru := min(int(math.RoundToEven((float64(N)+z*sigma)/2)), N-1)
	rl := max(int(math.RoundToEven((float64(N)-z*sigma)/2))-1, 0)
	return TheilSenResult{Slope: med, Low: v[rl], High: v[ru]}
}

// naivePettitt follows the double-sum definition of U_k.
func naivePettitt(y []float64) (U int64, K []int) {
	n := len(y)
	for k := 0; k < n; k++ {
		var u int64
		for i := 0; i <= k; i++ {
			for j := k + 1; j < n; j++ {
				switch {
				case y[i] > y[j]:
					u++
				case y[i] < y[j]:
					u--
				}
			}
		}
		if u < 0 {
			u = -u
		}
		switch {
		case u > U:
			U, K = u, []int{k}
		case u == U:
			K = append(K, k)
		}
	}
	return U, K
}

// randomSeries returns n points at strictly increasing, unequally spaced
// times, with values drawn from a few levels (many ties) or continuous.
func randomSeries(r *rand.Rand, n int, levels int) (t, y []float64) {
	t = make([]float64, n)
	y = make([]float64, n)
	tt := 1990.0
	for i := range n {
		tt += 0.25 + float64(r.IntN(4))*0.5
		t[i] = tt
		if levels > 0 {
			y[i] = float64(r.IntN(levels)) + 0.1*float64(i/7)
		} else {
			y[i] = r.NormFloat64() + 0.01*float64(i)
		}
	}
	return t, y
}

func TestKendallSFastVsNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := range 400 {
		n := 3 + r.IntN(300)
		_, y := randomSeries(r, n, []int{0, 2, 5, 40}[trial%4])
		s := slices.Clone(y)
		dis := discordant(s, make([]float64, n))
		if !slices.IsSorted(s) {
			t.Fatalf("discordant did not sort")
		}
		ties, _ := tieStats(s)
		n0 := int64(n) * int64(n-1) / 2
		if got, want := n0-ties-2*dis, naiveS(y); got != want {
			t.Fatalf("n=%d: fast S = %d, naive %d", n, got, want)
		}
	}
}

func TestSlopeSelectionVsNaive(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for trial := range 80 {
		n := 2 + r.IntN(400)
		if trial%10 == 0 {
			n = 1000 + r.IntN(500) // well beyond the enumeration limit
		}
		tt, y := randomSeries(r, n, []int{0, 3, 8, 50}[trial%4])
		v := naiveSlopes(tt, y)
		sel := newSlopeSelector(tt, y, []int{0, n})
		N := int64(len(v))
		ranks := []int64{1, max(1, N/7), (N + 1) / 2, max(1, N-N/5), N}
		got, err := sel.rankValues(ranks)
		if err != nil {
			t.Fatal(err)
		}
		for i, k := range ranks {
			if got[i] != v[k-1] {
				t.Fatalf("trial %d n=%d rank %d of %d: got %v, want %v", trial, n, k, N, got[i], v[k-1])
			}
		}
	}
}

func TestSortFloats(t *testing.T) {
	// Property: the radix sort agrees with slices.Sort, negative values,
	// zeros and ties included.
	r := rand.New(rand.NewPCG(9, 10))
	for _, n := range []int{10, 600, 5000} {
		v := make([]float64, n)
		for i := range v {
			switch i % 4 {
			case 0:
				v[i] = r.NormFloat64() * 1e6
			case 1:
				v[i] = float64(r.IntN(5)) - 2
			case 2:
				v[i] = -r.ExpFloat64() * 1e-12
			default:
				v[i] = math.Copysign(0, -1)
			}
		}
		w := slices.Clone(v)
		sortFloats(v)
		slices.Sort(w)
		for i := range v {
			if v[i] != w[i] {
				t.Fatalf("n=%d: index %d: %v, want %v", n, i, v[i], w[i])
			}
		}
	}
}

func TestSlopeSelectionDegenerate(t *testing.T) {
	// Property: large inputs whose slopes are mostly equal (a perfect
	// line, two levels, a line with rounding noise) still give the exact
	// order statistics of the naive computation.
	n := 3000
	line := func(f func(i int) float64) ([]float64, []float64) {
		tt := make([]float64, n)
		y := make([]float64, n)
		for i := range n {
			tt[i] = 1990 + float64(i)/12
			y[i] = f(i)
		}
		return tt, y
	}
	cases := map[string]func(i int) float64{
		"line":      func(i int) float64 { return 3 + 0.1*float64(i) },
		"two-level": func(i int) float64 { return float64(i % 2) },
		"steps":     func(i int) float64 { return float64(i / 500) },
		"constant":  func(i int) float64 { return 5 },
	}
	for name, f := range cases {
		tt, y := line(f)
		got, err := TheilSen(tt, y)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want := naiveTheilSen(tt, y, 0.95)
		if got.Slope != want.Slope || got.Low != want.Low || got.High != want.High {
			t.Errorf("%s: got %v [%v, %v], want %v [%v, %v]", name, got.Slope, got.Low, got.High, want.Slope, want.Low, want.High)
		}
	}
}

func TestSlopeSelectionLarge(t *testing.T) {
	// Property: on series long enough for the concurrent sampling passes,
	// each selected slope v of rank k satisfies #{slopes < v} < k ≤
	// #{slopes ≤ v}, counted naively.
	if testing.Short() {
		t.Skip("naive count over 4·10⁷ pairs")
	}
	r := rand.New(rand.NewPCG(11, 12))
	for _, levels := range []int{0, 7} {
		tt, y := randomSeries(r, 9000, levels)
		n := len(y)
		N := int64(n) * int64(n-1) / 2
		ranks := []int64{N / 3, N/2 - 1000, N / 2, N/2 + 1, N - 7}
		vals, err := newSlopeSelector(tt, y, []int{0, n}).rankValues(ranks)
		if err != nil {
			t.Fatal(err)
		}
		below := make([]int64, len(vals))
		atMost := make([]int64, len(vals))
		for i := range y {
			for j := i + 1; j < n; j++ {
				q := (y[j] - y[i]) / (tt[j] - tt[i])
				for k, v := range vals {
					if q < v {
						below[k]++
					}
					if q <= v {
						atMost[k]++
					}
				}
			}
		}
		for k, v := range vals {
			if !(below[k] < ranks[k] && ranks[k] <= atMost[k]) {
				t.Errorf("levels %d: rank %d: value %v has %d slopes below and %d at most", levels, ranks[k], v, below[k], atMost[k])
			}
		}
	}
}
