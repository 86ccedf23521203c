package trend

import (
	"math"
	"math/big"
	"slices"
)

// Independent references written from the documented formulas: naive
// O(n²) loops, and rational arithmetic (math/big) where rounding would
// decide the answer.

// naiveVarS is Var(S) with the tie correction, by counting tie groups
// with a map.
func naiveVarS(y []float64) float64 {
	counts := map[float64]int{}
	for _, v := range y {
		counts[v+0]++ // −0 and +0 are one value
	}
	n := float64(len(y))
	v := n * (n - 1) * (2*n + 5)
	for _, c := range counts {
		g := float64(c)
		v -= g * (g - 1) * (2*g + 5)
	}
	return v / 18
}

// rat returns x as an exact rational.
func rat(x float64) *big.Rat { return new(big.Rat).SetFloat64(x) }

// naiveHamedRao returns the Hamed–Rao factor n/n* computed literally in
// rational arithmetic: exact slopes, their exact median b, d = y − b·t,
// average ranks of d, the biased autocorrelations of the ranks, the
// significant ones (ρ_k² > z²/n, z the float normal quantile) summed with
// the weights (n−k)(n−k−1)(n−k−2).
func naiveHamedRao(t, y []float64, lags int, alpha float64) float64 {
	n := len(y)
	var slopes []*big.Rat
	for i := range n {
		for j := i + 1; j < n; j++ {
			q := new(big.Rat).Sub(rat(y[j]), rat(y[i]))
			slopes = append(slopes, q.Quo(q, new(big.Rat).Sub(rat(t[j]), rat(t[i]))))
		}
	}
	slices.SortFunc(slopes, (*big.Rat).Cmp)
	N := len(slopes)
	b := new(big.Rat).Add(slopes[(N-1)/2], slopes[N/2])
	b.Quo(b, big.NewRat(2, 1))
	d := make([]*big.Rat, n)
	for i := range d {
		d[i] = new(big.Rat).Sub(rat(y[i]), new(big.Rat).Mul(b, rat(t[i])))
	}
	// average ranks, as multiples of 1/2
	r := make([]*big.Rat, n)
	for i := range n {
		less, equal := 0, 0
		for j := range n {
			switch d[j].Cmp(d[i]) {
			case -1:
				less++
			case 0:
				equal++
			}
		}
		r[i] = big.NewRat(int64(2*less+equal+1), 2)
	}
	mean := new(big.Rat)
	for _, v := range r {
		mean.Add(mean, v)
	}
	mean.Quo(mean, big.NewRat(int64(n), 1))
	c := make([]*big.Rat, n)
	c0 := new(big.Rat)
	for i, v := range r {
		c[i] = new(big.Rat).Sub(v, mean)
		c0.Add(c0, new(big.Rat).Mul(c[i], c[i]))
	}
	L := n - 1
	if lags > 0 && lags < L {
		L = lags
	}
	z := math.Sqrt2 * math.Erfcinv(alpha)
	z2n := new(big.Rat).Mul(rat(z), rat(z))
	z2n.Quo(z2n, big.NewRat(int64(n), 1))
	sum := new(big.Rat)
	for k := 1; k <= L && c0.Sign() != 0; k++ {
		ck := new(big.Rat)
		for i := 0; i+k < n; i++ {
			ck.Add(ck, new(big.Rat).Mul(c[i], c[i+k]))
		}
		rho := ck.Quo(ck, c0)
		if new(big.Rat).Mul(rho, rho).Cmp(z2n) > 0 {
			m := int64(n - k)
			sum.Add(sum, new(big.Rat).Mul(rho, big.NewRat(m*(m-1)*(m-2), 1)))
		}
	}
	f := sum.Mul(sum, big.NewRat(2, int64(n*(n-1)*(n-2))))
	f.Add(f, big.NewRat(1, 1))
	v, _ := f.Float64()
	return v
}

// naiveSeasonal computes the seasonal Kendall S, its variance and the
// seasonal Sen slope literally: slots ⌊period·t + 10⁻⁶⌋, pairs within a
// season, slopes per cycle, the median of the float slopes.
func naiveSeasonal(t, y []float64, period int) (S int64, varS, slope float64, pairs int) {
	p := float64(period)
	slot := make([]int, len(t))
	for i, v := range t {
		slot[i] = int(math.Floor(v*p + 1e-6))
	}
	mod := func(a int) int { return ((a % period) + period) % period }
	var v []float64
	seasons := map[int][]float64{}
	for i := range y {
		seasons[mod(slot[i])] = append(seasons[mod(slot[i])], y[i])
		for j := i + 1; j < len(y); j++ {
			if mod(slot[i]) == mod(slot[j]) {
				ci := math.Floor(float64(slot[i]) / p)
				cj := math.Floor(float64(slot[j]) / p)
				v = append(v, (y[j]-y[i])/(cj-ci))
			}
		}
	}
	for _, ys := range seasons {
		S += naiveS(ys)
		varS += naiveVarS(ys)
	}
	if len(v) > 0 {
		slices.Sort(v)
		slope = (v[(len(v)-1)/2] + v[len(v)/2]) / 2
	}
	return S, varS, slope, len(v)
}

// naiveOLS returns the least-squares slope, intercept and R² in rational
// arithmetic on the exact input values.
func naiveOLS(t, y []float64) (slope, intercept, r2 float64) {
	n := big.NewRat(int64(len(y)), 1)
	tm, ym := new(big.Rat), new(big.Rat)
	for i := range t {
		tm.Add(tm, rat(t[i]))
		ym.Add(ym, rat(y[i]))
	}
	tm.Quo(tm, n)
	ym.Quo(ym, n)
	sxx, sxy, syy := new(big.Rat), new(big.Rat), new(big.Rat)
	for i := range t {
		dt := new(big.Rat).Sub(rat(t[i]), tm)
		dy := new(big.Rat).Sub(rat(y[i]), ym)
		sxx.Add(sxx, new(big.Rat).Mul(dt, dt))
		sxy.Add(sxy, new(big.Rat).Mul(dt, dy))
		syy.Add(syy, new(big.Rat).Mul(dy, dy))
	}
	b := new(big.Rat).Quo(sxy, sxx)
	a := new(big.Rat).Sub(ym, new(big.Rat).Mul(b, tm))
	slope, _ = b.Float64()
	intercept, _ = a.Float64()
	if syy.Sign() != 0 {
		r2, _ = new(big.Rat).Quo(new(big.Rat).Mul(sxy, sxy), new(big.Rat).Mul(sxx, syy)).Float64()
	}
	return slope, intercept, r2
}
