package clip

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestQuoteKeepsShortInput: up to Max bytes, Quote is strconv.Quote and
// String returns its input.
func TestQuoteKeepsShortInput(t *testing.T) {
	for _, s := range []string{"", "ARM", strings.Repeat("x", Max), "a\x00\"b"} {
		if got := Quote(s); got != strconv.Quote(s) {
			t.Errorf("Quote(%q) = %s, want %s", s, got, strconv.Quote(s))
		}
		if got := String(s); got != s {
			t.Errorf("String(%q) = %q", s, got)
		}
	}
}

// TestQuoteCutsLongInputAtCharacterBoundary: a longer input keeps at most
// Max bytes, never half a character, followed by its length.
func TestQuoteCutsLongInputAtCharacterBoundary(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("x", Max+1),
		strings.Repeat("é", Max),       // two bytes each: the cut falls between two
		"x" + strings.Repeat("€", Max), // three bytes each, after one byte
	} {
		head := String(s)
		kept, rest, ok := strings.Cut(head, "…(")
		if !ok || rest != strconv.Itoa(len(s))+" bytes)" {
			t.Fatalf("String of %d bytes = %q, want a head and the length", len(s), head)
		}
		if len(kept) > Max || len(kept) < Max-utf8.UTFMax+1 || !utf8.ValidString(kept) || !strings.HasPrefix(s, kept) {
			t.Errorf("String of %d bytes kept %q (%d bytes), want a whole-character prefix of %d-%d bytes", len(s), kept, len(kept), Max-utf8.UTFMax+1, Max)
		}
		if want := strconv.Quote(kept) + "…(" + rest; Quote(s) != want {
			t.Errorf("Quote of %d bytes = %s, want %s", len(s), Quote(s), want)
		}
	}
}
