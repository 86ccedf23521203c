package relations_test

import (
	"encoding/csv"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/statecraft/bilateral/relations"
)

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows[1:]
}

func num(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestCINCReproducesNMC reproduces the published cinc of NMC v6.0 for
// Russia and Armenia in 1994 and 2016, and the United States and China in
// 2016, from their components and the system totals, all extracted from
// NMC-60-abridged.csv by testdata/nmc/gen_nmc.py. Armenia 1994 has no
// military expenditure (−9): its CINC averages five components. The
// tolerance is the largest relative difference between the published and
// the recomputed cinc over all 15,951 state-years of the file, which the
// same script writes to bound.csv (1.13e-7, Nicaragua 1927): the abridged
// file rounds components to whole units and the published cinc to 7 or 8
// significant digits, so no recomputation can be held closer than that.
func TestCINCReproducesNMC(t *testing.T) {
	bound := readCSV(t, "testdata/nmc/bound.csv")
	if len(bound) != 1 || bound[0][0] != "15951" {
		t.Fatalf("bound.csv = %q, want one row over the 15951 state-years", bound)
	}
	tol := num(t, bound[0][1])
	if !(tol > 0 && tol < 1e-6) {
		t.Fatalf("bound.csv gives a tolerance of %g; the file's rounding allows at most about 1e-7", tol)
	}
	totals := map[string][]float64{}
	for _, r := range readCSV(t, "testdata/nmc/totals.csv") {
		totals[r[0]] = append(totals[r[0]], num(t, r[2]))
	}
	for _, r := range readCSV(t, "testdata/nmc/states.csv") {
		var x [6]float64
		for i := range x {
			x[i] = num(t, r[2+i])
		}
		tot := totals[r[1]]
		state := relations.NMC(x[0], x[1], x[2], x[3], x[4], x[5])
		system := relations.NMC(tot[0], tot[1], tot[2], tot[3], tot[4], tot[5])
		got, err := relations.CINC(state, system)
		if err != nil {
			t.Fatal(err)
		}
		want := num(t, r[8])
		if rel := math.Abs(got.Index-want) / want; rel > tol {
			t.Errorf("%s %s: CINC %.10g, published %.10g (relative error %.2g)", r[0], r[1], got.Index, want, rel)
		}
		if wantK := 6 - strings.Count(strings.Join(r[2:8], ","), "-9"); got.Used != wantK {
			t.Errorf("%s %s: %d components used, want %d", r[0], r[1], got.Used, wantK)
		}
	}
}

// TestGoldsteinTableIsTheSource checks the Go table against GDELT's
// CAMEO.goldsteinscale.txt, row by row, in testdata/cameo.
func TestGoldsteinTableIsTheSource(t *testing.T) {
	b, err := os.ReadFile("testdata/cameo/CAMEO.goldsteinscale.txt")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")[1:]
	for _, l := range lines {
		code, value, _ := strings.Cut(strings.TrimSpace(l), "\t")
		got, ok := relations.Goldstein(code)
		if !ok || got != num(t, value) {
			t.Errorf("Goldstein(%q) = %v, %v; the file says %s", code, got, ok, value)
		}
	}
	if len(lines) != 311 {
		t.Errorf("%d rows in the file, want 311", len(lines))
	}
}
