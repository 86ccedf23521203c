package trend

import (
	"fmt"
	"math"
	"math/big"
	"slices"
)

// This file orders the Sen-detrended series d_i = y_i − b·t_i of the
// adjusted Mann–Kendall tests exactly.
//
// Subtracting b·t_i in floating point breaks the exact ties of d (the
// pairs that define the median slope lie on the line) one way or the
// other depending on where t starts, and so moves the Hamed–Rao factor
// and the trend-free prewhitened S. Instead, d_i and d_j (i < j) are
// ordered by the sign of (y_j − y_i) − b·(t_j − t_i), which is the sign
// of q_ij − b, where q_ij is the pair's slope, and both are taken as exact
// rationals of the input floats: b is the exact median of the exact
// slopes, the value rational arithmetic gives.
//
// The float slope f_ij = fl(fl(y_j − y_i)/fl(t_j − t_i)) is within 3
// units in the last place of q_ij (plus an absolute 2⁻¹⁰⁷⁴ on underflow),
// so the float median v of the slope selection is as close to the exact
// median, and only the pairs whose float slope lies within a window of
// ±16 units around v can decide it or tie with it. Those pairs are
// listed (the inversions between the cut orders at the window's ends),
// ranked by their exact slopes with math/big, and the exact median taken
// among them at its rank, which the count below the window fixes. A
// comparison q_ij against b then needs exact arithmetic only for a pair
// inside the window; the others are decided by f_ij.
//
// When more than 8n + 4096 pairs fall in the window (very heavy ties of
// slopes that are equal in floating point but not exactly), listing them
// would cost O(n²): the order then falls back to comparing f_ij with the
// float median, which is exact whenever the differences of the inputs
// are (integers, dyadic fractions) and the two middle slopes agree.

// A detrended is the Sen-detrended series in exact order.
type detrended struct {
	order []int     // indices in ascending order of d, ties adjacent
	group []int     // group[k] > 0: a tie group of that size starts at order[k]
	val   []float64 // d_i − d_0, nearly correctly rounded; equal within a tie group
}

// senWindow is half the width of the window around the float median, in
// units of its magnitude: 16 units in the last place.
const senWindow = 0x1p-49

// detrendSen computes the Sen slope of (t, y) and returns the detrended
// series in exact order.
func detrendSen(t, y []float64) (detrended, error) {
	if err := checkSlopeRange("Sen slope", t, y); err != nil {
		return detrended{}, err
	}
	n := len(y)
	N := int64(n) * int64(n-1) / 2
	m1, m2 := medianRanks(N)
	var sel *slopeSelector
	var v []float64
	if N <= directPairs {
		v = selectRanks(listSlopes(t, y, []int{0, n}, N), []int64{m1, m2})
	} else {
		sel = newSlopeSelector(t, y, []int{0, n})
		var err error
		if v, err = sel.rankValues([]int64{m1, m2}); err != nil {
			return detrended{}, fmt.Errorf("trend: Sen slope: %w: %w", err, ErrUndefined)
		}
	}
	return detrend(t, y, sel, v[0], v[1], (v[0]+v[1])/2), nil
}

// detrend orders d = y − b·t exactly for the Sen slope of (t, y), whose
// float value is bf; v1 and v2 are the float slopes of the two median
// ranks (equal for an odd number of pairs). The values are
// (y_i − y_0) − bf·(t_i − t_0), a constant shift of d that changes neither
// ranks nor autocorrelations, computed in double-double from the exact
// differences: they keep their digits when the values are large and
// their spread small (values near 10¹²), and they do not depend on where
// t starts.
func detrend(t, y []float64, sel *slopeSelector, v1, v2, bf float64) detrended {
	n := len(y)
	cmp := exactDetrendCmp(t, y, sel, v1, v2)
	if cmp == nil {
		cmp = func(i, j int) int { // the fallback described above
			s := (y[j] - y[i]) / (t[j] - t[i])
			switch {
			case s > bf:
				return -1
			case s < bf:
				return 1
			}
			return 0
		}
	}
	order := func(i, j int) int { // the order of d_i and d_j
		switch {
		case i == j:
			return 0
		case i < j:
			return cmp(i, j)
		}
		return -cmp(j, i)
	}
	d := detrended{order: make([]int, n), group: make([]int, n), val: make([]float64, n)}
	for i := range d.order {
		d.order[i] = i
		dy, dt := twoSumDD(y[i], -y[0]), twoSumDD(t[i], -t[0])
		d.val[i] = dy.add(dt.mul(dd{-bf, 0})).hi
	}
	slices.SortStableFunc(d.order, order)
	for k := 0; k < n; {
		m := k + 1
		for m < n && order(d.order[m-1], d.order[m]) == 0 {
			m++
		}
		d.group[k] = m - k
		v := d.val[d.order[k]]
		for _, i := range d.order[k+1 : m] {
			d.val[i] = v
		}
		k = m
	}
	return d
}

// exactDetrendCmp returns the exact comparison of d_i and d_j for i < j
// (−1 when d_i < d_j), or nil when the window holds too many pairs. sel
// is nil for a short series, whose pairs are listed directly.
func exactDetrendCmp(t, y []float64, sel *slopeSelector, v1, v2 float64) func(i, j int) int {
	const tiny = 0x1p-1000
	lo := min(v1-math.Abs(v1)*senWindow, v1+math.Abs(v1)*senWindow) - tiny
	hi := max(v2-math.Abs(v2)*senWindow, v2+math.Abs(v2)*senWindow) + tiny
	n := len(y)
	N := int64(n) * int64(n-1) / 2
	limit := 8*int64(n) + 4096
	var below int64 // pairs whose float slope is ≤ lo
	var pairs [][2]int32
	if sel == nil { // short series: every pair, directly
		for i := range n {
			for j := i + 1; j < n; j++ {
				switch f := (y[j] - y[i]) / (t[j] - t[i]); {
				case f <= lo:
					below++
				case f <= hi:
					pairs = append(pairs, [2]int32{int32(i), int32(j)})
				}
			}
		}
	} else {
		L, H := &slopeCut{w: lo}, &slopeCut{w: hi}
		parallel(2, func(i int) { sel.count([]*slopeCut{L, H}[i]) })
		if H.count-L.count > limit {
			sel.putOrder(L.order)
			sel.putOrder(H.order)
			sel.flush()
			return nil
		}
		below, pairs = L.count, pairsBetween(L.order, H.order)
		sel.putOrder(L.order)
		sel.putOrder(H.order)
		sel.flush()
		if int64(len(pairs)) != H.count-L.count {
			return nil
		}
	}
	m := int64(len(pairs))
	m1, m2 := medianRanks(N)
	k1, k2 := m1-below, m2-below // 1-based ranks within the window
	if m > limit || k1 < 1 || k2 > m {
		return nil
	}
	q := make([]*big.Rat, len(pairs))
	for k, p := range pairs {
		q[k] = exactSlope(t, y, int(p[0]), int(p[1]))
	}
	sorted := slices.Clone(q)
	slices.SortFunc(sorted, (*big.Rat).Cmp)
	b := new(big.Rat).Add(sorted[k1-1], sorted[k2-1])
	b.Quo(b, big.NewRat(2, 1))
	// The order of the pairs in the window, once each: −1 when d_j < d_i.
	sign := make(map[[2]int32]int, len(pairs))
	for k, p := range pairs {
		sign[p] = -q[k].Cmp(b)
	}
	return func(i, j int) int {
		f := (y[j] - y[i]) / (t[j] - t[i])
		switch {
		case f <= lo: // q_ij < b: d_j < d_i
			return 1
		case f > hi:
			return -1
		}
		return sign[[2]int32{int32(i), int32(j)}]
	}
}

// exactSlope returns (y_j − y_i)/(t_j − t_i) as an exact rational.
func exactSlope(t, y []float64, i, j int) *big.Rat {
	var a, b big.Rat
	dy := new(big.Rat).Sub(a.SetFloat64(y[j]), b.SetFloat64(y[i]))
	var c, d big.Rat
	dt := new(big.Rat).Sub(c.SetFloat64(t[j]), d.SetFloat64(t[i]))
	return dy.Quo(dy, dt)
}

// pairsBetween returns the pairs of points that the orders l and h (each a
// permutation of the point indices) place in opposite orders: the pairs
// whose slopes lie between the two cuts. Each pair is given as (i, j) with
// i < j.
func pairsBetween(l, h []int32) [][2]int32 {
	n := len(l)
	pos := make([]int32, n)
	for k, p := range h {
		pos[p] = int32(k)
	}
	type item struct{ pos, idx int32 }
	v := make([]item, n)
	for k, p := range l {
		v[k] = item{pos[p], p}
	}
	buf := make([]item, n)
	var out [][2]int32
	add := func(a, b int32) {
		out = append(out, [2]int32{min(a, b), max(a, b)})
	}
	for width := 1; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid, hi := min(lo+width, n), min(lo+2*width, n)
			i, j, o := lo, mid, lo
			for i < mid && j < hi {
				if v[j].pos < v[i].pos {
					for _, a := range v[i:mid] {
						add(a.idx, v[j].idx)
					}
					buf[o] = v[j]
					j++
				} else {
					buf[o] = v[i]
					i++
				}
				o++
			}
			o += copy(buf[o:], v[i:mid])
			copy(buf[o:], v[j:hi])
		}
		v, buf = buf, v
	}
	return out
}

// ranks returns the 1-based ranks of d, ties sharing the mean of their
// ranks.
func (d detrended) ranks() []float64 {
	r := make([]float64, len(d.order))
	for k := 0; k < len(d.order); k += d.group[k] {
		m := k + d.group[k]
		avg := float64(k+m+1) / 2
		for _, i := range d.order[k:m] {
			r[i] = avg
		}
	}
	return r
}
