package relations_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/relations"
)

// manyParties returns a valid agreement among n distinct parties with n−1
// directed obligations, each from one party to the next.
func manyParties(n int) relations.Agreement {
	a := treaty1997()
	a.Parties = make([]actors.ID, n)
	for i := range a.Parties {
		a.Parties[i] = actors.MustParse("P" + strings.ToUpper(strconv.FormatInt(int64(i), 36)))
	}
	a.Directed = make([]relations.Directed, n-1)
	for i := range a.Directed {
		a.Directed[i] = relations.Directed{Kind: relations.TransitRights, Obligor: a.Parties[i], Beneficiary: a.Parties[i+1]}
	}
	return a
}

// BenchmarkAgreementValidate validates agreements of 10⁴ to 10⁶ parties
// with as many directed obligations: the time per party stays flat when
// the check is O(n log n).
func BenchmarkAgreementValidate(b *testing.B) {
	for _, n := range []int{1e4, 1e5, 1e6} {
		a := manyParties(n)
		b.Run(fmt.Sprintf("parties=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := a.Validate(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestAgreementPartiesCheckMatchesScan: the sorted check of the parties
// reports the same first bad index as the plain scan from the front that
// it replaces (the oracle below: the first index holding the zero ID or
// an ID seen before it), over random lists drawn from a few IDs.
func TestAgreementPartiesCheckMatchesScan(t *testing.T) {
	pool := []actors.ID{{}, arm, rus, aze, actors.MustParse("GEO"), actors.MustParse("IRN")}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		a := treaty1997()
		a.Directed = nil
		a.Parties = make([]actors.ID, 2+rng.IntN(6))
		for i := range a.Parties {
			a.Parties[i] = pool[rng.IntN(len(pool))]
		}
		want := ""
		for i, p := range a.Parties {
			if !p.IsValid() || slices.Index(a.Parties, p) != i {
				want = fmt.Sprintf("Parties[%d]", i)
				break
			}
		}
		err := a.Validate()
		switch {
		case want == "" && err != nil:
			t.Fatalf("parties %v: %v; want no error", a.Parties, err)
		case want != "" && (err == nil || !strings.Contains(err.Error(), ": "+want+" ") && !strings.Contains(err.Error(), ": "+want+":")):
			t.Fatalf("parties %v: %v; want an error naming %s", a.Parties, err, want)
		case want != "" && !errors.Is(err, relations.ErrMissing) && !errors.Is(err, relations.ErrInvalid):
			t.Fatalf("parties %v: %v; want ErrMissing or ErrInvalid", a.Parties, err)
		}
	}
	// 10⁵ distinct parties, and one repeat at the end.
	a := manyParties(1e5)
	if err := a.Validate(); err != nil {
		t.Fatal(err)
	}
	a.Parties = append(a.Parties, a.Parties[50_000])
	if err := a.Validate(); !errors.Is(err, relations.ErrInvalid) || !strings.Contains(err.Error(), "Parties[100000]") {
		t.Errorf("a repeat at the end of 10⁵ parties: %v; want ErrInvalid naming Parties[100000]", err)
	}
}
