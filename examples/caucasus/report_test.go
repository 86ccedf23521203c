package main

import (
	"bytes"
	"runtime"
	"strings"
	"testing"
)

func report(t *testing.T) string {
	t.Helper()
	c, err := build()
	if err != nil {
		t.Fatal(err)
	}
	r, err := analyse(c)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.write(&b, true); err != nil {
		t.Fatal(err)
	}
	return b.String() + r.chart()
}

// TestReportDeterministic: the report and the chart are byte-identical
// across runs and GOMAXPROCS settings, and every line fits in 100 columns.
func TestReportDeterministic(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(1)
	want := report(t)
	for _, procs := range []int{1, 2, 8} {
		runtime.GOMAXPROCS(procs)
		for range 3 {
			if got := report(t); got != want {
				t.Fatalf("GOMAXPROCS=%d: the report differs from the first run", procs)
			}
		}
	}
	body, _, _ := strings.Cut(want, "<svg")
	for i, line := range strings.Split(body, "\n") {
		if n := len([]rune(line)); n > 100 && !strings.HasPrefix(line, "Leverage of") {
			t.Errorf("line %d is %d columns: %s", i+1, n, line)
		}
	}
	for _, section := range []string{"1. LEVERAGE BY CHANNEL", "2. LEVERAGE OVER TIME", "3. TRENDS", "4. AGREEMENTS", "5. CLIMATE", "6. SCENARIO", "<svg", "</svg>"} {
		if !strings.Contains(want, section) {
			t.Errorf("the report lacks %q", section)
		}
	}
}
