#!/usr/bin/python3
"""Time scipy's kendalltau and theilslopes on the benchmark input.

The input is a Gaussian random walk at times 0..n-1, like the Go
benchmarks (the cost does not depend on the values). kendalltau is timed
in this process, best of several runs. Each theilslopes size runs in a
child process of its own, so that its peak resident memory can be read;
sizes given with a trailing "!" run under a 4 GiB address-space limit.

    /usr/bin/python3 compare.py 1000 10000 100000 1000000
"""
import resource
import subprocess
import sys
import time

import numpy as np
from scipy import stats


def walk(n):
    rng = np.random.default_rng(42)
    return np.arange(n, dtype=float), np.cumsum(rng.normal(size=n))


def best(f, reps):
    out = []
    for _ in range(reps):
        t0 = time.perf_counter()
        f()
        out.append(time.perf_counter() - t0)
    return min(out)


def theil_child(n, limit):
    if limit:
        resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
    t, y = walk(n)
    try:
        s = best(lambda: stats.theilslopes(y, t, alpha=0.95), 1)
    except MemoryError:
        print("scipy theilslopes n=%d MemoryError under a 4 GiB limit" % n)
        return
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1 << 20)
    print("scipy theilslopes n=%d %.6f s, peak RSS %.2f GiB" % (n, s, rss))


def main():
    if sys.argv[1] == "--theil":
        theil_child(int(sys.argv[2]), sys.argv[3] == "limit")
        return
    for arg in sys.argv[1:]:
        n = int(arg.rstrip("!"))
        if not arg.endswith("!"):
            t, y = walk(n)
            reps = 5 if n <= 10000 else 3
            print("scipy kendalltau n=%d %.6f s" % (n, best(lambda: stats.kendalltau(t, y), reps)))
        if n <= 30000:
            sys.stdout.flush()
            subprocess.run([sys.executable, __file__, "--theil", str(n), "limit" if arg.endswith("!") else "-"], check=True)
        sys.stdout.flush()


main()
