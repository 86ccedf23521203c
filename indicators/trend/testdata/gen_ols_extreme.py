#!/usr/bin/python3
"""Reference OLS fits of series at the edges of the float64 range, in
exact rational arithmetic (Python fractions) on the exact values of the
inputs: slope, intercept, r, R², standard errors and t. Square roots are
taken with 50-digit decimal arithmetic, and the two-sided p is mpmath's
regularized incomplete beta I_{df/(df+t²)}(df/2, 1/2) at 50 digits.

    /usr/bin/python3 gen_ols_extreme.py > ols_extreme.json

A case whose residual sum of squares is exactly 0 (a perfect line) is
marked "exact": true and has no standard error or test.
"""
import json
from decimal import Decimal, Context
from fractions import Fraction as F

import mpmath

mpmath.mp.dps = 50
ctx = Context(prec=50)

CASES = [
    ("line 1e200..5e200", [1.0, 2.0, 3.0, 4.0, 5.0], [1e200, 2e200, 3e200, 4e200, 5e200]),
    ("symmetric 1e308", [0.0, 1.0, 2.0], [-1e308, 0.0, 1e308]),
    ("times at ±MaxFloat64", [-1.7976931348623157e308, 0.0, 1.7976931348623157e308], [1.0, 3.0, 2.0]),
    ("huge values, small spread", [0.0, 1.0, 2.0, 3.0], [1.5e308, 1.6e308, 1.55e308, 1.7e308]),
    ("subnormal values", [0.0, 1.0, 2.0, 3.0], [1e-320, 3e-320, 2e-320, 5e-320]),
    ("tiny times", [1e-300, 2e-300, 4e-300, 5e-300], [1.0, 2.0, 2.5, 4.0]),
]


def dsqrt(q):
    return (Decimal(q.numerator) / Decimal(q.denominator)).sqrt(ctx) if q else Decimal(0)


def dec(q):
    return ctx.divide(Decimal(q.numerator), Decimal(q.denominator))


def fit(name, tf, yf):
    t = [F(v) for v in tf]
    y = [F(v) for v in yf]
    n = len(y)
    tm, ym = sum(t) / n, sum(y) / n
    sxx = sum((a - tm) ** 2 for a in t)
    sxy = sum((a - tm) * (b - ym) for a, b in zip(t, y))
    syy = sum((b - ym) ** 2 for b in y)
    slope = sxy / sxx
    rec = {"name": name, "t": tf, "y": yf, "Slope": float(slope), "Intercept": float(ym - slope * tm)}
    sse = syy - sxy * sxy / sxx
    rec["R2"] = float(sxy * sxy / (sxx * syy))
    rec["R"] = float(ctx.divide(dec(sxy), dsqrt(sxx * syy)))
    if sse == 0:
        rec["exact"] = True
        return rec
    df = n - 2
    se = dsqrt(sse / df / sxx)
    rec["StdErr"] = float(se)
    rec["InterceptStdErr"] = float(se * dsqrt(sum(a * a for a in t) / n))
    tstat = ctx.divide(dec(slope), se)
    rec["TStat"] = float(tstat)
    t2 = mpmath.mpf(str(tstat)) ** 2
    rec["P"] = float(mpmath.betainc(df / mpmath.mpf(2), mpmath.mpf(1) / 2, 0, df / (df + t2), regularized=True))
    return rec


print('{"generator": "gen_ols_extreme.py", "cases": [')
print(",\n".join(json.dumps(fit(*c)) for c in CASES))
print("]}")
