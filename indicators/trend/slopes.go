package trend

import (
	"errors"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
)

// This file selects order statistics of pairwise slopes in O(n log n)
// expected time and O(n) memory, by randomized interval shrinking
// (Matoušek 1991; Dillencourt, Mount & Netanyahu 1992).
//
// The slopes are (y_j − y_i)/(x_j − x_i) over the pairs i < j of each
// segment (one segment for Theil–Sen, one per season for the seasonal Sen
// slope); x increases strictly within a segment. A cut at a float w
// stands for the pairs whose slope, as a float, is ≤ w: those whose real
// slope is at most the midpoint m between w and the next float (rounding
// to nearest is monotone). They are the inversions of the points ordered
// by u = y − m·x, counted by merge sort, with u carried in double-double
// precision (m itself is w plus half a gap, a power of two). Between two
// cuts L < H, the pairs whose order flips are exactly those with slopes in
// (L, H]: they can be sampled or, once few, listed. Cuts at adjacent
// floats enclose the pairs of one slope value, so heavy ties end the
// search at once. Slope values are the float quotients
// fl(fl(y_j − y_i)/fl(x_j − x_i)), as numpy and R compute them; when the
// differences of the inputs are exact (integers, dyadic fractions, values
// of one binade) the selection is exact, otherwise it can differ from the
// reference by an ulp where slopes tie to within rounding.
//
// The two cuts of a round are counted concurrently, and so are the
// targets once their intervals separate. Every subproblem draws from its
// own generator with a fixed seed, so results do not depend on
// scheduling; they are exact order statistics in any case.

var errNoConvergence = errors.New("slope selection did not converge")

// A slopeCut counts the pairs whose slope is ≤ w. Cuts at ±Inf count
// none or all.
type slopeCut struct {
	w     float64
	count int64   // pairs counted
	order []int32 // point indices in cut order, per segment
}

// before reports whether cut a lies before cut b.
func (a *slopeCut) before(b *slopeCut) bool { return a.w < b.w }

// A slopeSelector holds the points, which are not modified after
// creation, so its methods may run concurrently; it also tracks the cut
// orders handed out during a selection.
type slopeSelector struct {
	x, y  []float64
	xy    []struct{ x, y float64 } // the points packed, for random access
	seg   []int                    // segment s is [seg[s], seg[s+1])
	cum   []int64                  // cum[s]: pairs in segments before s; cum[len] = total
	total int64

	mu     sync.Mutex
	orders [][]int32 // cut orders handed out, returned to orderPool at the end

	first []float64 // the uniform sample of the first round, once drawn
}

// prefetch draws the uniform sample of the first round, from a generator
// with a fixed seed, when there are enough slopes to need it.
func (s *slopeSelector) prefetch() {
	if s.total > s.enumLimit() {
		s.first = s.uniformSample(rand.New(rand.NewPCG(uint64(len(s.x)), 0x5e11)), s.sampleSize())
	}
}

func newSlopeSelector(x, y []float64, seg []int) *slopeSelector {
	s := &slopeSelector{x: x, y: y, seg: seg, cum: make([]int64, len(seg))}
	s.xy = make([]struct{ x, y float64 }, len(x))
	for i := range x {
		s.xy[i].x, s.xy[i].y = x[i], y[i]
	}
	for i := 0; i+1 < len(seg); i++ {
		m := int64(seg[i+1] - seg[i])
		s.cum[i+1] = s.cum[i] + m*(m-1)/2
	}
	s.total = s.cum[len(seg)-1]
	return s
}

// sampleSize is the number of slopes sampled in each round.
func (s *slopeSelector) sampleSize() int { return len(s.x) + 64 }

// enumLimit is the number of slopes listed explicitly at the end.
func (s *slopeSelector) enumLimit() int64 { return 8*int64(len(s.x)) + 4096 }

// rankValues returns the slopes of the given 1-based ranks (ascending,
// within [1, total]).
func (s *slopeSelector) rankValues(ranks []int64) ([]float64, error) {
	out := make([]float64, len(ranks))
	if s.total <= s.enumLimit() {
		all := s.listAll()
		for i, k := range ranks {
			out[i] = selectKth(all, int(k-1))
		}
		return out, nil
	}
	targets := make([]int, len(ranks))
	for i := range targets {
		targets[i] = i
	}
	err := s.solve(ranks, targets, out, s.infCut(false), s.infCut(true), 0)
	for _, o := range s.orders { // every cut is done with
		orderPool.Put(&o)
	}
	s.orders = nil
	return out, err
}

// solve finds the slopes of ranks[targets] (ascending), all known to lie
// in (L, H], and stores them in out. Each round samples slopes of the
// interval, places cuts 2.5 standard errors either side of each
// target's sample quantile, groups the targets whose cuts overlap, counts
// each group's cuts, and recurses on the narrower intervals. Once an
// interval holds few slopes they are listed and selected.
func (s *slopeSelector) solve(ranks []int64, targets []int, out []float64, L, H *slopeCut, depth int) error {
	if depth > 60 {
		return errNoConvergence
	}
	m := H.count - L.count
	if !math.IsInf(L.w, 0) && H.w == math.Nextafter(L.w, math.Inf(1)) {
		for _, t := range targets { // every slope in (L, H] equals H.w
			out[t] = H.w
		}
		return nil
	}
	if m <= s.enumLimit() {
		v := s.listBetween(L, H)
		defer putFloats(v)
		for _, t := range targets {
			if len(v) == 0 { // only after rounding trouble at the cuts
				out[t] = H.w
				continue
			}
			out[t] = selectKth(v, min(max(int(ranks[t]-L.count-1), 0), len(v)-1))
		}
		return nil
	}
	rng := rand.New(rand.NewPCG(uint64(len(s.x)), uint64(ranks[targets[0]])<<8|uint64(depth)))
	var sample []float64
	switch {
	case depth == 0 && s.first != nil: // drawn by prefetch
		sample, s.first = s.first, nil
	case math.IsInf(L.w, -1) && math.IsInf(H.w, 1):
		sample = s.uniformSample(rng, s.sampleSize())
	default:
		sample = s.sampleBetween(rng, L, H, s.sampleSize())
	}
	defer putFloats(sample)
	if len(sample) == 0 {
		return errNoConvergence
	}
	ms := float64(len(sample))
	// Sample positions bracketing each target, grouped where they overlap.
	type group struct {
		lo, hi, first, last int
		l, h                *slopeCut
	}
	var groups []*group
	for i, t := range targets {
		f := float64(ranks[t]-L.count) / float64(m)
		d := 2.5*math.Sqrt(ms*f*(1-f)) + 2
		lo, hi := int(math.Floor(f*ms-d)), int(math.Ceil(f*ms+d))
		if g := len(groups) - 1; g >= 0 && lo <= groups[g].hi {
			groups[g].hi, groups[g].last = max(groups[g].hi, hi), i
			continue
		}
		groups = append(groups, &group{lo: lo, hi: hi, first: i, last: i})
	}
	// The sample values at the bracket positions, by selection.
	for _, g := range groups {
		g.l, g.h = L, H
		if g.lo >= 0 && g.lo < len(sample) {
			c := &slopeCut{w: math.Nextafter(selectKth(sample, g.lo), math.Inf(-1))} // slopes < sample[lo]
			if L.before(c) && c.before(H) {
				g.l = c
			}
		}
		if g.hi >= 0 && g.hi < len(sample) {
			c := &slopeCut{w: selectKth(sample, g.hi)}
			if L.before(c) && c.before(H) {
				g.h = c
			}
		}
	}
	// Each group counts its cuts and recurses; the groups run
	// concurrently, so that both cores stay busy through the counts and
	// the final listings.
	errs := make([]error, len(groups))
	parallel(len(groups), func(i int) {
		g := groups[i]
		kmin, kmax := ranks[targets[g.first]], ranks[targets[g.last]]
		l, h := L, H
		var mine []*slopeCut
		for _, c := range []*slopeCut{g.l, g.h} {
			if c != L && c != H {
				mine = append(mine, c)
			}
		}
		parallel(len(mine), func(i int) { s.count(mine[i]) })
		for _, c := range mine {
			switch {
			case c.count < kmin:
				if l.before(c) {
					l = c
				}
			case c.count >= kmax:
				if c.before(h) {
					h = c
				}
			}
		}
		errs[i] = s.solve(ranks, targets[g.first:g.last+1], out, l, h, depth+1)
	})
	return errors.Join(errs...)
}

// heavy limits the O(n log n) passes running at once to the number of
// processors, which bounds the buffers alive at once (memory stays a
// small multiple of n) without idling a core. Tokens are taken only
// around leaf work, never while waiting for other goroutines.
var heavy = make(chan struct{}, max(1, runtime.GOMAXPROCS(0)))

// parallel runs f(0..n−1) concurrently (n is small: a few cuts or
// target groups) and waits for them.
func parallel(n int, f func(i int)) {
	if n == 1 {
		f(0)
		return
	}
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { f(i) })
	}
	wg.Wait()
}

// listAll returns every slope.
func (s *slopeSelector) listAll() []float64 {
	all := make([]float64, 0, s.total)
	for g := 0; g+1 < len(s.seg); g++ {
		for i := s.seg[g]; i < s.seg[g+1]; i++ {
			for j := i + 1; j < s.seg[g+1]; j++ {
				all = append(all, (s.y[j]-s.y[i])/(s.x[j]-s.x[i]))
			}
		}
	}
	return all
}

// uniformSample returns the slopes of m pairs drawn uniformly (with
// replacement) from all pairs.
func (s *slopeSelector) uniformSample(rng *rand.Rand, m int) []float64 {
	out := getFloats(m)[:m]
	for k := range out {
		tau := rng.Int64N(s.total)
		g, _ := slices.BinarySearch(s.cum, tau+1) // first g with cum[g] > tau
		a, size := s.seg[g-1], s.seg[g]-s.seg[g-1]
		i := a + rng.IntN(size)
		j := a + rng.IntN(size-1)
		if j >= i {
			j++
		}
		pi, pj := s.xy[i], s.xy[j]
		out[k] = (pj.y - pi.y) / (pj.x - pi.x)
	}
	return out
}

// infCut returns the cut at +Inf (all pairs) or −Inf (none).
func (s *slopeSelector) infCut(plus bool) *slopeCut {
	n := len(s.x)
	c := &slopeCut{w: math.Inf(-1), order: s.getOrder(n)}
	if plus {
		c.w, c.count = math.Inf(1), s.total
	}
	for g := 0; g+1 < len(s.seg); g++ {
		a, b := s.seg[g], s.seg[g+1]
		for i := a; i < b; i++ {
			if plus {
				c.order[i] = int32(a + b - 1 - i)
			} else {
				c.order[i] = int32(i)
			}
		}
	}
	return c
}

// A keyed is a point index with the high part of its key u.
type keyed struct {
	hi  float64
	idx int32
}

// count sorts the points by the cut's order within each segment and
// counts the pairs with slope ≤ w: the inversions of that order.
func (s *slopeSelector) count(c *slopeCut) {
	heavy <- struct{}{}
	defer func() { <-heavy }()
	n := len(s.x)
	sc := getScratch(n)
	defer scratchPool.Put(sc)
	v, buf, lo := sc.v, sc.buf, sc.lo
	// The threshold m = w + d, the midpoint between w and the next float;
	// d is half a gap, a power of two, so d·x is exact.
	w := c.w
	d := (math.Nextafter(w, math.Inf(1)) - w) / 2
	// u_i = y_i − w·x_i − d·x_i in double-double: high parts in v, low
	// parts in lo.
	for i := range n {
		x := s.x[i]
		p := w * x
		e := math.FMA(w, x, -p) // w·x = p + e exactly
		y := s.y[i]
		h := y - p // TwoSum(y, −p)
		bb := h - y
		t := (y - (h - bb)) + (-p - bb)
		dx := d * x
		h2 := h - dx // TwoSum(h, −dx)
		bb = h2 - h
		t2 := (h - (h2 - bb)) + (-dx - bb)
		l := (t - e) + t2
		hh := h2 + l // normalise with TwoSum
		bb = hh - h2
		v[i] = keyed{hh, int32(i)}
		lo[i] = (h2 - (hh - bb)) + (l - bb)
	}
	var total int64
	for g := 0; g+1 < len(s.seg); g++ {
		a, b := s.seg[g], s.seg[g+1]
		total += mergeCountKeys(v[a:b], buf[a:b], lo)
	}
	c.order = s.getOrder(n)
	for i, k := range v {
		c.order[i] = k.idx
	}
	c.count = total
}

// orderPool recycles the orders of cuts; a selector returns them when a
// selection ends.
var orderPool sync.Pool

func (s *slopeSelector) getOrder(n int) []int32 {
	var o []int32
	if p, ok := orderPool.Get().(*[]int32); ok && cap(*p) >= n {
		o = (*p)[:n]
	} else {
		o = make([]int32, n)
	}
	s.mu.Lock()
	s.orders = append(s.orders, o)
	s.mu.Unlock()
	return o
}

// floatPool recycles the slices of sampled and listed slopes.
var floatPool sync.Pool

// getFloats returns an empty slice with capacity at least c.
func getFloats(c int) []float64 {
	if p, ok := floatPool.Get().(*[]float64); ok && cap(*p) >= c {
		return (*p)[:0]
	}
	return make([]float64, 0, c)
}

func putFloats(v []float64) { floatPool.Put(&v) }

// countScratch holds the buffers of one count, reused through a pool.
type countScratch struct {
	v, buf []keyed
	lo     []float64
}

var scratchPool sync.Pool

func getScratch(n int) *countScratch {
	if sc, ok := scratchPool.Get().(*countScratch); ok && cap(sc.v) >= n {
		sc.v, sc.buf, sc.lo = sc.v[:n], sc.buf[:n], sc.lo[:n]
		return sc
	}
	return &countScratch{make([]keyed, n), make([]keyed, n), make([]float64, n)}
}

// keyLess reports whether point a comes before point b in a cut order:
// smaller u first; for equal u (a slope exactly at the threshold), the
// later point first, so that the pair counts as ≤.
func keyLess(a, b keyed, lo []float64) bool {
	if a.hi != b.hi {
		return a.hi < b.hi
	}
	if la, lb := lo[a.idx], lo[b.idx]; la != lb {
		return la < lb
	}
	return a.idx > b.idx
}

// mergeCountKeys sorts v by keyLess, using buf as scratch, and returns the
// number of inversions: pairs that keyLess puts in the opposite order to
// their order in v.
func mergeCountKeys(v, buf []keyed, lo []float64) int64 {
	n := len(v)
	const run = 16
	var count int64
	for a := 0; a < n; a += run {
		b := min(a+run, n)
		for i := a + 1; i < b; i++ {
			x := v[i]
			j := i
			for j > a && keyLess(x, v[j-1], lo) {
				v[j] = v[j-1]
				j--
			}
			v[j] = x
			count += int64(i - j)
		}
	}
	src, dst := v, buf[:n]
	for width := run; width < n; width *= 2 {
		for a := 0; a < n; a += 2 * width {
			mid := min(a+width, n)
			b := min(a+2*width, n)
			i, j, k := a, mid, a
			for i < mid && j < b {
				l, r := src[i], src[j]
				takeR := r.hi < l.hi
				if r.hi == l.hi {
					takeR = keyLess(r, l, lo)
				}
				c := 0
				if takeR {
					c = 1
				}
				dst[k] = src[i+c*(j-i)]
				count += int64(c * (mid - i))
				j += c
				i += 1 - c
				k++
			}
			k += copy(dst[k:], src[i:mid])
			copy(dst[k:], src[j:b])
		}
		src, dst = dst, src
	}
	if n > 0 && &src[0] != &v[0] {
		copy(v, src)
	}
	return count
}

// A point carries a point's position in a cut order with its
// coordinates, so that listing slopes reads memory sequentially.
type point struct {
	pos  int32
	x, y float64
}

// flipPoints returns the points in L's order, each with its position in
// H's order, and a scratch slice of the same length, in a flipScratch.
// The caller puts the result back into flipPool.
func (s *slopeSelector) flipPoints(L, H *slopeCut) *flipScratch {
	n := len(s.x)
	fs, ok := flipPool.Get().(*flipScratch)
	if !ok || cap(fs.pts) < n {
		fs = &flipScratch{make([]point, n), make([]point, n), make([]int32, n)}
	}
	fs.pts, fs.buf, fs.inv = fs.pts[:n], fs.buf[:n], fs.inv[:n]
	for k, p := range H.order {
		fs.inv[p] = int32(k)
	}
	for k, i := range L.order {
		fs.pts[k] = point{fs.inv[i], s.xy[i].x, s.xy[i].y}
	}
	return fs
}

// flipScratch holds the buffers of a listing or sampling pass, reused
// through a pool.
type flipScratch struct {
	pts, buf []point
	inv      []int32
}

var flipPool sync.Pool

// listBetween returns the slopes of the pairs in (L, H]: the inversions of
// the points in L's order with respect to H's order.
func (s *slopeSelector) listBetween(L, H *slopeCut) []float64 {
	fs := s.flipPoints(L, H)
	defer flipPool.Put(fs)
	pts, buf := fs.pts, fs.buf
	out := getFloats(int(max(H.count-L.count, 0)))
	for g := 0; g+1 < len(s.seg); g++ {
		v, b := pts[s.seg[g]:s.seg[g+1]], buf[s.seg[g]:s.seg[g+1]]
		if len(v) < 1<<13 {
			heavy <- struct{}{}
			_, out = listInversions(v, b, out)
			<-heavy
			continue
		}
		// Large segment: the two halves concurrently, then their merge
		// (into the slice that does not hold left, as in sampleBetween).
		h := len(v) / 2
		var left, right []point
		var o2 []float64
		parallel(2, func(i int) {
			heavy <- struct{}{}
			defer func() { <-heavy }()
			if i == 0 {
				left, out = listInversions(v[:h], b[:h], out)
			} else {
				right, o2 = listInversions(v[h:], b[h:], getFloats(0))
			}
		})
		out = append(out, o2...)
		putFloats(o2)
		dst := b
		if &left[0] == &b[0] {
			dst = v
		}
		heavy <- struct{}{}
		out = mergeList(left, right, dst, out)
		<-heavy
	}
	return out
}

// listInversions sorts v by pos with a merge sort (buf as scratch) and
// appends to out the slope of every pair that it inverts; it returns the
// sorted slice (v or buf) and out. The slope of a pair does not depend on
// which point comes first: fl(a − b) = −fl(b − a).
func listInversions(v, buf []point, out []float64) ([]point, []float64) {
	n := len(v)
	const run = 16
	for a := 0; a < n; a += run { // insertion sort of short runs
		b := min(a+run, n)
		for i := a + 1; i < b; i++ {
			r := v[i]
			j := i
			for ; j > a && r.pos < v[j-1].pos; j-- {
				l := v[j-1]
				out = append(out, (r.y-l.y)/(r.x-l.x))
				v[j] = l
			}
			v[j] = r
		}
	}
	src, dst := v, buf[:n]
	for width := run; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid := min(lo+width, n)
			hi := min(lo+2*width, n)
			out = mergeList(src[lo:mid], src[mid:hi], dst[lo:hi], out)
		}
		src, dst = dst, src
	}
	return src, out
}

// mergeList merges the sorted runs a and b into dst, appending to out the
// slopes of the inversions between them.
func mergeList(a, b, dst []point, out []float64) []float64 {
	i, j, o := 0, 0, 0
	for i < len(a) && j < len(b) {
		if r := b[j]; r.pos < a[i].pos {
			for _, l := range a[i:] {
				out = append(out, (r.y-l.y)/(r.x-l.x))
			}
			dst[o] = r
			j++
		} else {
			dst[o] = a[i]
			i++
		}
		o++
	}
	o += copy(dst[o:], a[i:])
	copy(dst[o:], b[j:])
	return out
}

// sampleBetween returns the slopes of about m pairs sampled from those in
// (L, H], each included independently with probability m/M (M the number
// of pairs in the interval). The pairs are the inversions of the points
// in L's order with respect to H's order; a merge sort meets them in
// blocks (when a point is taken from the right half, it inverts with
// every point left in the left half), and geometric skips over the
// running count pick the sampled ones, each found in O(1) (Dillencourt,
// Mount & Netanyahu 1992 sample inversions with a Fenwick tree instead).
func (s *slopeSelector) sampleBetween(rng *rand.Rand, L, H *slopeCut, m int) []float64 {
	p := min(1, float64(m)/float64(H.count-L.count))
	fs := s.flipPoints(L, H)
	defer flipPool.Put(fs)
	out := getFloats(m + m/8)
	for g := 0; g+1 < len(s.seg); g++ {
		v, b := fs.pts[s.seg[g]:s.seg[g+1]], fs.buf[s.seg[g]:s.seg[g+1]]
		n := len(v)
		if n < 1<<13 {
			k := newSkipper(rng, p)
			heavy <- struct{}{}
			_, out = sortSample(v, b, k, out)
			<-heavy
			continue
		}
		// Large segment: the two halves concurrently, then their merge.
		// Each part has its own stream of skips, so the sample is still
		// Bernoulli(p) over all inversions.
		h := n / 2
		k1, k2, k3 := newSkipper(rand.New(rand.NewPCG(rng.Uint64(), 1)), p),
			newSkipper(rand.New(rand.NewPCG(rng.Uint64(), 2)), p), newSkipper(rng, p)
		var left, right []point
		var o1, o2 []float64
		parallel(2, func(i int) {
			heavy <- struct{}{}
			defer func() { <-heavy }()
			if i == 0 {
				left, o1 = sortSample(v[:h], b[:h], k1, getFloats(0))
			} else {
				right, o2 = sortSample(v[h:], b[h:], k2, getFloats(0))
			}
		})
		out = append(append(out, o1...), o2...)
		putFloats(o1)
		putFloats(o2)
		// Merge into whichever of v and b does not hold left. If right
		// lies there too, the merge still never overwrites an unread point
		// of right: it writes at index i+j ≤ h+j, where right's next point is.
		dst := b
		if &left[0] == &b[0] {
			dst = v
		}
		out = mergeSample(left, right, dst, k3, out)
	}
	return out
}

// A skipper draws the gaps of a Bernoulli(p) sample over a sequence of
// inversions: next is the index of the next sampled one, cum the number
// seen so far.
type skipper struct {
	rng       *rand.Rand
	p, logq   float64
	next, cum int64
}

func newSkipper(rng *rand.Rand, p float64) *skipper {
	k := &skipper{rng: rng, p: p, logq: math.Log1p(-p)}
	k.next = k.skip()
	return k
}

// skip returns the number of failures before the next success.
func (k *skipper) skip() int64 {
	if k.p >= 1 {
		return 0
	}
	return int64(math.Log(1-k.rng.Float64()) / k.logq)
}

// sortSample sorts v by pos with a merge sort (buf as scratch), appending
// to out the slopes of the sampled inversions, and returns the sorted
// slice (v or buf) and out.
func sortSample(v, b []point, k *skipper, out []float64) ([]point, []float64) {
	n := len(v)
	const run = 16
	for a := 0; a < n; a += run { // insertion sort of short runs
		e := min(a+run, n)
		for i := a + 1; i < e; i++ {
			r := v[i]
			j := i
			for ; j > a && r.pos < v[j-1].pos; j-- {
				l := v[j-1]
				if k.next == k.cum {
					out = append(out, (r.y-l.y)/(r.x-l.x))
					k.next += 1 + k.skip()
				}
				k.cum++
				v[j] = l
			}
			v[j] = r
		}
	}
	src, dst := v, b
	for width := run; width < n; width *= 2 {
		for lo := 0; lo < n; lo += 2 * width {
			mid := min(lo+width, n)
			hi := min(lo+2*width, n)
			out = mergeSample(src[lo:mid], src[mid:hi], dst[lo:hi], k, out)
		}
		src, dst = dst, src
	}
	return src, out
}

// mergeSample merges the sorted runs a and b into dst, appending to out
// the slopes of the sampled inversions between them: when a point of b
// is taken, it inverts with every point left in a.
func mergeSample(a, b, dst []point, k *skipper, out []float64) []float64 {
	i, j, o := 0, 0, 0
	for i < len(a) && j < len(b) {
		if r := b[j]; r.pos < a[i].pos {
			cnt := int64(len(a) - i)
			for k.next < k.cum+cnt {
				l := a[i+int(k.next-k.cum)]
				out = append(out, (r.y-l.y)/(r.x-l.x))
				k.next += 1 + k.skip()
			}
			k.cum += cnt
			dst[o] = r
			j++
		} else {
			dst[o] = a[i]
			i++
		}
		o++
	}
	o += copy(dst[o:], a[i:])
	copy(dst[o:], b[j:])
	return out
}
