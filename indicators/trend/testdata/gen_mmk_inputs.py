#!/usr/bin/python3
"""Writes mmk_inputs.tsv: series for the modifiedmk reference values
(gen_modifiedmk.R). Each is an AR(1) series with a linear trend, values
rounded to 6 decimals, from Python's random module with a fixed seed.

A series is kept only if rounding cannot decide its reference values:
n(n−1)/2 is even and the two middle pairwise slopes differ (so, in exact
rational arithmetic, no pair of points lies on the Sen line and the
detrended series has no ties), and the trend-free prewhitened series has no
exact ties and no two values closer than 1e-9. The check is exact
(fractions); it prints the smallest gaps.
"""
import random
from fractions import Fraction as F
import exact_trend as e


def candidate(seed, n, phi, slope):
    rng = random.Random(seed)
    v, y = 0.0, []
    for i in range(n):
        v = phi * v + rng.gauss(0, 1)
        y.append(round(v + slope * i, 6))
    return y


def check(y):
    n = len(y)
    t = [F(i + 1) for i in range(n)]
    yy = [F(v) for v in y]
    sl = sorted((yy[j] - yy[i]) / (t[j] - t[i]) for i in range(n) for j in range(i + 1, n))
    N = len(sl)
    if N % 2 or sl[N // 2 - 1] == sl[N // 2]:
        return None
    b = (sl[N // 2 - 1] + sl[N // 2]) / 2
    d = sorted(yy[i] - b * t[i] for i in range(n))
    gd = min(d[i + 1] - d[i] for i in range(n - 1))
    dd = [yy[i] - b * t[i] for i in range(n)]
    r1 = e.acf(dd, 1)[1]
    w = sorted(dd[i + 1] - r1 * dd[i] + b * t[i + 1] for i in range(n - 1))
    gw = min(w[i + 1] - w[i] for i in range(n - 2))
    if gd == 0 or gw < F(1, 10**9):
        return None
    return float(gd), float(gw)


rows = []
specs = [(12, 0.0, 0.1), (20, 0.5, 0.05), (24, -0.4, 0.0), (33, 0.7, 0.03), (40, 0.3, -0.02), (60, 0.9, 0.0)]
for n, phi, slope in specs:
    for seed in range(1, 100):
        y = candidate(seed, n, phi, slope)
        c = check(y)
        if c:
            name = f"ar{n}"
            rows.append((name, y))
            print(f"{name} seed={seed} phi={phi} slope={slope} min detrended gap={c[0]:.3g} min TFPW gap={c[1]:.3g}")
            break
with open("mmk_inputs.tsv", "w") as f:
    for name, y in rows:
        f.write(name + "\t" + ",".join(repr(v) for v in y) + "\n")
