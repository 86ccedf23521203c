#!/usr/bin/python3
"""Reference values of CAGR = (y_last/y_first)^(1/(t_last − t_first)) − 1
to 30 significant digits.

The inputs are the exact rationals of the float64 values (Decimal(float)
is exact). The rate is computed with Python's decimal module in a
50-digit context: r = y_last/y_first, L = ln(r)/T, CAGR = exp(L) − 1.
Near a ratio of 1, exp(L) − 1 cancels about −log10|L| digits, which
leaves at least 36 of the 50; the result is printed to 30 significant
digits, and checked against mpmath's expm1(log1p(·)/T) at 60 digits.

Output (cagr.json): for each case t, y, the 30-digit value as a string and
the nearest float64 (repr).
"""
import json
from decimal import Decimal, Context
import mpmath

ctx = Context(prec=50)
mpmath.mp.dps = 60

CASES = [
    ([0.0, 4.0], [1000000000001.0, 1000000000004.0]),
    ([0.0, 1.0], [1.0, 1.0 + 2.0**-40]),
    ([2015.0, 2025.0], [1e8, 1e8 + 1]),
    ([2020.0, 2020.5], [3.0, 3.0000000001]),
    ([2000.0, 2007.0], [123456.789, 123456.78900001]),
    ([0.0, 3.0], [1.0, 1.0 - 2.0**-30]),
    ([0.0, 30.0], [7.0, 7.000000000000001]),
    ([2015.5, 2024.5], [1.3e9, 1.24e10]),
    ([0.0, 1000.0], [1e-300, 1e300]),
]


def cagr(t, y):
    T = Decimal(t[-1]) - Decimal(t[0])
    r = ctx.divide(Decimal(y[-1]), Decimal(y[0]))
    L = ctx.divide(r.ln(ctx), T)
    return ctx.subtract(L.exp(ctx), 1)


def check(t, y):
    T = mpmath.mpf(t[-1]) - mpmath.mpf(t[0])
    x = (mpmath.mpf(y[-1]) - mpmath.mpf(y[0])) / mpmath.mpf(y[0])
    return mpmath.expm1(mpmath.log1p(x) / T)


out = []
for t, y in CASES:
    v = cagr(t, y)
    s = format(Context(prec=30).plus(v), "e")
    m = check(t, y)
    rel = abs((mpmath.mpf(str(v)) - m) / m)
    assert rel < mpmath.mpf("1e-32"), (t, y, rel)
    out.append({"t": t, "y": y, "cagr30": s, "cagr": float(v)})
json.dump({"generator": "gen_cagr.py", "cases": out}, open("cagr.json", "w"), indent=None)
for c in out:
    print(c)
