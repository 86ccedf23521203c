#!/usr/bin/python3
"""Reference values for the trend statistics of package indicators.

Run with the interpreter that sees Debian's python3-scipy and
python3-statsmodels (scipy 1.10.1, numpy 1.24.2, statsmodels 0.13.5):

    /usr/bin/python3 gen_scipy.py > golden_scipy.json

It also writes inputs.tsv, the same series for gen_r.R.

Packaged references: scipy.stats.kendalltau (tau-b, exact p),
scipy.stats.theilslopes (Sen slope, interval, intercept),
scipy.stats.linregress (OLS), scipy.stats.t (Student-t tail),
statsmodels OLS (coefficients, standard errors, p) and
statsmodels.tsa.stattools.acf (the autocorrelations behind Hamed-Rao,
Yue-Wang and prewhitening).
Where no packaged reference exists (Mann-Kendall z and p with continuity
correction, Hamed-Rao, Yue-Wang, PW, TFPW, seasonal Kendall and the
seasonal Sen slope, Pettitt) the textbook O(n^2) definitions below are the
reference; the formulas are those of the package documentation.
Floats are written with repr (17 significant digits, round-trip exact).
"""
import json
import math

import numpy as np
import statsmodels.api as sm
from scipy import stats
from statsmodels.tsa.stattools import acf as sm_acf


def mk_s(y):
    s = 0
    for i in range(len(y)):
        for j in range(i + 1, len(y)):
            s += (y[j] > y[i]) - (y[j] < y[i])
    return s


def tie_sizes(y):
    _, counts = np.unique(np.asarray(y), return_counts=True)
    return [int(c) for c in counts if c > 1]


def mk_var(y):
    n = len(y)
    return (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in tie_sizes(y))) / 18.0


def z_cc(s, var):
    if s == 0 or var <= 0:
        return 0.0
    return (s - math.copysign(1, s)) / math.sqrt(var)


def p2(z):
    return float(2 * stats.norm.sf(abs(z)))


def sen_slope(t, y):
    v = [(y[j] - y[i]) / (t[j] - t[i]) for i in range(len(y)) for j in range(i + 1, len(y))]
    return float(np.median(v))


def acf(x, nlags):
    # Biased ACF (R's acf), with exactly rounded sums (math.fsum) so that
    # the reference does not depend on summation order.
    x = [float(v) for v in x]
    n = len(x)
    m = math.fsum(x) / n
    c = [v - m for v in x]
    c0 = math.fsum(v * v for v in c)
    out = [1.0]
    for k in range(1, nlags + 1):
        out.append(0.0 if c0 == 0 else math.fsum(c[i] * c[i + k] for i in range(n - k)) / c0)
    return out


def hamed_rao(t, y, lags=None, alpha=0.05):
    n = len(y)
    b = sen_slope(t, y)
    d = [y[i] - b * t[i] for i in range(n)]
    L = n - 1 if lags is None else min(lags, n - 1)
    rho = acf(stats.rankdata(d), L)
    sig = stats.norm.ppf(1 - alpha / 2) / math.sqrt(n)
    tot = 0.0
    for k in range(1, L + 1):
        if abs(rho[k]) > sig:
            tot += (n - k) * (n - k - 1) * (n - k - 2) * rho[k]
    return 1 + 2.0 / (n * (n - 1) * (n - 2)) * tot


def yue_wang(t, y):
    n = len(y)
    b = sen_slope(t, y)
    d = [y[i] - b * t[i] for i in range(n)]
    rho = acf(d, n - 1)
    return 1 + 2 * sum((1 - k / n) * rho[k] for k in range(1, n))


def prewhiten(t, y, trend_free):
    n = len(y)
    b = sen_slope(t, y) if trend_free else 0.0
    x = [y[i] - b * t[i] for i in range(n)] if trend_free else list(y)
    r1 = acf(x, 1)[1]
    return [x[i + 1] - x[i] * r1 + (b * t[i + 1] if trend_free else 0.0) for i in range(n - 1)]


def mk_block(s, var, factor=1.0):
    used = var * factor if factor > 0 else var
    z = z_cc(s, used)
    return {"S": s, "VarS": var, "Factor": factor, "VarUsed": used, "Z": z, "P": p2(z)}


def pettitt(y):
    n = len(y)
    us = []
    for k in range(n):
        u = 0
        for i in range(k + 1):
            for j in range(k + 1, n):
                u += (y[i] > y[j]) - (y[i] < y[j])
        us.append(u)
    U = max(abs(u) for u in us)
    K = [k for k, u in enumerate(us) if abs(u) == U]
    p = min(1.0, 2 * math.exp(-6.0 * U * U / (n ** 3 + n ** 2)))
    return {"U": U, "K": K, "Up": [us[k] < 0 for k in K], "P": p}


def seasonal(t, y, period):
    slots = [math.floor(ti * period + 1e-6) for ti in t]
    season = [q % period for q in slots]
    cycle = [q // period for q in slots]
    S, V, slopes = 0, 0.0, []
    for g in range(period):
        idx = [i for i in range(len(y)) if season[i] == g]
        ys = [y[i] for i in idx]
        S += mk_s(ys)
        if ys:
            V += mk_var(ys)
        for a in range(len(idx)):
            for b in range(a + 1, len(idx)):
                i, j = idx[a], idx[b]
                slopes.append((y[j] - y[i]) / (cycle[j] - cycle[i]))
    z = z_cc(S, V)
    slope = float(np.median(slopes))
    return {"S": S, "VarS": V, "Z": z, "P": p2(z), "Slope": slope,
            "Intercept": float(np.median(y) - slope * np.median(t))}


def series_record(name, t, y, note, period=0, big=False):
    t = [float(v) for v in t]
    y = [float(v) for v in y]
    n = len(y)
    rec = {"name": name, "note": note, "t": t, "y": y}
    s, var = mk_s(y), mk_var(y)
    kt = stats.kendalltau(t, y)
    rec["mk"] = dict(mk_block(s, var), TauB=float(kt.correlation))
    if n < 50 and not tie_sizes(y):
        rec["mk"]["ExactP"] = float(stats.kendalltau(t, y, method="exact").pvalue)
    ts = stats.theilslopes(y, t, alpha=0.95)
    rec["sen"] = {"Slope": float(ts[0]), "Intercept": float(ts[1]), "Low": float(ts[2]), "High": float(ts[3])}
    if n <= 400:
        ts90 = stats.theilslopes(y, t, alpha=0.90)
        rec["sen90"] = {"Slope": float(ts90[0]), "Low": float(ts90[2]), "High": float(ts90[3])}
    lr = stats.linregress(t, y)
    rec["ols"] = {"Slope": float(lr.slope), "Intercept": float(lr.intercept), "R": float(lr.rvalue),
                  "P": float(lr.pvalue), "StdErr": float(lr.stderr), "InterceptStdErr": float(lr.intercept_stderr)}
    if n >= 3 and len(set(y)) > 1:
        fit = sm.OLS(np.asarray(y), sm.add_constant(np.asarray(t))).fit()
        rec["statsmodels"] = {"Slope": float(fit.params[1]), "Intercept": float(fit.params[0]),
                              "StdErr": float(fit.bse[1]), "InterceptStdErr": float(fit.bse[0]),
                              "P": float(fit.pvalues[1]), "R2": float(fit.rsquared)}
    if big:
        return rec
    if n >= 3 and len(set(y)) > 1:
        rec["acf"] = [float(v) for v in sm_acf(np.asarray(y), nlags=n - 1, fft=False, adjusted=False)]
    rec["pettitt"] = pettitt(y)
    if n >= 4 and len(set(y)) > 1:
        hr = hamed_rao(t, y)
        rec["hamedrao"] = mk_block(s, var, hr)
        hr3 = hamed_rao(t, y, lags=3)
        rec["hamedrao3"] = mk_block(s, var, hr3)
        rec["yuewang"] = mk_block(s, var, yue_wang(t, y))
        for key, tf in (("pw", False), ("tfpw", True)):
            w = prewhiten(t, y, tf)
            rec[key] = dict(mk_block(mk_s(w), mk_var(w)), N=len(w))
    if y[0] > 0 and y[-1] >= 0:
        # (last/first)^(1/years) - 1, written without cancellation.
        rec["cagr"] = math.expm1(math.log(y[-1] / y[0]) / (t[-1] - t[0]))
    if period:
        rec["seasonal"] = dict(seasonal(t, y, period), Period=period)
    return rec


def main():
    rng = np.random.default_rng(20261127)
    out = []
    idx = lambda n: list(range(1, n + 1))
    out.append(series_record("mk10", idx(10), [4.81, 4.17, 4.41, 3.59, 5.87, 3.83, 6.03, 4.89, 4.32, 4.69],
                             "trends.md 1.1: 10 points without ties, exact p 0.72749"))
    out.append(series_record("share10", idx(10), [12.1, 12.1, 13.4, 15.0, 15.0, 15.0, 14.2, 16.8, 18.3, 18.3],
                             "trends.md 1.1: share series with ties, tau-b 0.8014"))
    out.append(series_record("trade", [2015.5, 2017.5, 2019.5, 2020.5, 2021.5, 2022.5, 2023.5, 2024.5],
                             [1.3e9, 1.75e9, 2.0e9, 2.3e9, 2.5e9, 5.0e9, 7.4e9, 12.4e9],
                             "Armenia-Russia goods trade turnover, USD, yearly with gaps"))
    out.append(series_record("poll", [2018.6, 2019.37, 2021.87, 2023.12, 2023.95, 2024.7, 2025.5],
                             [0.87, 0.88, 0.64, 0.50, 0.31, 0.35, 0.42], "IRI share rating relations with Russia good"))
    out.append(series_record("five", [2019, 2020, 2021, 2022, 2023], [2.5, 3.1, 4.6, 7.3, 12.4],
                             "trends.md 1.2/1.5/1.8: intercept -4618.4, Pettitt K = [2, 3] (1-based)"))
    out.append(series_record("gap5", [2019, 2021, 2022, 2023], [2.5, 4.6, 7.3, 12.4],
                             "trends.md 2: second value missing, true positions give 2.5875"))
    out.append(series_record("outlier", idx(10), [1, 2, 3, 4, 5, 6, 7, 8, 9, 100], "trends.md 1.2: OLS 5.909, Sen 1.0"))
    out.append(series_record("three", [0.0, 1.0, 2.0], [1.0, 3.0, 2.0], "n = 3"))
    out.append(series_record("two", [0.0, 1.0], [1.0, 3.0], "n = 2"))
    alt = [0.3 * i + (4.0 if i % 2 else -4.0) for i in range(12)]
    out.append(series_record("alternating12", idx(12), alt, "alternating series with a trend: Hamed-Rao factor <= 0"))
    shift = [10 + rng.normal(0, 1) for _ in range(10)] + [14 + rng.normal(0, 1) for _ in range(10)]
    out.append(series_record("shift20", idx(20), [round(v, 2) for v in shift], "level shift after the 10th value"))
    walk = np.cumsum(rng.normal(0, 1, 50))
    out.append(series_record("walk50", idx(50), [round(float(v), 6) for v in walk], "random walk, 50 points"))
    walk = np.round(np.cumsum(rng.normal(0, 1, 34)), 6)
    out.append(series_record("walk34", idx(34), [float(v) for v in walk], "34 points without ties, above scipy's exact cutoff"))
    ties = np.round(np.cumsum(rng.normal(0.05, 1, 200)))
    out.append(series_record("ties200", idx(200), [float(v) for v in ties], "rounded random walk, many ties"))
    irr = np.cumsum(rng.integers(1, 5, 30)) * 0.25 + 1990
    out.append(series_record("irregular30", list(irr), [round(float(v), 3) for v in rng.normal(0, 1, 30) + 0.05 * np.arange(30)],
                             "unequal spacing"))
    ar = [0.0]
    for _ in range(59):
        ar.append(0.9 * ar[-1] + rng.normal())
    out.append(series_record("ar60", idx(60), [round(v, 6) for v in ar], "AR(1), phi = 0.9, no trend"))
    out.append(series_record("near1e12", idx(12), [1e12 + v for v in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8]],
                             "values near 1e12 that differ by units"))
    out.append(series_record("tiny", idx(9), [v * 1e-12 for v in [2.0, 2.5, 2.25, 3.0, 3.5, 3.25, 4.0, 4.75, 4.5]],
                             "values near 1e-12"))
    farwalk = np.round(np.cumsum(rng.normal(0.3, 1, 1000)), 9)
    out.append(series_record("drift1000", idx(1000), [float(v) for v in farwalk], "far-tail p (random walk with drift)"))
    month_t, month_y = [], []
    for yr in range(2010, 2020):
        for m in range(12):
            if (yr, m) in ((2013, 4), (2016, 9)):
                continue
            month_t.append(yr + (m + 0.5) / 12)
            month_y.append(round(10 + 0.24 * (yr - 2010) + 3 * math.sin(2 * math.pi * m / 12) + float(rng.normal(0, 0.5)), 3))
    out.append(series_record("monthly", month_t, month_y, "10 monthly years with two gaps, trend 0.24 a year", period=12))
    q40 = [61.9, 34.2, 72.5, 70.7, 58.6, 32.1, 62.7, 71.9, 55.2, 29.5, 69.2, 70.1, 50.7, 26.4, 62.3, 72.1,
           50.7, 26.4, 56.8, 66.8, 49.3, 20.8, 60.3, 64.8, 45.9, 19.2, 53.7, 60.3, 44.2, 16.6, 52.8, 56.5,
           41.4, 12.0, 50.4, 55.8, 37.1, 9.7, 43.8, 52.4]
    keep = [i for i in range(40) if i != 29]
    rec = series_record("quarterly40", [i / 4 for i in keep], [q40[i] for i in keep],
                        "declining quarterly series, index 29 missing: seasons by position S = -157, compressed -111",
                        period=4)
    rec["seasonal_compressed_S"] = seasonal([i / 4 for i in range(39)], [q40[i] for i in keep], 4)["S"]
    out.append(rec)
    big = np.cumsum(rng.normal(0, 1, 3000))
    out.append(series_record("walk3000", list(range(3000)), [float(v) for v in big],
                             "random walk, 3000 points: the randomized slope selection against scipy", big=True))
    grid = []
    for tv, df in [(2.1, 3), (0.3, 10), (8, 50), (40, 1000), (0.01, 7), (0.5, 5000), (6, 1e6), (1.7, 1), (25, 2),
                   (3.3, 30), (12.0, 200), (0.8, 100000), (4.4, 20000), (3, 1e6), (0.01, 1e6), (1.7, 1e5),
                   (9.5, 2e6)]:
        grid.append({"T": tv, "DF": df, "P": float(2 * stats.t.sf(tv, df))})
    with open("inputs.tsv", "w") as f:  # the same inputs, for gen_r.R
        for r in out:
            f.write("%s\t%s\t%s\n" % (r["name"], ",".join(repr(v) for v in r["t"]), ",".join(repr(v) for v in r["y"])))
    json.dump({"generator": "gen_scipy.py", "scipy": __import__("scipy").__version__, "numpy": np.__version__,
               "series": out, "student": grid}, __import__("sys").stdout, indent=1)


main()
