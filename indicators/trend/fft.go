package trend

import (
	"math"
	"math/bits"
)

// autocovarianceFFT returns the sums a_k = Σ_{i<n−k} c_i·c_{i+k} for
// k = 0..n−1, by the Wiener–Khinchin theorem: zero-pad c to a power of two
// m ≥ 2n, transform, take |C|², transform back. O(n log n).
func autocovarianceFFT(c []float64) []float64 {
	n := len(c)
	m := 1 << bits.Len(uint(2*n-1))
	z := make([]complex128, m)
	for i, v := range c {
		z[i] = complex(v, 0)
	}
	fft(z, false)
	for i, v := range z {
		re, im := real(v), imag(v)
		z[i] = complex(re*re+im*im, 0)
	}
	fft(z, true)
	out := make([]float64, n)
	for k := range out {
		out[k] = real(z[k]) / float64(m)
	}
	return out
}

// fft transforms z in place (len(z) a power of two) by the iterative
// radix-2 Cooley–Tukey algorithm; inverse selects the conjugate transform,
// unscaled.
func fft(z []complex128, inverse bool) {
	n := len(z)
	shift := 64 - bits.Len(uint(n-1))
	if n <= 1 {
		return
	}
	for i := range z {
		j := int(bits.Reverse64(uint64(i)) >> shift)
		if i < j {
			z[i], z[j] = z[j], z[i]
		}
	}
	sign := -1.0
	if inverse {
		sign = 1
	}
	for size := 2; size <= n; size <<= 1 {
		half := size >> 1
		theta := sign * 2 * math.Pi / float64(size)
		// Twiddles computed directly (not by repeated multiplication) to
		// keep their rounding error at one ulp.
		for k := 0; k < half; k++ {
			s, c := math.Sincos(theta * float64(k))
			w := complex(c, s)
			for start := 0; start < n; start += size {
				a := z[start+k]
				b := w * z[start+k+half]
				z[start+k] = a + b
				z[start+k+half] = a - b
			}
		}
	}
}
