#!/usr/bin/env bash
# Runs the Go trend benchmarks and scipy's kendalltau and theilslopes side
# by side on this machine, for BENCHMARKS.md. Run from anywhere:
#
#     bash indicators/trend/testdata/bench/compare.sh
#
# scipy's theilslopes builds all n² slopes: it is timed up to n = 10⁴
# (about 2.5 GiB), and at 3·10⁴ it is run under a 4 GiB address-space
# limit, where it fails.
set -euo pipefail
cd "$(dirname "$0")/../../.."
echo "# $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(go version)"
go test -run='^$' -bench='^Benchmark(MannKendall|TheilSen)$' -benchmem -benchtime=20x -count=1 ./indicators/trend/
echo "# one cold call (fresh process, empty buffer pools)"
go test -run='^$' -bench='^BenchmarkTheilSen$' -benchmem -benchtime=1x -count=1 ./indicators/trend/ | grep '^Benchmark'
/usr/bin/python3 indicators/trend/testdata/bench/compare.py 1000 10000 100000 1000000 30000!
