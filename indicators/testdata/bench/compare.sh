#!/usr/bin/env bash
# Runs the Go trend benchmarks and scipy's kendalltau and theilslopes side
# by side on this machine, for BENCHMARKS.md. scipy's theilslopes builds
# all n² slopes: it is timed up to n = 10⁴ (about 2.5 GiB); at 3·10⁴ it
# needs about 6.7 GiB and is not run.
set -euo pipefail
cd "$(dirname "$0")/../../.."
echo "# $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(go version)"
go test -run='^$' -bench='^Benchmark(MannKendall|TheilSen)$' -benchmem -benchtime=5x -count=1 ./indicators/
/usr/bin/python3 indicators/testdata/bench/compare.py 1000 10000 100000 1000000
