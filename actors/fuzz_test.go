package actors_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"regexp"
	"testing"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
)

// idRule is the ID grammar of the Parse doc comment, written independently
// as a regular expression: a letter, then up to 14 of A–Z, 0–9 and '-',
// then a letter or a digit; 2 to 16 characters in all.
var idRule = regexp.MustCompile(`^[A-Z][A-Z0-9-]{0,14}[A-Z0-9]$`)

// FuzzParseID checks Parse against idRule; a parsed ID prints back to the
// same text and round-trips as text; errors wrap ErrInvalidID. Seeds:
// testdata/fuzz/FuzzParseID.
func FuzzParseID(f *testing.F) {
	f.Add("ARM")
	f.Fuzz(func(t *testing.T, s string) {
		id, err := actors.Parse(s)
		if (err == nil) != idRule.MatchString(s) {
			t.Fatalf("Parse(%q) error = %v, but the documented rule says valid = %v", s, err, idRule.MatchString(s))
		}
		if err != nil {
			if !errors.Is(err, actors.ErrInvalidID) || id.IsValid() {
				t.Fatalf("Parse(%q) = %q, %v; want the zero ID and ErrInvalidID", s, id, err)
			}
			return
		}
		if id.String() != s || !id.IsValid() {
			t.Fatalf("Parse(%q) = %q", s, id)
		}
		var back actors.ID
		if b, _ := id.MarshalText(); back.UnmarshalText(b) != nil || back != id || back.Compare(id) != 0 {
			t.Fatalf("text round trip of %q gave %q", s, back)
		}
	})
}

// FuzzActorJSON: decoding arbitrary bytes never panics; whatever decodes
// is a valid Actor (or the zero Actor for null) that re-encodes,
// re-decodes Equal and encodes to the same bytes again, and answers its
// accessors. Seeds: testdata/fuzz/FuzzActorJSON.
func FuzzActorJSON(f *testing.F) {
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var a actors.Actor
		if err := json.Unmarshal(b, &a); err != nil {
			if a.IsValid() {
				t.Fatalf("decode failed (%v) but left %v", err, a)
			}
			return
		}
		enc, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("decoded %s but cannot encode it: %v", b, err)
		}
		var again actors.Actor
		if err := json.Unmarshal(enc, &again); err != nil {
			t.Fatalf("re-decoding %s: %v", enc, err)
		}
		if !again.Equal(a) || !a.Equal(again) {
			t.Fatalf("round trip changed the actor:\n%s\n%s", b, enc)
		}
		if enc2, _ := json.Marshal(again); !bytes.Equal(enc, enc2) {
			t.Fatalf("encoding is not stable:\n%s\n%s", enc, enc2)
		}
		if !a.IsValid() {
			return // null
		}
		if err := a.Validate(); err != nil {
			t.Fatalf("a decoded Actor does not validate: %v", err)
		}
		if _, err := actors.New(a.Info()); err != nil {
			t.Fatalf("New(a.Info()) of a decoded Actor: %v", err)
		}
		// The accessors answer without panicking, consistently.
		for _, m := range a.Memberships() {
			for _, c := range m.History {
				a.MembershipsOn(c.On)
				actors.ActiveMembers(m.Org, c.On, a)
			}
		}
		var prev actors.ID
		n := 0
		for _, p := range a.Providers() {
			if p.Compare(prev) <= 0 {
				t.Fatalf("Providers() not in strictly increasing order: %v", a.Providers())
			}
			prev = p
			k := 0
			a.TiesFrom(p)(func(v actors.TieView) bool {
				k++
				v.Standing(indicators.YearDate(2024))
				if v.Provider() != p || v.Provider() == a.ID() {
					t.Fatalf("RangeTies(%s) gave a tie toward %s", p, v.Provider())
				}
				return true
			})
			if k != len(collect(a.TiesFrom(p))) || k == 0 {
				t.Fatalf("RangeTies(%s) visited %d ties, TiesFrom has %d", p, k, len(collect(a.TiesFrom(p))))
			}
			n += k
		}
		if n != len(collect(a.Ties())) {
			t.Fatalf("providers' ties %d, Ties() %d", n, len(collect(a.Ties())))
		}
	})
}
