package main

import (
	"strings"
	"unicode"
)

// width returns the display width of s in a monospaced terminal: one
// column per character, none for combining marks and format characters,
// two for East Asian wide and full-width characters (Unicode Standard
// Annex #11; the ranges are the blocks of wide characters).
func width(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Me, r), unicode.Is(unicode.Cf, r):
		case wide(r):
			n += 2
		default:
			n++
		}
	}
	return n
}

// wide reports whether r is East Asian wide or full-width.
func wide(r rune) bool {
	return r >= 0x1100 && (r <= 0x115f || r == 0x2329 || r == 0x232a ||
		(r >= 0x2e80 && r <= 0xa4cf && r != 0x303f) ||
		(r >= 0xac00 && r <= 0xd7a3) || (r >= 0xf900 && r <= 0xfaff) ||
		(r >= 0xfe30 && r <= 0xfe6f) || (r >= 0xff00 && r <= 0xff60) ||
		(r >= 0xffe0 && r <= 0xffe6) || (r >= 0x1f300 && r <= 0x1f64f) ||
		(r >= 0x20000 && r <= 0x3fffd))
}

// pad returns s padded with spaces to display width w, on the left when
// right is set.
func pad(s string, w int, right bool) string {
	fill := strings.Repeat(" ", max(0, w-width(s)))
	if right {
		return fill + s
	}
	return s + fill
}

// A table is rows of cells under a header. Its first column is aligned
// left and the others right; each column is as wide as its widest cell
// or header, with two spaces between columns, so that every row is
// exactly as wide as the header.
type table struct {
	header []string
	rows   [][]string
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// lines renders the table.
func (t table) lines() []string {
	ws := make([]int, len(t.header))
	for i, h := range t.header {
		ws[i] = width(h)
	}
	for _, r := range t.rows {
		for i, c := range r {
			ws[i] = max(ws[i], width(c))
		}
	}
	line := func(cells []string) string {
		parts := make([]string, len(ws))
		for i := range ws {
			c := ""
			if i < len(cells) {
				c = cells[i]
			}
			parts[i] = pad(c, ws[i], i > 0)
		}
		return strings.Join(parts, "  ")
	}
	out := []string{line(t.header)}
	for _, r := range t.rows {
		out = append(out, line(r))
	}
	return out
}

// String renders the table with a newline after each line.
func (t table) String() string { return strings.Join(t.lines(), "\n") + "\n" }
