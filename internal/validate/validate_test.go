package validate

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestQuoteCuts: a value longer than MaxQuote bytes is cut to at most
// MaxQuote bytes at a character boundary and its length in bytes given
// (property: the message of a 2·10⁶-byte field stays under 200 bytes).
func TestQuoteCuts(t *testing.T) {
	long := strings.Repeat("é", 1e6)
	q := Quote(long)
	if len(q) > 300 || !strings.Contains(q, "(2000000 bytes)") || strings.Count(q, "é") != MaxQuote/2 {
		t.Errorf("Quote of 10⁶ runes: %d bytes: %.80q", len(q), q)
	}
	if got := Quote("ARM"); got != `"ARM"` {
		t.Errorf("Quote(ARM) = %s", got)
	}
	if got := Quote(0.5); got != "0.5" {
		t.Errorf("Quote(0.5) = %s", got)
	}
	err := Field("actors", "ID", strings.Repeat("x", 1e8), ErrInvalid)
	if len(err.Error()) > 200 || !errors.Is(err, ErrInvalid) {
		t.Errorf("Field with a 100 MB value: %d bytes, %v", len(err.Error()), errors.Is(err, ErrInvalid))
	}
}

// TestPrefixOnce: however deep the wrapping across packages, a message
// names a package once, at its start, and keeps its sentinel.
func TestPrefixOnce(t *testing.T) {
	inner := Field("actors", "Share", nil, ErrMissing)
	mid := Wrap("actors", "ARM: Ties[0]", inner)
	outer := Wrap("relations", `scenario "x"`, mid)
	want := `relations: scenario "x": ARM: Ties[0]: Share: missing field`
	if outer.Error() != want || !errors.Is(outer, ErrMissing) {
		t.Errorf("got %q (Is Missing %v), want %q", outer, errors.Is(outer, ErrMissing), want)
	}
	e := Errorf("relations", "leverage of %s: %w", "ARM", fmt.Errorf("indicators: date %q: %w", "x", ErrInvalid))
	if e.Error() != `relations: leverage of ARM: date "x": invalid value` || !errors.Is(e, ErrInvalid) {
		t.Errorf("Errorf: %q", e)
	}
	if Wrap("relations", "x", nil) != nil {
		t.Error("Wrap(nil) is not nil")
	}
}

// TestWords: words round-trip, and an unknown word is an error wrapping
// Unknown that lists the words.
func TestWords(t *testing.T) {
	w := NewWords("actors", "Kind", "state", "union")
	if w.Text(1) != "state" || w.Text(2) != "union" || w.Text(0) != "Kind(0)" || w.Text(3) != "Kind(3)" {
		t.Errorf("Text: %q %q %q %q", w.Text(1), w.Text(2), w.Text(0), w.Text(3))
	}
	if v, err := w.Parse("union"); v != 2 || err != nil {
		t.Errorf("Parse(union) = %d, %v", v, err)
	}
	_, err := w.Parse("empire")
	if !errors.Is(err, ErrUnknown) || err.Error() != `actors: Kind "empire": unknown word (want one of ["state" "union"])` {
		t.Errorf("Parse(empire): %v", err)
	}
	if _, err := w.Marshal(0); !errors.Is(err, ErrUnknown) {
		t.Errorf("Marshal(0): %v", err)
	}
	if b, err := w.Unmarshal([]byte("state")); b != 1 || err != nil {
		t.Errorf("Unmarshal(state) = %d, %v", b, err)
	}
}
