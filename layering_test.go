package bilateral_test

import (
	"go/build"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/statecraft/bilateral"

// allowed lists, for each package, the packages of this module it may
// import, as the root package doc states: indicators/trend imports only
// the standard library; internal/validate imports trend; indicators
// imports those two; actors imports indicators; relations imports actors
// and indicators; the examples import the public packages only; and
// nothing imports the root package.
var allowed = map[string][]string{
	"indicators/trend":  {},
	"internal/validate": {"indicators/trend"},
	"indicators":        {"indicators/trend", "internal/validate"},
	"actors":            {"indicators", "indicators/trend", "internal/validate"},
	"relations":         {"actors", "indicators", "indicators/trend", "internal/validate"},
	"examples/caucasus": {"actors", "indicators", "indicators/trend", "relations"},
}

// violations returns the imports of the package in dir (test files
// excluded) that break the rule for a package allowed to import ok.
func violations(dir string, ok []string) ([]string, error) {
	p, err := build.ImportDir(dir, 0)
	if err != nil {
		return nil, err
	}
	var bad []string
	for _, imp := range p.Imports {
		if imp == module {
			bad = append(bad, imp)
			continue
		}
		if rest, in := strings.CutPrefix(imp, module+"/"); in && !slices.Contains(ok, rest) {
			bad = append(bad, imp)
		}
	}
	return bad, nil
}

func TestImportRule(t *testing.T) {
	for dir := range allowed {
		bad, err := violations(dir, allowed[dir])
		if err != nil {
			t.Fatalf("reading package %s: %v", dir, err)
		}
		if len(bad) > 0 {
			t.Errorf("%s imports %v; allowed from this module: %v", dir, bad, allowed[dir])
		}
	}
}

// TestImportRuleRejectsUpwardImports checks that the checker fails a
// package that imports against the rule: an actors-like package importing
// relations, and one importing the root package.
func TestImportRuleRejectsUpwardImports(t *testing.T) {
	for _, imp := range []string{module + "/relations", module} {
		dir := t.TempDir()
		src := "package actors\n\nimport _ \"" + imp + "\"\n"
		if err := os.WriteFile(filepath.Join(dir, "a.go"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		bad, err := violations(dir, allowed["actors"])
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(bad, []string{imp}) {
			t.Errorf("violations of a package importing %s = %v, want [%s]", imp, bad, imp)
		}
	}
}

// TestImportRuleCoversEveryPackage fails when a directory of the module
// holds Go code but has no entry in allowed, so that a new package cannot
// escape the rule.
func TestImportRuleCoversEveryPackage(t *testing.T) {
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != "." {
			return filepath.SkipDir
		}
		if d.IsDir() || path == "." || filepath.Dir(path) == "." || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		if _, ok := allowed[filepath.ToSlash(filepath.Dir(path))]; !ok {
			t.Errorf("package %s has no entry in the import rule", filepath.Dir(path))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
