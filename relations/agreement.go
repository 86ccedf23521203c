package relations

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/internal/validate"
)

// An AgreementKind classifies an [Agreement]. The zero AgreementKind is
// not valid.
type AgreementKind uint8

// The kinds of agreement.
const (
	Treaty             AgreementKind = iota + 1 // a general treaty, e.g. of friendship and mutual assistance
	DefencePact                                 // a defence or alliance treaty
	Basing                                      // stationing of one party's forces on another's territory
	MembershipAccord                            // accession to or founding of an organisation
	PartnershipCharter                          // a strategic partnership charter or agenda
	Ceasefire                                   // a ceasefire or trilateral statement ending hostilities
	TradeAgreement                              // trade, transit or economic cooperation
	Declaration                                 // a joint declaration or statement of intent
	ArmsContract                                // a contract or agreement for arms deliveries
)

var agreementWords = validate.NewWords("relations", "AgreementKind", "treaty", "defence-pact", "basing", "membership", "partnership-charter", "ceasefire", "trade", "declaration", "arms-contract")

// String returns the kind's text form: "treaty", "defence-pact", "basing",
// "membership", "partnership-charter", "ceasefire", "trade", "declaration"
// or "arms-contract".
func (k AgreementKind) String() string { return agreementWords.Text(uint8(k)) }

// MarshalText implements [encoding.TextMarshaler].
func (k AgreementKind) MarshalText() ([]byte, error) { return agreementWords.Marshal(uint8(k)) }

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown word is
// an error wrapping [ErrUnknown].
func (k *AgreementKind) UnmarshalText(b []byte) error {
	v, err := agreementWords.Unmarshal(b)
	if err == nil {
		*k = AgreementKind(v)
	}
	return err
}

// An ObligationKind is a type of obligation an agreement creates. The
// first five follow the Alliance Treaty Obligations and Provisions project
// (ATOP; Leeds, Ritter, Mitchell & Long 2002); the last three are those the
// South Caucasus case needs. The zero ObligationKind is not valid.
type ObligationKind uint8

// The obligation kinds.
const (
	Defence          ObligationKind = iota + 1 // ATOP defense: military support if a partner is attacked
	Offence                                    // ATOP offense: support in a partner's offensive action
	Neutrality                                 // ATOP neutrality: not to aid a partner's adversary
	NonAggression                              // ATOP nonaggression: not to attack a partner
	Consultation                               // ATOP consultation: to consult in crises that may become militarised
	BasingRights                               // to host, or to keep, another party's forces or base
	BorderProtection                           // to guard another party's borders
	TransitRights                              // to allow or guarantee passage, e.g. Article 9 of the 10 November 2020 statement
)

var obligationWords = validate.NewWords("relations", "ObligationKind", "defence", "offence", "neutrality", "non-aggression", "consultation", "basing", "border-protection", "transit")

// String returns the kind's text form: "defence", "offence", "neutrality",
// "non-aggression", "consultation", "basing", "border-protection" or
// "transit".
func (k ObligationKind) String() string { return obligationWords.Text(uint8(k)) }

// MarshalText implements [encoding.TextMarshaler].
func (k ObligationKind) MarshalText() ([]byte, error) { return obligationWords.Marshal(uint8(k)) }

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown word is
// an error wrapping [ErrUnknown].
func (k *ObligationKind) UnmarshalText(b []byte) error {
	v, err := obligationWords.Unmarshal(b)
	if err == nil {
		*k = ObligationKind(v)
	}
	return err
}

// A Mutual obligation binds every party of its agreement toward every
// other, such as a mutual-defence clause. Its direction is symmetric by
// type: there is no obligor or beneficiary to get wrong.
type Mutual struct {
	Kind    ObligationKind    `json:"kind"`
	Article string            `json:"article,omitempty"` // e.g. "Art. 2"
	Valid   indicators.Period `json:"valid,omitzero"`    // zero: whenever the agreement is in force
	Note    string            `json:"note,omitempty"`
}

// A Directed obligation is owed by one party (the obligor) to another (the
// beneficiary), such as Armenia's guarantee of passage under Article 9 of
// the 10 November 2020 statement, or Russia's guarding of Armenia's
// borders.
type Directed struct {
	Kind        ObligationKind    `json:"kind"`
	Article     string            `json:"article,omitempty"`
	Obligor     actors.ID         `json:"obligor"`
	Beneficiary actors.ID         `json:"beneficiary"`
	Valid       indicators.Period `json:"valid,omitzero"` // zero: whenever the agreement is in force
	Note        string            `json:"note,omitempty"`
}

// An Agreement is a treaty or other formal arrangement between two or more
// actors, with its dates, its standing over time and the obligations it
// creates.
//
// Agreements are plain records that callers build from their own sources;
// [Agreement.Validate] checks them. Functions of this package never modify
// an Agreement they are given.
type Agreement struct {
	// ID is a stable key, e.g. "ARM-RUS-1997-treaty"; required.
	ID string `json:"id"`
	// Title is what a reader sees; required.
	Title string `json:"title"`
	// Kind is required.
	Kind AgreementKind `json:"kind"`
	// Parties are the signatories, at least two, distinct.
	Parties []actors.ID `json:"parties"`
	// Signed is the date of signature (zero: not recorded).
	Signed indicators.Date `json:"signed,omitzero"`
	// History records entry into force ([actors.Active]), suspension and
	// termination. Empty means never in force (signed only, or not
	// recorded).
	History actors.History `json:"history,omitempty"`
	// Expires is the end of the agreement's term, if it has one (zero: none
	// recorded). From that date the agreement has ended.
	Expires indicators.Date `json:"expires,omitzero"`
	// Mutual and Directed are the obligations the agreement creates.
	Mutual   []Mutual   `json:"mutual,omitempty"`
	Directed []Directed `json:"directed,omitempty"`
	// Source is required.
	Source indicators.Provenance `json:"source"`
	Note   string                `json:"note,omitempty"`
}

// Validate reports the first way in which a is malformed: a missing ID,
// title or source; an unknown kind; fewer than two valid, distinct
// parties; an invalid history; entry into force before signature; an
// expiry not after entry into force; an obligation of unknown kind, a
// directed obligation between non-parties or from a party to itself, or an
// invalid validity period. Errors name the field and the value and wrap
// [ErrMissing], [ErrUnknown] or [ErrInvalid], or an error of package
// actors or indicators.
func (a Agreement) Validate() error {
	if a.ID == "" {
		return fieldErr("Agreement.ID", nil, ErrMissing)
	}
	f := func(name string) string { return fmt.Sprintf("Agreement %s: %s", validate.Clip(a.ID), name) }
	switch {
	case a.Title == "":
		return fieldErr(f("Title"), nil, ErrMissing)
	case !agreementWords.Valid(uint8(a.Kind)):
		return fieldErr(f("Kind"), uint8(a.Kind), ErrUnknown)
	case len(a.Parties) < 2:
		return fieldErr(f("Parties"), fmt.Sprint(a.Parties), fmt.Errorf("%w: want at least two parties", ErrInvalid))
	}
	parties, bad, repeat := sortedParties(a.Parties)
	switch {
	case bad >= 0 && !repeat:
		return fieldErr(f(fmt.Sprintf("Parties[%d]", bad)), nil, ErrMissing)
	case bad >= 0:
		return fieldErr(f(fmt.Sprintf("Parties[%d]", bad)), a.Parties[bad].String(), fmt.Errorf("%w: party listed twice", ErrInvalid))
	}
	if err := a.Source.Validate(); err != nil {
		return validate.Errorf("relations", "%s: %w", f("Source"), err)
	}
	if len(a.History) > 0 {
		if err := a.History.Validate(); err != nil {
			return validate.Errorf("relations", "%s: %w", f("History"), err)
		}
		if a.Signed.IsValid() && a.History[0].On.EndsBefore(a.Signed) {
			return fieldErr(f("History[0].On"), a.History[0].On.String(), fmt.Errorf("%w: in force before signature %s", ErrInvalid, a.Signed))
		}
		if a.Expires.IsValid() && !a.History[0].On.EndsBefore(a.Expires) {
			return fieldErr(f("Expires"), a.Expires.String(), fmt.Errorf("%w: not after entry into force %s", ErrInvalid, a.History[0].On))
		}
	}
	for i, m := range a.Mutual {
		if !obligationWords.Valid(uint8(m.Kind)) {
			return fieldErr(f(fmt.Sprintf("Mutual[%d].Kind", i)), uint8(m.Kind), ErrUnknown)
		}
		if err := m.Valid.Validate(); err != nil {
			return validate.Errorf("relations", "%s: %w", f(fmt.Sprintf("Mutual[%d].Valid", i)), err)
		}
	}
	for i, d := range a.Directed {
		g := func(name string) string { return f(fmt.Sprintf("Directed[%d].%s", i, name)) }
		switch {
		case !obligationWords.Valid(uint8(d.Kind)):
			return fieldErr(g("Kind"), uint8(d.Kind), ErrUnknown)
		case !isParty(parties, d.Obligor):
			return fieldErr(g("Obligor"), d.Obligor.String(), fmt.Errorf("%w: not a party", ErrInvalid))
		case !isParty(parties, d.Beneficiary):
			return fieldErr(g("Beneficiary"), d.Beneficiary.String(), fmt.Errorf("%w: not a party", ErrInvalid))
		case d.Obligor == d.Beneficiary:
			return fieldErr(g("Beneficiary"), d.Beneficiary.String(), fmt.Errorf("%w: owed to the obligor itself", ErrSelf))
		}
		if err := d.Valid.Validate(); err != nil {
			return validate.Errorf("relations", "%s: %w", g("Valid"), err)
		}
	}
	return nil
}

// UnmarshalJSON decodes an agreement as encoding/json would, except that a
// key that names no field, at any depth, is an error wrapping [ErrUnknown]
// and malformed JSON an error wrapping [ErrInvalid]. It does not call
// [Agreement.Validate].
func (a *Agreement) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	type plain Agreement // without this method
	var v plain
	if err := validate.Decode("relations", "Agreement", b, &v); err != nil {
		return err
	}
	*a = Agreement(v)
	return nil
}

// sortedParties returns the parties in ID order, in O(n log n), and checks
// that each is a valid ID listed once. bad is the first index, in the
// given order, that holds the zero ID or repeats an earlier party (repeat
// says which), as a scan from the front would find it; -1 when there is
// none.
func sortedParties(parties []actors.ID) (sorted []actors.ID, bad int, repeat bool) {
	type entry struct {
		id actors.ID
		i  int
	}
	es := make([]entry, len(parties))
	for i, p := range parties {
		es[i] = entry{p, i}
	}
	// Equal IDs in their given order: every entry of a run after the first
	// repeats an earlier party.
	slices.SortFunc(es, func(x, y entry) int { return cmp.Or(x.id.Compare(y.id), cmp.Compare(x.i, y.i)) })
	bad, repeat = len(parties), false
	for k, e := range es {
		switch {
		case !e.id.IsValid():
			if e.i < bad {
				bad, repeat = e.i, false
			}
		case k > 0 && es[k-1].id == e.id:
			if e.i < bad {
				bad, repeat = e.i, true
			}
		}
	}
	if bad < len(parties) {
		return nil, bad, repeat
	}
	sorted = make([]actors.ID, len(es))
	for k, e := range es {
		sorted[k] = e.id
	}
	return sorted, -1, false
}

// isParty reports whether id is among the sorted parties.
func isParty(sorted []actors.ID, id actors.ID) bool {
	_, ok := slices.BinarySearchFunc(sorted, id, actors.ID.Compare)
	return ok
}

// Standing returns a's standing as of d (as of d's last day): 0 before it
// enters into force, then what its History says, and [actors.Ended] from
// its expiry. certain is false when a coarsely dated change may or may not
// have taken effect by then.
func (a Agreement) Standing(d indicators.Date) (s actors.Standing, certain bool) {
	s, certain = a.History.At(d)
	if s != 0 && s != actors.Ended && a.Expires.IsValid() {
		switch x := d.Last(); {
		case a.Expires.Last().Compare(x) <= 0:
			s = actors.Ended
		case a.Expires.First().Compare(x) <= 0:
			certain = false
		}
	}
	return s, certain
}

// InForce reports whether a is certainly in force ([actors.Active]) as of d.
func (a Agreement) InForce(d indicators.Date) bool {
	s, c := a.Standing(d)
	return s == actors.Active && c
}

// Binds reports whether id is a party to a.
func (a Agreement) Binds(id actors.ID) bool { return slices.Contains(a.Parties, id) }

// Basis returns a as an [actors.Basis] for the ties that rest on it: its
// history, with its expiry added as a change to [actors.Ended].
func (a Agreement) Basis() actors.Basis {
	h := slices.Clone(a.History)
	if a.Expires.IsValid() && len(h) > 0 && (h.Period().IsOpen() || a.Expires.EndsBefore(h.Period().End)) {
		// Drop changes on or after the expiry, then end there.
		h = slices.DeleteFunc(h, func(c actors.Transition) bool { return !c.On.Before(a.Expires) })
		h = append(h, actors.Transition{On: a.Expires, To: actors.Ended, Note: "term expires"})
	}
	return actors.Basis{Kind: actors.AgreementBasis, Ref: a.ID, Title: a.Title, History: h}
}

// InForce returns the agreements among as that bind both a and b and are
// certainly in force as of d, in the order given. It answers "which
// agreements between A and B were in force on D".
func InForce(as []Agreement, a, b actors.ID, d indicators.Date) []Agreement {
	var out []Agreement
	for _, ag := range as {
		if ag.Binds(a) && ag.Binds(b) && ag.InForce(d) {
			out = append(out, ag)
		}
	}
	return out
}
