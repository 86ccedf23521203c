package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/report.golden and testdata/chart.golden from the current output")

func run(t *testing.T) *results {
	t.Helper()
	c, err := build()
	if err != nil {
		t.Fatal(err)
	}
	r, err := analyse(c)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func report(t *testing.T) (string, *results) {
	t.Helper()
	r := run(t)
	var b bytes.Buffer
	if err := r.write(&b, true); err != nil {
		t.Fatal(err)
	}
	return b.String(), r
}

// golden compares got with the file, or rewrites the file under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("%s differs at line %d:\n got: %s\nwant: %s\n(run go test -update if the change is intended)", name, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("%s differs in length: %d lines, want %d (run go test -update if the change is intended)", name, len(gl), len(wl))
	}
}

// TestReportGolden: the whole report, with detail, and the chart are
// those committed under testdata.
func TestReportGolden(t *testing.T) {
	got, r := report(t)
	golden(t, "report.golden", got)
	golden(t, "chart.golden", r.chart())
}

// TestReadmeExcerpt: the README's excerpt of the report is the report's
// first lines, as printed, so that the two cannot drift.
func TestReadmeExcerpt(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	const open = "<!-- report excerpt: the first lines of go run ./examples/caucasus -->\n```text\n"
	_, rest, ok := strings.Cut(string(readme), open)
	if !ok {
		t.Fatal("the README has no marked report excerpt")
	}
	excerpt, _, ok := strings.Cut(rest, "```")
	if !ok {
		t.Fatal("the README's report excerpt is not closed")
	}
	var b bytes.Buffer
	if err := run(t).write(&b, false); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), excerpt) {
		t.Errorf("the README's excerpt is not the start of the report; copy the report's first %d lines into it", strings.Count(excerpt, "\n"))
	}
}

// TestReportTables: every row of every table in the report is exactly as
// wide as its header, measured in display columns (width: combining marks
// count 0, East Asian wide characters 2), and no line of the report is
// wider than 100 columns.
func TestReportTables(t *testing.T) {
	got, r := report(t)
	if len(r.tables) < 6 {
		t.Fatalf("%d tables recorded, want at least 6", len(r.tables))
	}
	for i, tab := range r.tables {
		w := width(tab[0])
		for _, line := range tab[1:] {
			if width(line) != w {
				t.Errorf("table %d: row %q is %d columns, its header %d", i, line, width(line), w)
			}
		}
	}
	for i, line := range strings.Split(got, "\n") {
		if n := width(line); n > 100 {
			t.Errorf("line %d is %d columns: %s", i+1, n, line)
		}
	}
}

// TestWidth: display widths from the definition (UAX #11): the report's
// symbols are one column, a combining acute accent none, CJK two.
func TestWidth(t *testing.T) {
	for s, want := range map[string]int{"RUS→ARM": 7, "−0.5": 4, "—": 1, "≥35%": 4, "e\u0301": 1, "日本": 4, "": 0} {
		if got := width(s); got != want {
			t.Errorf("width(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestReportNotation: one notation throughout: no ASCII hyphen as a minus
// before a digit, no en dash between two numbers as a range (ranges are
// [low, high]), "sign not certain" in one spelling, and no Go slice
// syntax in prose.
func TestReportNotation(t *testing.T) {
	got, _ := report(t)
	for i, line := range strings.Split(got, "\n") {
		for j := 0; j+1 < len(line); j++ {
			if line[j] == '-' && line[j+1] >= '0' && line[j+1] <= '9' && (j == 0 || line[j-1] == ' ' || line[j-1] == '[' || line[j-1] == '(') {
				t.Errorf("line %d uses '-' as a minus: %s", i+1, line)
				break
			}
		}
		if strings.Contains(line, "NOT certain") || strings.Contains(line, "[RUS]") || strings.Contains(line, "[ARM]") {
			t.Errorf("line %d: %s", i+1, line)
		}
	}
}

// TestReportDeterministic: the report and the chart are byte-identical
// across runs and GOMAXPROCS settings.
func TestReportDeterministic(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(1)
	want, r := report(t)
	want += r.chart()
	for _, procs := range []int{1, 2, 8} {
		runtime.GOMAXPROCS(procs)
		got, r := report(t)
		if got+r.chart() != want {
			t.Fatalf("GOMAXPROCS=%d: the report differs from the first run", procs)
		}
	}
}
