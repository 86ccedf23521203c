#!/usr/bin/python3
"""Exact reference values for the Hamed–Rao adjustment and trend-free
prewhitening, in rational arithmetic (Python fractions).

It is also the module behind the Hamed–Rao, Yue–Wang and trend-free
prewhitening references of gen_scipy.py.

Every input float is converted to the rational number it stands for
(Fraction(x) is exact). Slopes (y_j − y_i)/(t_j − t_i), their median b,
the detrended series d = y − b·t, its ranks, autocorrelations and the
Hamed–Rao factor are then computed without rounding. Only the normal
quantile of the significance filter (a float, z_{0.975} from
statistics.NormalDist) and the final square root and erfc of the p-value
are floating point: z is computed from the exact factor with 60-digit
decimal arithmetic and p = erfc(|z|/√2) with mpmath at 50 digits.

Output (exact.json): one record per case with its inputs; floats are the
nearest float64 to the exact value, written with repr (17 digits).

    /usr/bin/python3 exact_trend.py > exact.json
"""
from fractions import Fraction as F
from statistics import NormalDist
import decimal
import mpmath
import random

mpmath.mp.dps = 50


def median(v):
    v = sorted(v)
    n = len(v)
    if n % 2:
        return v[n // 2]
    return (v[n // 2 - 1] + v[n // 2]) / 2


def sen(t, y):
    n = len(y)
    return median([(y[j] - y[i]) / (t[j] - t[i]) for i in range(n) for j in range(i + 1, n)])


def ranks(x):
    idx = sorted(range(len(x)), key=lambda i: x[i])
    r = [None] * len(x)
    i = 0
    while i < len(x):
        j = i + 1
        while j < len(x) and x[idx[j]] == x[idx[i]]:
            j += 1
        avg = F(i + j + 1, 2)
        for k in range(i, j):
            r[idx[k]] = avg
        i = j
    return r


def acf(x, L):
    n = len(x)
    m = sum(x) / n
    c = [v - m for v in x]
    c0 = sum(v * v for v in c)
    if c0 == 0:
        return [F(1)] + [F(0)] * L
    return [sum(c[i] * c[i + k] for i in range(n - k)) / c0 for k in range(L + 1)]


def mk_s(x):
    n = len(x)
    return sum((x[j] > x[i]) - (x[j] < x[i]) for i in range(n) for j in range(i + 1, n))


def var_s(x):
    n = len(x)
    v = F(n * (n - 1) * (2 * n + 5))
    counts = {}
    for a in x:
        counts[a] = counts.get(a, 0) + 1
    for g in counts.values():
        v -= g * (g - 1) * (2 * g + 5)
    return v / 18


def p_of(S, var):
    if S == 0 or var <= 0:
        return 0.0, 1.0
    ctx = decimal.Context(prec=60)
    num = decimal.Decimal(S - (1 if S > 0 else -1))
    den = (decimal.Decimal(var.numerator) / decimal.Decimal(var.denominator)).sqrt(ctx)
    z = ctx.divide(num, den)
    zm = mpmath.mpf(str(z))
    p = mpmath.erfc(abs(zm) / mpmath.sqrt(2))
    return float(zm), float(p)


def hamed_rao_factor(tf, yf, alpha=0.05, lags=0):
    """The exact Hamed–Rao n/n* (a Fraction)."""
    t = [F(v) for v in tf]
    y = [F(v) for v in yf]
    n = len(y)
    b = sen(t, y)
    d = [y[i] - b * t[i] for i in range(n)]
    L = n - 1 if lags == 0 else min(lags, n - 1)
    rho = acf(ranks(d), L)
    zq = F(NormalDist().inv_cdf(1 - alpha / 2))
    s = F(0)
    for k in range(1, L + 1):
        if rho[k] * rho[k] * n > zq * zq:
            s += (n - k) * (n - k - 1) * (n - k - 2) * rho[k]
    return 1 + F(2, n * (n - 1) * (n - 2)) * s


def hamed_rao(tf, yf, alpha=0.05, lags=0):
    y = [F(v) for v in yf]
    factor = hamed_rao_factor(tf, yf, alpha, lags)
    S = mk_s(y)
    V = var_s(y)
    z, p = p_of(S, V * factor) if factor > 0 else p_of(S, V)
    return dict(S=S, VarS=float(V), Factor=float(factor), Z=z, P=p, Slope=float(sen([F(v) for v in tf], y)))


def tfpw(tf, yf):
    w = tfpw_series(tf, yf)
    S = mk_s(w)
    V = var_s(w)
    z, p = p_of(S, V)
    return dict(S=S, VarS=float(V), Z=z, P=p)


def yue_wang(tf, yf, lag1=False):
    """Yue & Wang (2004) n/n* from the exact detrended values: all lags,
    1 + 2·Σ_{k=1}^{n−1} (1 − k/n)·ρ_k, or with lag1 the formula of
    modifiedmk::mmky1lag, 1 + 2·(1 − 1/n)·Σ_{k=1}^{n−1} ρ₁^k."""
    t = [F(v) for v in tf]
    y = [F(v) for v in yf]
    n = len(y)
    b = sen(t, y)
    d = [y[i] - b * t[i] for i in range(n)]
    if lag1:
        r1 = acf(d, 1)[1]
        return 1 + 2 * (1 - F(1, n)) * sum(r1 ** k for k in range(1, n))
    rho = acf(d, n - 1)
    return 1 + 2 * sum((1 - F(k, n)) * rho[k] for k in range(1, n))


def tfpw_series(tf, yf):
    """The trend-free prewhitened series, exact (as rationals)."""
    t = [F(v) for v in tf]
    y = [F(v) for v in yf]
    n = len(y)
    b = sen(t, y)
    d = [y[i] - b * t[i] for i in range(n)]
    r1 = acf(d, 1)[1]
    return [d[i + 1] - r1 * d[i] + b * t[i + 1] for i in range(n - 1)]


def walk(seed, n=1000):
    """An integer random walk: steps uniform on {−3..3} from a Mersenne
    Twister seeded with seed (Python's random module), starting at 0."""
    rng = random.Random(seed)
    y, v = [], 0
    for _ in range(n):
        v += rng.randint(-3, 3)
        y.append(float(v))
    return y


def main():
    import json
    cases = []
    y7 = [0.1, 1.6, 0, 1.4, 0.6, 1.1, 1.6]
    for t0 in (0, 1, 2000, 2000.5):
        t = [t0 + i for i in range(7)]
        cases.append(dict(name=f"y7 from {t0!r}", adjustment="HamedRao", t=t, y=y7, **hamed_rao(t, y7)))
    y = walk(12)
    t = [float(i) for i in range(1000)]
    cases.append(dict(name="integer walk 1000, seed 12", adjustment="HamedRao", t=t, y=y, **hamed_rao(t, y)))
    y = [float(3 * i + 80 * (i % 2) + i % 3) for i in range(12)]
    t = [float(i + 1) for i in range(12)]
    cases.append(dict(name="integer alternating 12", adjustment="HamedRao", t=t, y=y, **hamed_rao(t, y)))
    y6 = [1.1, 0.9, 0.9, 1.1, 0.3, 0]
    for t0 in (0, 1, 2000):
        t = [t0 + i for i in range(6)]
        cases.append(dict(name=f"y6 from {t0!r}", adjustment="TrendFreePrewhitened", t=t, y=y6, **tfpw(t, y6)))
    print('{"generator": "exact_trend.py", "cases": [')
    print(",\n".join(json.dumps(c) for c in cases))
    print("]}")


if __name__ == "__main__":
    main()
