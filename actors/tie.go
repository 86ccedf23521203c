package actors

import (
	"fmt"
	"slices"

	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/internal/validate"
)

// A BasisKind says what a [Basis] is. The zero BasisKind is not valid.
type BasisKind uint8

// The kinds of basis.
const (
	AgreementBasis  BasisKind = iota + 1 // an agreement between the holder and the provider (or more parties)
	MembershipBasis                      // the holder's membership in an organisation
	ConditionBasis                       // a state of affairs, such as a sanctions regime that opened a re-export route
)

var basisWords = validate.NewWords("actors", "BasisKind", "agreement", "membership", "condition")

// String returns "agreement", "membership" or "condition".
func (k BasisKind) String() string { return basisWords.Text(uint8(k)) }

// MarshalText implements [encoding.TextMarshaler].
func (k BasisKind) MarshalText() ([]byte, error) { return basisWords.Marshal(uint8(k)) }

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown word is
// an error wrapping [ErrUnknown].
func (k *BasisKind) UnmarshalText(b []byte) error {
	v, err := basisWords.Parse(string(b))
	if err == nil {
		*k = BasisKind(v)
	}
	return err
}

// A Basis is what a tie rests on: an agreement, a membership or a
// condition (a state of affairs such as a sanctions regime), with the
// history of its standing. A tie whose every basis has ended, or has not
// yet entered into force, contributes nothing; one whose best basis is
// suspended contributes only in part (see package relations).
//
// A Basis carries its history so that the evidence travels with the
// actor. A membership basis may instead refer to the holder's own
// membership: give Kind [MembershipBasis], Ref the organisation's ID and
// no History, and the tie's standing is read from the holder's
// [Membership] whenever it is read through the holder ([TieView]), so that
// it cannot go stale, even when the holder's Info is changed and rebuilt
// with [New]. A membership basis that does carry a history must match
// the holder's membership in the same organisation exactly, or New
// rejects it (a copy taken before the membership changed). For an
// agreement, build the basis with the Basis method of the agreement in
// package relations.
type Basis struct {
	Kind    BasisKind `json:"kind"`
	Ref     string    `json:"ref"`             // the agreement's ID, the organisation's ID, or a key for the condition
	Title   string    `json:"title,omitempty"` // what a reader sees, e.g. "1995 agreement on the Russian base in Gyumri"
	History History   `json:"history"`
}

// Validate reports whether b has a valid kind, a reference and a valid
// history.
func (b Basis) Validate() error {
	if !basisWords.Valid(uint8(b.Kind)) {
		return fieldErr("Basis.Kind", uint8(b.Kind), ErrUnknown)
	}
	if b.Ref == "" {
		return fieldErr("Basis.Ref", nil, ErrMissing)
	}
	if err := b.History.Validate(); err != nil {
		return validate.Errorf("actors", "Basis %s: %w", validate.Quote(b.Ref), err)
	}
	return nil
}

func (b Basis) clone() Basis {
	b.History = slices.Clone(b.History)
	return b
}

// A Tie is one strand of an actor's dependence on another actor, the
// provider: Armenia's wheat imports from Russia, Armenia's gas supply from
// Russia, the Russian base in Gyumri. Ties travel with the dependent actor
// (the holder of the tie), so that package relations can compute the
// provider's leverage over the holder from the two actor values alone.
//
// All numbers are [indicators.Indicator] series, dated and sourced; the
// leverage model reads each one as of the assessment date. Series that are
// not recorded are zero Indicators, and the model says how it treats their
// absence instead of reading them as zero.
type Tie struct {
	// Channel is the kind of dependence; required.
	Channel Channel `json:"channel"`
	// Provider is the actor depended on; required, not the holder itself.
	Provider ID `json:"provider"`
	// Label says what the tie is, e.g. "wheat imports"; required, and
	// unique among the holder's ties to the same provider in the same
	// channel.
	Label string `json:"label"`
	// Share is the provider's share of what the holder gets through this
	// strand (unit share, in [0, 1]): 0.99 of Armenia's wheat imports, 1 for
	// a base that only the provider runs. Required.
	Share indicators.Indicator `json:"share"`
	// Salience is how much this strand weighs within its channel for the
	// holder (unit share): gas within energy, say. Optional; when it is not
	// recorded, the strand counts in full and the assessment says so.
	Salience indicators.Indicator `json:"salience,omitzero"`
	// Substitutability is how far the holder could replace the provider
	// within a year at bearable cost (unit share): 0 for no alternative, 1
	// for a ready substitute. Optional; when not recorded, no substitute is
	// assumed and the assessment says so.
	Substitutability indicators.Indicator `json:"substitutability,omitzero"`
	// Volume is the annual value of the flow in USD (unit usd), e.g. trade
	// turnover. Optional; package relations gates leverage by the volume of
	// the ties between the two actors. Its subject and counterpart may be
	// the holder and the provider in either order: a flow between two
	// actors is the same seen from either side.
	Volume indicators.Indicator `json:"volume,omitzero"`
	// RestsOn lists the agreements and memberships the tie depends on.
	// Empty means the tie rests on no recorded instrument.
	RestsOn []Basis `json:"restsOn,omitempty"`
	// Note holds caveats, e.g. "contract shares, not SIPRI deliveries".
	Note string `json:"note,omitempty"`
}

func (t Tie) validate(holder ID) error {
	switch {
	case !t.Channel.IsValid():
		return fieldErr("Channel", uint8(t.Channel), ErrUnknown)
	case !t.Provider.IsValid():
		return fieldErr("Provider", nil, ErrMissing)
	case t.Provider == holder:
		return fieldErr("Provider", t.Provider.String(), fmt.Errorf("%w: a tie to the actor itself", ErrInvalid))
	case t.Label == "":
		return fieldErr("Label", nil, ErrMissing)
	case !t.Share.IsValid():
		return fieldErr("Share", nil, ErrMissing)
	}
	for _, s := range []struct {
		name string
		ind  indicators.Indicator
		unit indicators.Unit
	}{
		{"Share", t.Share, indicators.Share},
		{"Salience", t.Salience, indicators.Share},
		{"Substitutability", t.Substitutability, indicators.Share},
		{"Volume", t.Volume, indicators.USD},
	} {
		if !s.ind.IsValid() {
			continue
		}
		info := s.ind.Info()
		if info.Unit != s.unit {
			return fieldErr(s.name, info.Code, fmt.Errorf("%w: unit %s, want %s", ErrInvalid, info.Unit, s.unit))
		}
		if s.name == "Volume" && info.Subject == t.Provider.String() && info.Counterpart == holder.String() {
			continue // a flow between the two is the same seen from either side
		}
		if info.Subject != "" && info.Subject != holder.String() {
			return fieldErr(s.name+".Subject", info.Subject, fmt.Errorf("%w: want the holder %s", ErrInvalid, holder))
		}
		if info.Counterpart != "" && info.Counterpart != t.Provider.String() {
			return fieldErr(s.name+".Counterpart", info.Counterpart, fmt.Errorf("%w: want the provider %s", ErrInvalid, t.Provider))
		}
	}
	for i, b := range t.RestsOn {
		if b.Kind == MembershipBasis && len(b.History) == 0 && b.Ref != "" {
			continue // a reference, resolved by New from the holder's membership
		}
		if err := b.Validate(); err != nil {
			return validate.Errorf("actors", "RestsOn[%d]: %w", i, err)
		}
	}
	return nil
}

func (t Tie) clone() Tie {
	if t.RestsOn != nil {
		bs := make([]Basis, len(t.RestsOn))
		for i, b := range t.RestsOn {
			bs[i] = b.clone()
		}
		t.RestsOn = bs
	}
	return t
}

// Equal reports whether t and u are the same tie.
func (t Tie) Equal(u Tie) bool {
	return t.Channel == u.Channel && t.Provider == u.Provider && t.Label == u.Label && t.Note == u.Note &&
		t.Share.Equal(u.Share) && t.Salience.Equal(u.Salience) &&
		t.Substitutability.Equal(u.Substitutability) && t.Volume.Equal(u.Volume) &&
		slices.EqualFunc(t.RestsOn, u.RestsOn, func(a, b Basis) bool {
			return a.Kind == b.Kind && a.Ref == b.Ref && a.Title == b.Title && slices.Equal(a.History, b.History)
		})
}

// Standing returns the standing of the tie's best basis as of d: [Active]
// if any basis is in force, else [Suspended] if any is suspended, else
// [Ended] if any has ended, else 0 when no basis has entered into force
// yet. A tie that rests on nothing is [Active]. certain is false when a
// coarsely dated change of any basis, resolved one way or the other, could
// change that answer; basis is the index in RestsOn of the basis that
// decided (-1 for none).
//
// A membership basis given by reference (no history) is read from the
// holder's membership only through the holder: use [TieView.Standing]. On
// a copy of the tie it has no history, so it has not entered into force.
func (t Tie) Standing(d indicators.Date) (s Standing, certain bool, basis int) {
	return standingOf(t.RestsOn, nil, d)
}

// history returns b's history, or for a membership basis given by
// reference, the history of the holder's membership (holder may be nil).
func (b *Basis) history(holder *Info) History {
	if len(b.History) == 0 && b.Kind == MembershipBasis && holder != nil {
		if m, ok := holder.membership(b.Ref); ok {
			return m.History
		}
	}
	return b.History
}

func standingOf(bases []Basis, holder *Info, d indicators.Date) (best Standing, certain bool, basis int) {
	if len(bases) == 0 {
		return Active, true, -1
	}
	// The best standing as the history reads now, and the least and
	// greatest best standing over every way the pending coarse changes
	// could resolve: the answer is certain when those agree.
	low, high := -1, -1
	basis = -1
	for i := range bases {
		s, pending := bases[i].history(holder).at(d)
		if basis < 0 || rank(s) > rank(best) {
			best, basis = s, i
		}
		lo, hi := rank(s), rank(s)
		if pending != 0 {
			lo, hi = min(lo, rank(pending)), max(hi, rank(pending))
		}
		low, high = max(low, lo), max(high, hi)
	}
	return best, low == high, basis
}

// rank orders standings for choosing a tie's best basis.
func rank(s Standing) int {
	switch s {
	case Active:
		return 3
	case Suspended:
		return 2
	case Ended:
		return 1
	}
	return 0
}

// A TieView gives read-only access to a tie held inside an [Actor],
// without copying it, as [Actor.Ties] and [Actor.TiesFrom] yield it. An
// Actor never changes, so a view stays valid as long as it is kept. The
// zero TieView is not valid: its methods return zero values.
type TieView struct {
	t      *Tie
	holder *Info
}

// tie returns the viewed tie, or a zero Tie for the zero TieView.
func (v TieView) tie() *Tie {
	if v.t == nil {
		return &Tie{}
	}
	return v.t
}

// Channel returns the tie's channel.
func (v TieView) Channel() Channel { return v.tie().Channel }

// Provider returns the tie's provider.
func (v TieView) Provider() ID { return v.tie().Provider }

// Label returns the tie's label.
func (v TieView) Label() string { return v.tie().Label }

// Share returns the tie's share series.
func (v TieView) Share() indicators.Indicator { return v.tie().Share }

// Salience returns the tie's salience series (the zero Indicator when not
// recorded).
func (v TieView) Salience() indicators.Indicator { return v.tie().Salience }

// Substitutability returns the tie's substitutability series (the zero
// Indicator when not recorded).
func (v TieView) Substitutability() indicators.Indicator { return v.tie().Substitutability }

// Volume returns the tie's volume series (the zero Indicator when not
// recorded).
func (v TieView) Volume() indicators.Indicator { return v.tie().Volume }

// Standing is [Tie.Standing] of the viewed tie, with each membership basis
// given by reference read from the holder's own membership; for the zero
// TieView it returns 0, false and -1.
func (v TieView) Standing(d indicators.Date) (s Standing, certain bool, basis int) {
	if v.t == nil {
		return 0, false, -1
	}
	return standingOf(v.t.RestsOn, v.holder, d)
}

// Basis returns a copy of the i-th basis the tie rests on, a membership
// given by reference with the holder's membership history and a title;
// or the zero Basis when there is none at i (such as the -1 that Standing
// returns for a tie that rests on nothing).
func (v TieView) Basis(i int) Basis {
	if v.t == nil || i < 0 || i >= len(v.t.RestsOn) {
		return Basis{}
	}
	b := v.t.RestsOn[i].clone()
	if len(b.History) == 0 {
		b.History = slices.Clone(b.history(v.holder))
		if b.Title == "" && len(b.History) > 0 {
			b.Title = "membership in " + b.Ref
		}
	}
	return b
}

// Tie returns a copy of the whole tie, as given to [New].
func (v TieView) Tie() Tie { return v.tie().clone() }

// SoleShare returns the share series of a stock that provider alone runs
// for holder, such as a base on the holder's soil or a bloc the provider
// leads: a constant 1 from the day b, the basis it rests on, first entered
// into force, cited to src. Use it as the Share of an institutional tie
// that rests on b; the tie's standing then follows b's history. b must
// carry its history: a membership basis that only refers to the holder's
// membership has no date to start from, so pass [Membership.Basis]
// instead. Errors wrap [ErrMissing] or an error of package indicators.
func SoleShare(holder, provider ID, b Basis, src indicators.Provenance) (indicators.Indicator, error) {
	if len(b.History) == 0 {
		return indicators.Indicator{}, fieldErr("SoleShare: Basis.History", nil, fmt.Errorf("%w: the basis %q has no history to date the share from (pass Membership.Basis)", ErrMissing, b.Ref))
	}
	if err := b.Validate(); err != nil {
		return indicators.Indicator{}, validate.Wrap("actors", "SoleShare", err)
	}
	name := b.Title
	if name == "" {
		name = b.Ref
	}
	return indicators.New(indicators.Info{Code: holder.String() + "." + provider.String() + "." + b.Ref + ".sole",
		Name: provider.String() + " alone runs " + name, Unit: indicators.Share,
		Subject: holder.String(), Counterpart: provider.String(), Source: src},
		indicators.Observation{At: b.History.Start(), Value: 1})
}
