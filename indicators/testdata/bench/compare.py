#!/usr/bin/python3
"""Time scipy's kendalltau and theilslopes on the benchmark input.

The input is a Gaussian random walk at times 0..n-1 (the Go benchmarks use
the same kind of series; the statistics' cost does not depend on the
values). Prints one line per (function, n): seconds per call, the best of
several runs, each with a fresh copy of the input.

    /usr/bin/python3 compare.py 1000 10000
"""
import sys
import time

import numpy as np
from scipy import stats


def best(f, reps):
    out = []
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        out.append(time.perf_counter() - t0)
    return min(out)


for arg in sys.argv[1:]:
    n = int(arg)
    rng = np.random.default_rng(42)
    t = np.arange(n, dtype=float)
    y = np.cumsum(rng.normal(size=n))
    reps = 5 if n <= 10000 else 3
    print("scipy kendalltau n=%d %.6f s" % (n, best(lambda: stats.kendalltau(t, y), reps)))
    if n <= 10000:
        r = 1 if n >= 10000 else 3
        print("scipy theilslopes n=%d %.6f s" % (n, best(lambda: stats.theilslopes(y, t, alpha=0.95), r)))
    sys.stdout.flush()
