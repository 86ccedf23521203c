package trend

import (
	"math"
	"slices"
)

// A PettittResult is the outcome of [Pettitt].
type PettittResult struct {
	N int
	// U is max_k |U_k|, with U_k = Σ_{i≤k} Σ_{j>k} sgn(y_i − y_j).
	U int64
	// K holds every 0-based index k attaining the maximum, ascending: the
	// index of the last observation before the shift, which lies between
	// t[k] and t[k+1]. A constant series gives every index.
	K []int
	// Up reports, for each entry of K, whether the later values are the
	// larger (U_k < 0).
	Up []bool
	// P is the approximate two-sided p-value, min(1, 2·exp(−6U²/(n³+n²))).
	P float64
}

// Pettitt runs Pettitt's (1979) non-parametric test for a single change
// point in the level of y (times t strictly increasing; only the order
// matters).
//
//	U_k = 2·Σ_{i≤k} r_i − k(n+1)   (r: average ranks; equals Σ_{i≤k} Σ_{j>k} sgn(y_i − y_j))
//	U   = max_k |U_k|,   K = every k with |U_k| = U
//	p   ≈ min(1, 2·exp(−6U² / (n³ + n²)))
//
// It follows the definition of R trend::pettitt.test (U, the change
// points, and p; the tests check it against the O(n²) double sum), except
// that K is 0-based here and every maximizing index is kept. The rank form
// takes one sort: O(n log n). The p approximation is accurate only for
// p ≤ 0.5 (Pettitt 1979; trend and wql documentation).
//
// Edge cases: n < 3 is an error wrapping [ErrTooFew]; NaN or ±Inf in t or
// y an error wrapping [ErrInvalid] naming the index; t not strictly
// increasing an error wrapping [ErrOrder]. A constant series gives U = 0,
// P = 1 and K = every index.
func Pettitt(t, y []float64) (PettittResult, error) {
	if err := checkSamples("Pettitt", t, y, 3); err != nil {
		return PettittResult{}, err
	}
	n := len(y)
	r2 := doubledRanks(y)
	r := PettittResult{N: n}
	var sum, best int64
	uk := make([]int64, n)
	for k := range n {
		sum += r2[k] // 2·Σ r_i, an integer because ranks are multiples of ½
		u := sum - int64(k+1)*int64(n+1)
		uk[k] = u
		best = max(best, u, -u)
	}
	for k, u := range uk {
		if u == best || u == -best {
			r.K = append(r.K, k)
			r.Up = append(r.Up, u < 0)
		}
	}
	r.U = best
	fn, fu := float64(n), float64(best)
	r.P = min(1, 2*math.Exp(-6*fu*fu/(fn*fn*fn+fn*fn)))
	return r, nil
}

// doubledRanks returns twice the average ranks of y (1-based), as
// integers.
func doubledRanks(y []float64) []int64 {
	n := len(y)
	idx := make([]int32, n)
	for i := range idx {
		idx[i] = int32(i)
	}
	slices.SortFunc(idx, func(a, b int32) int {
		switch {
		case y[a] < y[b]:
			return -1
		case y[a] > y[b]:
			return 1
		}
		return 0
	})
	r := make([]int64, n)
	for i := 0; i < n; {
		j := i + 1
		for j < n && y[idx[j]] == y[idx[i]] {
			j++
		}
		for k := i; k < j; k++ {
			r[idx[k]] = int64(i + j + 1) // (i+1 + j) = twice the mean rank
		}
		i = j
	}
	return r
}
