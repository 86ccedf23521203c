#!/usr/bin/env python3
"""Extract the CINC fixtures from the Correlates of War National Material
Capabilities v6.0 abridged file, NMC-60-abridged.csv (as stored in GitHub
jcook125/Slide-Deck-Rmd at commit 6792e68e819306c676ba2707fc80259842d815cd;
the data set itself is published at correlatesofwar.org). Run it with the
path of that file:

    python3 gen_nmc.py NMC-60-abridged.csv

It writes totals.csv — for 1994 and 2016, each component's system total
over every state, with the data set's −9 (missing) left out, and the counts
of states and missing values — states.csv, the components and the
published cinc of the state-years the tests reproduce, and bound.csv: the
largest relative difference, over every state-year of the file, between
the published cinc and the CINC recomputed from the file's own components
and system totals (the mean of the known components' shares). That
difference comes from the data, not from the method: the abridged file
rounds components to whole units and the published cinc to 7 or 8
significant digits. The tests use it as their tolerance.
"""
import csv
import sys

COMPONENTS = ['milex', 'milper', 'irst', 'pec', 'tpop', 'upop']
YEARS = (1994, 2016)
STATES = [('RUS', 1994), ('ARM', 1994), ('RUS', 2016), ('ARM', 2016), ('USA', 2016), ('CHN', 2016)]


def main(path):
    rows = list(csv.DictReader(open(path, newline='')))
    with open('totals.csv', 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['year', 'component', 'system_total', 'n_states', 'n_missing'])
        for y in YEARS:
            year = [r for r in rows if int(r['year']) == y]
            for c in COMPONENTS:
                vals = [float(r[c]) for r in year]
                total = sum(v for v in vals if v != -9)
                w.writerow([y, c, repr(total), len(year), sum(1 for v in vals if v == -9)])
    with open('states.csv', 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['stateabb', 'year'] + COMPONENTS + ['cinc'])
        for abb, y in STATES:
            r = next(r for r in rows if r['stateabb'] == abb and int(r['year']) == y)
            w.writerow([abb, y] + [r[c] for c in COMPONENTS] + [r['cinc']])

    totals = {}
    for r in rows:
        t = totals.setdefault(r['year'], [0.0] * len(COMPONENTS))
        for i, c in enumerate(COMPONENTS):
            if float(r[c]) != -9:
                t[i] += float(r[c])
    worst = (0.0, '', '')
    for r in rows:
        published = float(r['cinc'])
        shares = [float(r[c]) / totals[r['year']][i] for i, c in enumerate(COMPONENTS)
                  if float(r[c]) != -9 and totals[r['year']][i] > 0]
        rel = abs(sum(shares) / len(shares) - published) / published
        worst = max(worst, (rel, r['stateabb'], r['year']))
    with open('bound.csv', 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['state_years', 'max_relative_error', 'stateabb', 'year'])
        w.writerow([len(rows), '%.3g' % worst[0], worst[1], worst[2]])


if __name__ == '__main__':
    main(sys.argv[1])
