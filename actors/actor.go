package actors

import (
	"encoding/json"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/internal/validate"
)

// A Scheme names a system of external codes for actors.
type Scheme string

// Well-known code schemes.
const (
	ISO3166Alpha3 Scheme = "iso3166-1-alpha3" // three upper-case letters, e.g. "ARM"
	ISO3166Alpha2 Scheme = "iso3166-1-alpha2" // two upper-case letters, e.g. "AM"
	COW           Scheme = "cow"              // Correlates of War state number, e.g. "371"
	GW            Scheme = "gw"               // Gleditsch–Ward state number
)

// A Code is an actor's code in an external scheme, valid over a period.
// Codes change over time (a state's COW number, a renamed country's ISO
// code); the actor's [ID] does not.
type Code struct {
	Scheme Scheme            `json:"scheme"`
	Value  string            `json:"value"`
	Valid  indicators.Period `json:"valid,omitzero"` // zero: valid throughout the actor's lifespan
}

func (c Code) validate() error {
	if c.Scheme == "" {
		return fieldErr("Scheme", nil, ErrMissing)
	}
	ok := c.Value != ""
	letters := func(n int) bool {
		if len(c.Value) != n {
			return false
		}
		for _, r := range c.Value {
			if r < 'A' || r > 'Z' {
				return false
			}
		}
		return true
	}
	switch c.Scheme {
	case ISO3166Alpha3:
		ok = letters(3)
	case ISO3166Alpha2:
		ok = letters(2)
	case COW, GW:
		ok = ok && strings.Trim(c.Value, "0123456789") == ""
	}
	if !ok {
		return fieldErr(validate.Clip(string(c.Scheme)), c.Value, ErrInvalid)
	}
	return c.Valid.Validate()
}

// A Membership is an actor's membership in an organisation, with the
// history of its standing: [Active], [Suspended] (frozen) or [Ended]
// (withdrawn). Memberships travel with the member [Actor].
type Membership struct {
	Org     ID                    `json:"org"`
	History History               `json:"history"`
	Source  indicators.Provenance `json:"source"`
	Note    string                `json:"note,omitempty"`
}

// Standing returns the membership's standing as of d; see [History.At].
func (m Membership) Standing(d indicators.Date) (s Standing, certain bool) {
	return m.History.At(d)
}

// Basis returns the membership as a [Basis] for the ties that rest on it.
func (m Membership) Basis() Basis {
	return Basis{Kind: MembershipBasis, Ref: m.Org.String(), Title: "membership in " + m.Org.String(), History: slices.Clone(m.History)}
}

func (m Membership) validate(member ID) error {
	switch {
	case !m.Org.IsValid():
		return fieldErr("Org", nil, ErrMissing)
	case m.Org == member:
		return fieldErr("Org", m.Org.String(), fmt.Errorf("%w: membership in itself", ErrInvalid))
	}
	if err := m.History.Validate(); err != nil {
		return err
	}
	return m.Source.Validate()
}

// Info is the description of an [Actor], as callers write it; [New] checks
// it and freezes it into an Actor.
type Info struct {
	ID          ID                    `json:"id"`
	Kind        Kind                  `json:"kind"`
	Name        string                `json:"name"`
	Codes       []Code                `json:"codes,omitempty"`
	Lifespan    indicators.Period     `json:"lifespan,omitzero"` // zero: not recorded, no limit applied
	Recognition Recognition           `json:"recognition,omitzero"`
	Memberships []Membership          `json:"memberships,omitempty"`
	Ties        []Tie                 `json:"ties,omitempty"` // this actor's dependence on others
	Source      indicators.Provenance `json:"source"`
	Note        string                `json:"note,omitempty"`
}

func (info Info) clone() Info {
	info.Codes = slices.Clone(info.Codes)
	if info.Memberships != nil {
		ms := make([]Membership, len(info.Memberships))
		for i, m := range info.Memberships {
			m.History = slices.Clone(m.History)
			ms[i] = m
		}
		info.Memberships = ms
	}
	if info.Ties != nil {
		ts := make([]Tie, len(info.Ties))
		for i, t := range info.Ties {
			ts[i] = t.clone()
		}
		info.Ties = ts
	}
	return info
}

// An Actor is a state, a bloc, an alliance, an organisation or a non-state
// actor, with what travels with it: its codes, lifespan, recognition, the
// memberships it holds and the ties of dependence it holds toward others.
//
// Build one with [New]. An Actor is immutable: New copies its input and no
// method hands out storage the Actor uses, so one value can be shared by
// many goroutines. Copying an Actor is cheap. The zero Actor is not valid
// and reports so through [Actor.IsValid] and [Actor.Validate].
type Actor struct {
	p *Info // never modified after New
}

// New checks info and returns the Actor it describes. It rejects, with an
// error naming the field and the value:
//
//   - an invalid ID, an unknown Kind, an empty Name or an invalid Source;
//   - malformed codes (an ISO 3166-1 alpha-3 code is three upper-case
//     letters) and invalid periods;
//   - memberships without an organisation, in the actor itself, with an
//     invalid history, or twice in the same organisation;
//   - ties with an unknown channel, no provider, a provider that is the
//     actor itself, no label, no share, a series in the wrong unit or about
//     other actors, an invalid basis, or the same provider, channel and
//     label twice;
//   - a membership basis that copies a history different from the
//     holder's own membership in that organisation (a stale copy), or
//     that refers to a membership the holder does not have.
//
// Errors wrap [ErrInvalidID], [ErrUnknown], [ErrMissing] or [ErrInvalid], or
// an error of package indicators.
func New(info Info) (Actor, error) {
	if err := info.validate(); err != nil {
		return Actor{}, err
	}
	info = info.clone()
	// Order ties by provider, keeping the given order within a provider, so
	// that the ties toward one provider are found by binary search.
	slices.SortStableFunc(info.Ties, func(a, b Tie) int { return a.Provider.Compare(b.Provider) })
	return Actor{p: &info}, nil
}

// MustNew is like [New] but panics on error. It is intended for tests and
// examples with hard-coded data.
func MustNew(info Info) Actor {
	a, err := New(info)
	if err != nil {
		panic(err)
	}
	return a
}

func (info Info) validate() error {
	if !info.ID.IsValid() {
		return fieldErr("Info.ID", nil, ErrInvalidID)
	}
	at := func(f string, err error) error { return validate.Errorf("actors", "%s: %s: %w", info.ID, f, err) }
	switch {
	case !info.Kind.IsValid():
		return fieldErr(info.ID.String()+": Info.Kind", uint8(info.Kind), ErrUnknown)
	case info.Name == "":
		return fieldErr(info.ID.String()+": Info.Name", nil, ErrMissing)
	case info.Recognition > Unrecognised:
		return fieldErr(info.ID.String()+": Info.Recognition", uint8(info.Recognition), ErrUnknown)
	}
	if err := info.Source.Validate(); err != nil {
		return at("Info.Source", err)
	}
	if err := info.Lifespan.Validate(); err != nil {
		return at("Info.Lifespan", err)
	}
	for i, c := range info.Codes {
		if err := c.validate(); err != nil {
			return at(fmt.Sprintf("Codes[%d]", i), err)
		}
	}
	seen := map[ID]bool{}
	for i, m := range info.Memberships {
		if err := m.validate(info.ID); err != nil {
			return at(fmt.Sprintf("Memberships[%d]", i), err)
		}
		if seen[m.Org] {
			return at(fmt.Sprintf("Memberships[%d].Org", i), fmt.Errorf("%q twice: %w (record re-joining as a change in one history)", m.Org, ErrInvalid))
		}
		seen[m.Org] = true
	}
	type key struct {
		p ID
		c Channel
		l string
	}
	ties := map[key]bool{}
	for i, t := range info.Ties {
		if err := t.validate(info.ID); err != nil {
			return at(fmt.Sprintf("Ties[%d]", i), err)
		}
		for j, b := range t.RestsOn {
			if err := info.checkMembershipBasis(b); err != nil {
				return at(fmt.Sprintf("Ties[%d].RestsOn[%d]", i, j), err)
			}
		}
		k := key{t.Provider, t.Channel, t.Label}
		if ties[k] {
			return at(fmt.Sprintf("Ties[%d]", i), fmt.Errorf("%s %s %s twice: %w", t.Provider, t.Channel, validate.Quote(t.Label), ErrInvalid))
		}
		ties[k] = true
	}
	return nil
}

// membership returns info's membership in org, if any.
func (info Info) membership(org string) (Membership, bool) {
	for _, m := range info.Memberships {
		if m.Org.String() == org {
			return m, true
		}
	}
	return Membership{}, false
}

// checkMembershipBasis checks a membership basis against the actor's
// own membership in the same organisation: a reference (no history) must
// find one, and a copy must match it.
func (info Info) checkMembershipBasis(b Basis) error {
	if b.Kind != MembershipBasis {
		return nil
	}
	m, ok := info.membership(b.Ref)
	switch {
	case len(b.History) == 0 && !ok:
		return fieldErr("Ref", b.Ref, fmt.Errorf("%w: a membership basis without a history refers to the holder's membership, and the holder has none in %s (add the membership or give the history)", ErrMissing, b.Ref))
	case len(b.History) > 0 && ok && !slices.Equal(b.History, m.History):
		return fieldErr("Ref", b.Ref, fmt.Errorf("%w: the basis copies a history that differs from the holder's membership in %s (a copy taken before the membership changed?); leave History empty to refer to the membership", ErrInvalid, b.Ref))
	}
	return nil
}

// IsValid reports whether a was built by [New] (it is not the zero Actor).
func (a Actor) IsValid() bool { return a.p != nil }

// Validate returns nil for an Actor built by [New] and an error wrapping
// [ErrInvalidID] for the zero Actor.
func (a Actor) Validate() error {
	if a.p == nil {
		return fieldErr("Actor", "zero Actor", ErrInvalidID)
	}
	return nil
}

func (a Actor) info() *Info {
	if a.p == nil {
		return &Info{}
	}
	return a.p
}

// ID returns a's identifier (the zero ID for the zero Actor).
func (a Actor) ID() ID { return a.info().ID }

// Kind returns a's kind.
func (a Actor) Kind() Kind { return a.info().Kind }

// Name returns a's name.
func (a Actor) Name() string { return a.info().Name }

// Lifespan returns the period a exists over (zero when not recorded).
func (a Actor) Lifespan() indicators.Period { return a.info().Lifespan }

// Recognition returns whether a's status is contested.
func (a Actor) Recognition() Recognition { return a.info().Recognition }

// Source returns where a's description comes from.
func (a Actor) Source() indicators.Provenance { return a.info().Source }

// Info returns a copy of a's description, which callers may modify and
// pass to [New] to build a changed actor; a itself never changes.
func (a Actor) Info() Info { return a.info().clone() }

// Code returns a's code in scheme s valid as of d, if one is recorded.
func (a Actor) Code(s Scheme, d indicators.Date) (string, bool) {
	for _, c := range a.info().Codes {
		if c.Scheme == s && (c.Valid == indicators.Period{} || c.Valid.Contains(d)) {
			return c.Value, true
		}
	}
	return "", false
}

// Memberships returns a copy of a's memberships.
func (a Actor) Memberships() []Membership { return a.Info().Memberships }

// Held is a membership held on a date, with its standing then.
type Held struct {
	Org      ID
	Standing Standing // Active or Suspended
	Certain  bool     // false when a coarsely dated change makes it unsure
}

// MembershipsOn returns the memberships a held as of d, [Active] or
// [Suspended], in the order they were given. Memberships that had ended or
// not yet begun are left out.
func (a Actor) MembershipsOn(d indicators.Date) []Held {
	var out []Held
	for _, m := range a.info().Memberships {
		if s, c := m.History.At(d); s == Active || s == Suspended {
			out = append(out, Held{Org: m.Org, Standing: s, Certain: c})
		}
	}
	return out
}

// ActiveMembers returns the IDs, in ID order, of the actors among as whose
// membership in org was [Active] as of d. Suspended (frozen) members are
// not active. It answers "who were the active members of org on d" over
// the actors the caller knows.
func ActiveMembers(org ID, d indicators.Date, as ...Actor) []ID {
	var out []ID
	for _, a := range as {
		for _, m := range a.info().Memberships {
			if s, _ := m.History.At(d); m.Org == org && s == Active {
				out = append(out, a.ID())
			}
		}
	}
	slices.SortFunc(out, ID.Compare)
	return out
}

// Ties returns the ties a holds, ordered by provider and, within a
// provider, as given to [New]:
//
//	for t := range armenia.Ties() {
//		fmt.Println(t.Channel(), t.Provider(), t.Label())
//	}
//
// It copies nothing and does not allocate; [TieView.Tie] gives a copy.
func (a Actor) Ties() iter.Seq[TieView] {
	return func(yield func(TieView) bool) {
		ts := a.info().Ties
		for i := range ts {
			if !yield(TieView{&ts[i], a.p}) {
				return
			}
		}
	}
}

// TiesFrom returns a's ties toward provider, in the order given to [New].
// Like [Actor.Ties], it copies nothing.
func (a Actor) TiesFrom(provider ID) iter.Seq[TieView] {
	return func(yield func(TieView) bool) {
		lo, hi := a.tieRange(provider)
		ts := a.info().Ties
		for i := lo; i < hi; i++ {
			if !yield(TieView{&ts[i], a.p}) {
				return
			}
		}
	}
}

// tieRange returns the index range of the ties toward provider.
func (a Actor) tieRange(provider ID) (int, int) {
	ts := a.info().Ties
	lo, hi := 0, len(ts)
	for lo < hi { // first tie whose provider is not before provider
		m := int(uint(lo+hi) >> 1)
		if ts[m].Provider.s < provider.s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	hi = lo
	for hi < len(ts) && ts[hi].Provider == provider {
		hi++
	}
	return lo, hi
}

// Providers returns the IDs of the actors a holds ties toward, in ID order.
func (a Actor) Providers() []ID {
	var out []ID
	for _, t := range a.info().Ties {
		if len(out) == 0 || out[len(out)-1] != t.Provider {
			out = append(out, t.Provider)
		}
	}
	return out
}

// Equal reports whether a and b have the same description. It lets
// [github.com/google/go-cmp/cmp] compare Actors.
func (a Actor) Equal(b Actor) bool {
	if a.p == nil || b.p == nil {
		return a.p == b.p
	}
	x, y := a.p, b.p
	return x.ID == y.ID && x.Kind == y.Kind && x.Name == y.Name && x.Lifespan == y.Lifespan &&
		x.Recognition == y.Recognition && x.Source == y.Source && x.Note == y.Note &&
		slices.Equal(x.Codes, y.Codes) &&
		slices.EqualFunc(x.Memberships, y.Memberships, func(m, n Membership) bool {
			return m.Org == n.Org && m.Source == n.Source && m.Note == n.Note && slices.Equal(m.History, n.History)
		}) &&
		slices.EqualFunc(x.Ties, y.Ties, Tie.Equal)
}

// String returns "Name (ID)".
func (a Actor) String() string {
	if a.p == nil {
		return "Actor{}"
	}
	return fmt.Sprintf("%s (%s)", a.p.Name, a.p.ID)
}

// MarshalJSON encodes a's [Info]; the zero Actor encodes as null.
func (a Actor) MarshalJSON() ([]byte, error) {
	if a.p == nil {
		return []byte("null"), nil
	}
	return json.Marshal(a.p)
}

// UnmarshalJSON decodes an [Info] and checks it with [New]; null gives the
// zero Actor. A key that names no field, at any depth, is an error
// wrapping [ErrUnknown], malformed JSON an error wrapping [ErrInvalid];
// errors quote at most about 100 bytes of the input.
func (a *Actor) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*a = Actor{}
		return nil
	}
	var info Info
	if err := validate.Decode("actors", "Actor", b, &info); err != nil {
		return err
	}
	v, err := New(info)
	if err != nil {
		return err
	}
	*a = v
	return nil
}
