package validate

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestQuoteKeepsShortInput: up to MaxQuote bytes, Quote is strconv.Quote and
// String returns its input.
func TestQuoteKeepsShortInput(t *testing.T) {
	for _, s := range []string{"", "ARM", strings.Repeat("x", MaxQuote), "a\x00\"b"} {
		if got := Quote(s); got != strconv.Quote(s) {
			t.Errorf("Quote(%q) = %s, want %s", s, got, strconv.Quote(s))
		}
		if got := Clip(s); got != s {
			t.Errorf("Clip(%q) = %q", s, got)
		}
	}
}

// TestQuoteCutsLongInputAtCharacterBoundary: a longer input keeps at most
// MaxQuote bytes, never half a character, followed by its length.
func TestQuoteCutsLongInputAtCharacterBoundary(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("x", MaxQuote+1),
		strings.Repeat("é", MaxQuote),       // two bytes each: the cut falls between two
		"x" + strings.Repeat("€", MaxQuote), // three bytes each, after one byte
	} {
		head := Clip(s)
		kept, rest, ok := strings.Cut(head, "…(")
		if !ok || rest != strconv.Itoa(len(s))+" bytes)" {
			t.Fatalf("String of %d bytes = %q, want a head and the length", len(s), head)
		}
		if len(kept) > MaxQuote || len(kept) < MaxQuote-utf8.UTFMax+1 || !utf8.ValidString(kept) || !strings.HasPrefix(s, kept) {
			t.Errorf("String of %d bytes kept %q (%d bytes), want a whole-character prefix of %d-%d bytes", len(s), kept, len(kept), MaxQuote-utf8.UTFMax+1, MaxQuote)
		}
		if want := strconv.Quote(kept) + "…(" + rest; Quote(s) != want {
			t.Errorf("Quote of %d bytes = %s, want %s", len(s), Quote(s), want)
		}
	}
}
