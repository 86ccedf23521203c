package bilateral_test

import (
	"go/build"
	"slices"
	"strings"
	"testing"
)

// TestImportRule keeps imports pointing one way, as the package doc
// states: indicators imports nothing from the module, actors imports
// indicators, relations imports actors and indicators, and nothing
// imports the root package. It reads the non-test imports of each
// package directory.
func TestImportRule(t *testing.T) {
	const mod = "github.com/statecraft/bilateral"
	allowed := map[string][]string{
		"indicators": {},
		"actors":     {"indicators"},
		"relations":  {"actors", "indicators"},
	}
	for _, dir := range []string{"indicators", "actors", "relations"} {
		p, err := build.ImportDir(dir, 0)
		if err != nil {
			t.Fatalf("reading package %s: %v", dir, err)
		}
		for _, imp := range p.Imports {
			if imp == mod {
				t.Errorf("%s imports the root package %s", dir, mod)
				continue
			}
			rest, ok := strings.CutPrefix(imp, mod+"/")
			if ok && !slices.Contains(allowed[dir], rest) {
				t.Errorf("%s imports %s; allowed from this module: %v", dir, imp, allowed[dir])
			}
		}
	}
}

// TestImportRuleCatchesUpwardImport checks that the rule above would fail:
// the checker must see relations among the imports an upward-importing
// package would have, so a fake package importing relations is rejected.
func TestImportRuleCatchesUpwardImport(t *testing.T) {
	dir := t.TempDir()
	src := "package actors\n\nimport _ \"github.com/statecraft/bilateral/relations\"\n"
	if err := writeFile(dir+"/a.go", src); err != nil {
		t.Fatal(err)
	}
	p, err := build.ImportDir(dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(p.Imports, "github.com/statecraft/bilateral/relations") {
		t.Fatalf("go/build did not report the upward import; got %v", p.Imports)
	}
}
