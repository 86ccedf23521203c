package relations

import (
	"fmt"
	"math"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/internal/validate"
)

// An Issue classifies what a [Grievance] is about. The zero Issue is not
// valid.
type Issue uint8

// The issues.
const (
	SecurityGuarantee Issue = iota + 1 // a defence or security obligation not honoured
	ArmsSupply                         // arms contracted or paid for and not delivered
	TransitIssue                       // transit or transport-link obligations
	Alignment                          // the other side's geopolitical alignment or "pivot"
	Information                        // hostile media, propaganda, interference in domestic politics
	Economic                           // trade restrictions, sanctions, economic pressure
	Incident                           // a violent or accidental incident, such as a downed aircraft
	Diplomatic                         // diplomatic slights, closures, expulsions
	Territorial                        // territory, borders and their defence
)

var issueWords = validate.NewWords("relations", "Issue", "security-guarantee", "arms-supply", "transit", "alignment", "information", "economic", "incident", "diplomatic", "territorial")

// String returns the issue's text form.
func (i Issue) String() string { return issueWords.Text(uint8(i)) }

// MarshalText implements [encoding.TextMarshaler].
func (i Issue) MarshalText() ([]byte, error) { return issueWords.Marshal(uint8(i)) }

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown word is
// an error wrapping [ErrUnknown].
func (i *Issue) UnmarshalText(b []byte) error {
	v, err := issueWords.Unmarshal(b)
	if err == nil {
		*i = Issue(v)
	}
	return err
}

// A GrievanceStatus is whether a grievance is still pressed. The zero
// GrievanceStatus is not valid.
type GrievanceStatus uint8

// The grievance statuses.
const (
	Open     GrievanceStatus = iota + 1 // pressed by the claimant
	Resolved                            // settled, withdrawn or dropped
)

var grievanceStatusWords = validate.NewWords("relations", "GrievanceStatus", "open", "resolved")

// String returns "open" or "resolved".
func (s GrievanceStatus) String() string { return grievanceStatusWords.Text(uint8(s)) }

// MarshalText implements [encoding.TextMarshaler].
func (s GrievanceStatus) MarshalText() ([]byte, error) { return grievanceStatusWords.Marshal(uint8(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown word is
// an error wrapping [ErrUnknown].
func (s *GrievanceStatus) UnmarshalText(b []byte) error {
	v, err := grievanceStatusWords.Unmarshal(b)
	if err == nil {
		*s = GrievanceStatus(v)
	}
	return err
}

// A StatusChange is a dated change of a grievance's status.
type StatusChange struct {
	On     indicators.Date       `json:"on"`
	To     GrievanceStatus       `json:"to"`
	Source indicators.Provenance `json:"source,omitzero"`
	Note   string                `json:"note,omitempty"`
}

// An Invocation names the agreement, article or obligation a grievance
// invokes. All fields are optional; an empty Invocation invokes nothing.
type Invocation struct {
	Agreement  string         `json:"agreement,omitempty"` // the agreement's ID
	Article    string         `json:"article,omitempty"`   // e.g. "Art. 2", "Art. 9"
	Obligation ObligationKind `json:"obligation,omitzero"` // the kind of obligation said to be broken
}

// IsZero reports whether the invocation names nothing.
func (v Invocation) IsZero() bool { return v == Invocation{} }

// A Grievance is a complaint that one actor, the claimant, holds against
// another, the respondent: that it broke an obligation, harmed the
// claimant's interests or acted with hostility.
//
// Severity is placed on the Goldstein (1992) conflict–cooperation scale,
// from −10 (most conflictual) to +10 (most cooperative): it is the weight
// of the act complained of, so grievances are normally negative. Take it
// from the CAMEO code that best describes that act (see [Goldstein]): a
// request for military aid rejected (CAMEO 1222) weighs −4, a demand for a
// change of leadership (1041) −5, forces asked to withdraw (166) −7, the
// use of conventional military force (190) −10, a criticism (111) −2.
//
// A grievance is open from the date it is raised until a change in its
// History resolves it.
type Grievance struct {
	ID         string                `json:"id"`                // stable key; required
	Claimant   actors.ID             `json:"claimant"`          // the aggrieved party; required
	Respondent actors.ID             `json:"respondent"`        // the party blamed; required, not the claimant
	Raised     indicators.Date       `json:"raised"`            // when the claimant first pressed it; required
	Issue      Issue                 `json:"issue"`             // required
	Severity   float64               `json:"severity"`          // Goldstein scale, in [−10, +10]
	Invokes    Invocation            `json:"invokes,omitzero"`  // the agreement or obligation invoked
	History    []StatusChange        `json:"history,omitempty"` // changes after Raised; empty: open since Raised
	Summary    string                `json:"summary"`           // what the claimant says, in the analyst's words; required
	Source     indicators.Provenance `json:"source"`
}

// Validate reports the first way in which g is malformed: a missing ID,
// party, date, summary or source; a claimant that is its own respondent
// (wrapping [ErrSelf]); an unknown issue; a severity that is not finite or
// is off the scale; a history out of date order, dated before Raised, or
// with an unknown status. Errors name the field and the value.
func (g Grievance) Validate() error {
	if g.ID == "" {
		return fieldErr("Grievance.ID", nil, ErrMissing)
	}
	f := func(name string) string { return fmt.Sprintf("Grievance %s: %s", validate.Clip(g.ID), name) }
	switch {
	case !g.Claimant.IsValid():
		return fieldErr(f("Claimant"), nil, ErrMissing)
	case !g.Respondent.IsValid():
		return fieldErr(f("Respondent"), nil, ErrMissing)
	case g.Claimant == g.Respondent:
		return fieldErr(f("Respondent"), g.Respondent.String(), fmt.Errorf("%w: the claimant itself", ErrSelf))
	case !g.Raised.IsValid():
		return fieldErr(f("Raised"), nil, ErrMissing)
	case !issueWords.Valid(uint8(g.Issue)):
		return fieldErr(f("Issue"), uint8(g.Issue), ErrUnknown)
	case math.IsNaN(g.Severity) || math.IsInf(g.Severity, 0) || g.Severity < -10 || g.Severity > 10:
		return fieldErr(f("Severity"), g.Severity, fmt.Errorf("%w: want a Goldstein value in [-10, 10]", ErrInvalid))
	case g.Invokes.Obligation != 0 && !obligationWords.Valid(uint8(g.Invokes.Obligation)):
		return fieldErr(f("Invokes.Obligation"), uint8(g.Invokes.Obligation), ErrUnknown)
	case g.Summary == "":
		return fieldErr(f("Summary"), nil, ErrMissing)
	}
	if err := g.Source.Validate(); err != nil {
		return validate.Errorf("relations", "%s: %w", f("Source"), err)
	}
	prev := g.Raised
	for i, c := range g.History {
		h := f(fmt.Sprintf("History[%d]", i))
		switch {
		case !c.On.IsValid():
			return fieldErr(h+".On", nil, ErrMissing)
		case !grievanceStatusWords.Valid(uint8(c.To)):
			return fieldErr(h+".To", uint8(c.To), ErrUnknown)
		case c.On.EndsBefore(prev) || (i > 0 && !prev.EndsBefore(c.On)):
			return fieldErr(h+".On", c.On.String(), fmt.Errorf("%w: before %s", ErrInvalid, prev))
		}
		if !c.Source.IsZero() {
			if err := c.Source.Validate(); err != nil {
				return validate.Errorf("relations", "%s.Source: %w", h, err)
			}
		}
		prev = c.On
	}
	return nil
}

// UnmarshalJSON decodes a grievance as encoding/json would, except that a
// missing or null "severity" is an error wrapping [ErrMissing] (a severity
// that was not assessed is not 0, which is a neutral act on the Goldstein
// scale), a key that names no field, at any depth, an error wrapping
// [ErrUnknown], and malformed JSON an error wrapping [ErrInvalid]. It does
// not call [Grievance.Validate].
func (g *Grievance) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	type plain Grievance // without this method
	var p plain
	// The severity is decoded through a pointer, which stays nil when the
	// key is missing and becomes nil again at a null, even one that
	// repeats the key after a number.
	v := struct {
		*plain
		Severity *float64 `json:"severity"` // shadows the embedded Severity
	}{plain: &p}
	if err := validate.Decode("relations", "Grievance", b, &v); err != nil {
		return err
	}
	if v.Severity == nil {
		return validate.Errorf("relations", "decoding Grievance %s: \"severity\" missing or null: %w", validate.Quote(p.ID), ErrMissing)
	}
	p.Severity = *v.Severity
	*g = Grievance(p)
	return nil
}

// Status returns g's status as of d (as of d's last day), and whether it
// existed then: a grievance raised after d does not exist yet. A change
// dated coarsely counts from the last day it could have happened on.
func (g Grievance) Status(d indicators.Date) (s GrievanceStatus, ok bool) {
	x := d.Last()
	if !d.IsValid() || g.Raised.First().Compare(x) > 0 {
		return 0, false
	}
	s = Open
	for _, c := range g.History {
		if c.On.Last().Compare(x) > 0 {
			break
		}
		s = c.To
	}
	return s, true
}

// Grievances returns the grievances among gs that claimant holds against
// respondent and that are open as of d, in the order given.
func Grievances(gs []Grievance, claimant, respondent actors.ID, d indicators.Date) []Grievance {
	var out []Grievance
	for _, g := range gs {
		if s, ok := g.Status(d); ok && s == Open && g.Claimant == claimant && g.Respondent == respondent {
			out = append(out, g)
		}
	}
	return out
}
