package trend

import (
	"math"
	"slices"
)

// This file holds the sorting kernels of the trend statistics: counting
// inversions by merge sort (Knight 1966) and selecting an order statistic.

// discordant sorts a ascending, using buf (len(buf) ≥ len(a)) as scratch,
// and returns the number of strictly discordant pairs of the original
// order: #{i < j : a[j] < a[i]}. Equal values are not counted. It runs in
// O(n log n) time.
func discordant(a, buf []float64) int64 {
	n := len(a)
	const run = 24
	var count int64
	// Insertion sort runs, counting the shifts: each shift is one pair
	// with a[j] < a[i], i < j.
	for lo := 0; lo < n; lo += run {
		hi := min(lo+run, n)
		for i := lo + 1; i < hi; i++ {
			v := a[i]
			j := i
			for j > lo && a[j-1] > v {
				a[j] = a[j-1]
				j--
			}
			a[j] = v
			count += int64(i - j)
		}
	}
	src, dst := a, buf[:n]
	for width := run; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid := min(lo+width, n)
			hi := min(lo+2*width, n)
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				if src[j] < src[i] {
					dst[k] = src[j]
					count += int64(mid - i)
					j++
				} else {
					dst[k] = src[i]
					i++
				}
				k++
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:hi])
		}
		src, dst = dst, src
	}
	if &src[0] != &a[0] {
		copy(a, src)
	}
	return count
}

// tieStats summarises the tie groups of sorted values: the number of tied
// pairs Σ t(t−1)/2 and the variance term Σ t(t−1)(2t+5), over groups of
// size t ≥ 2.
func tieStats(sorted []float64) (pairs int64, varTerm float64) {
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && sorted[j] == sorted[i] {
			j++
		}
		if t := int64(j - i); t > 1 {
			pairs += t * (t - 1) / 2
			ft := float64(t)
			varTerm += ft * (ft - 1) * (2*ft + 5)
		}
		i = j
	}
	return pairs, varTerm
}

// selectKth reorders v so that v[k] is the value of rank k (0-based) in
// ascending order, every element before it is ≤ v[k] and every element
// after it is ≥ v[k]; it returns v[k]. Quickselect with Hoare partitioning
// around a median-of-three pivot: expected O(len(v)) time. It falls back
// to sorting after too many rounds, so the worst case is O(n log n).
func selectKth(v []float64, k int) float64 {
	lo, hi := 0, len(v)-1
	for budget := 64; hi-lo > 24; budget-- {
		if budget == 0 {
			slices.Sort(v[lo : hi+1])
			return v[k]
		}
		mid := int(uint(lo+hi) >> 1)
		if v[mid] < v[lo] {
			v[mid], v[lo] = v[lo], v[mid]
		}
		if v[hi] < v[lo] {
			v[hi], v[lo] = v[lo], v[hi]
		}
		if v[hi] < v[mid] {
			v[hi], v[mid] = v[mid], v[hi]
		}
		p := v[mid]
		i, j := lo, hi
		for i <= j {
			for v[i] < p {
				i++
			}
			for v[j] > p {
				j--
			}
			if i <= j {
				v[i], v[j] = v[j], v[i]
				i++
				j--
			}
		}
		// Now v[lo..j] ≤ p ≤ v[i..hi], and v[j+1..i-1] == p.
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return v[k]
		}
	}
	// Insertion sort of the short remainder.
	for i := lo + 1; i <= hi; i++ {
		x := v[i]
		j := i
		for j > lo && v[j-1] > x {
			v[j] = v[j-1]
			j--
		}
		v[j] = x
	}
	return v[k]
}

// sortFloats sorts finite values ascending by an LSD radix sort on their
// order-preserving bit patterns (11-bit digits, 6 passes): O(n) time, n
// words of scratch. Small inputs use slices.Sort.
func sortFloats(v []float64) {
	n := len(v)
	if n < 512 {
		slices.Sort(v)
		return
	}
	key := func(f float64) uint64 { // order-preserving map of the IEEE bits
		b := math.Float64bits(f)
		if b>>63 != 0 {
			return ^b
		}
		return b | 1<<63
	}
	a := make([]uint64, n)
	b := make([]uint64, n)
	for i, f := range v {
		a[i] = key(f)
	}
	var count [2048]int
	for shift := uint(0); shift < 64; shift += 11 {
		clear(count[:])
		for _, k := range a {
			count[(k>>shift)&2047]++
		}
		if count[(a[0]>>shift)&2047] == n {
			continue // every key has the same digit
		}
		sum := 0
		for i, c := range count {
			count[i], sum = sum, sum+c
		}
		for _, k := range a {
			d := (k >> shift) & 2047
			b[count[d]] = k
			count[d]++
		}
		a, b = b, a
	}
	for i, k := range a {
		if k>>63 != 0 {
			k &^= 1 << 63
		} else {
			k = ^k
		}
		v[i] = math.Float64frombits(k)
	}
}
