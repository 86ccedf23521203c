package relations

import (
	"cmp"
	"fmt"
	"math"
	"slices"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/internal/validate"
)

// An Event is a dated act of one actor toward another, coded with a CAMEO
// event code (Gerner, Schrodt & Yilmaz 2002; CAMEO manual 2012), whose
// weight on the Goldstein (1992) conflict–cooperation scale comes from
// [Goldstein]. Events feed [Climate], never leverage.
type Event struct {
	ID      string                `json:"id"`     // stable key; required
	Actor   actors.ID             `json:"actor"`  // who acted; required
	Target  actors.ID             `json:"target"` // toward whom; required, not Actor
	On      indicators.Date       `json:"on"`     // when; required
	Code    string                `json:"code"`   // CAMEO event code, as a string ("057", not 57); required and known to Goldstein
	Summary string                `json:"summary"`
	Source  indicators.Provenance `json:"source"`
}

// Validate reports the first way in which e is malformed: a missing ID,
// actor, target, date or source; an actor that is its own target (wrapping
// [ErrSelf]); or a code that [Goldstein] does not know (wrapping
// [ErrUnknown]).
func (e Event) Validate() error {
	if e.ID == "" {
		return fieldErr("Event.ID", nil, ErrMissing)
	}
	f := func(name string) string { return "Event " + validate.Clip(e.ID) + ": " + name }
	switch {
	case !e.Actor.IsValid():
		return fieldErr(f("Actor"), nil, ErrMissing)
	case !e.Target.IsValid():
		return fieldErr(f("Target"), nil, ErrMissing)
	case e.Actor == e.Target:
		return fieldErr(f("Target"), e.Target.String(), fmt.Errorf("%w: the actor itself", ErrSelf))
	case !e.On.IsValid():
		return fieldErr(f("On"), nil, ErrMissing)
	}
	if _, ok := Goldstein(e.Code); !ok {
		return fieldErr(f("Code"), e.Code, fmt.Errorf("%w: not a CAMEO code of the Goldstein table", ErrUnknown))
	}
	if err := e.Source.Validate(); err != nil {
		return validate.Errorf("relations", "%s: %w", f("Source"), err)
	}
	return nil
}

// UnmarshalJSON decodes an event as encoding/json would, except that a key
// that names no field, at any depth, is an error wrapping [ErrUnknown] and
// malformed JSON an error wrapping [ErrInvalid]. It does not call
// [Event.Validate].
func (e *Event) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	type plain Event // without this method
	var v plain
	if err := validate.Decode("relations", "Event", b, &v); err != nil {
		return err
	}
	*e = Event(v)
	return nil
}

// ClimateParams are the parameters of [Climate].
type ClimateParams struct {
	// HalfLife is the time, in days, over which an event's weight halves.
	// Default 180 (the value proposed in the methodology notes, §9.5): an
	// event still counts half after six months and an eighth after eighteen.
	HalfLife float64
	// Scale is C0 in tanh(R/C0). Default 10, the top of the Goldstein
	// scale: one fresh event of full weight moves the climate to
	// tanh(±1) ≈ ±0.76.
	Scale float64
	// Grievance is the weight of an open grievance relative to a fresh
	// event of the same severity, counted without decay for as long as the
	// grievance is open. Default 0.25: a standing complaint weighs less than
	// a new act, but keeps weighing.
	Grievance float64
	// SingleSource is the weight of a fact of single-source confidence
	// relative to a verified one. Default 0.5. Unverified facts are left
	// out.
	SingleSource float64
}

// DefaultClimateParams returns the defaults documented on [ClimateParams].
func DefaultClimateParams() ClimateParams {
	return ClimateParams{HalfLife: 180, Scale: 10, Grievance: 0.25, SingleSource: 0.5}
}

// Validate reports whether p's values are finite and positive (Grievance
// and SingleSource in [0, 1]).
func (p ClimateParams) Validate() error {
	for _, v := range []struct {
		name string
		x    float64
		one  bool
	}{{"HalfLife", p.HalfLife, false}, {"Scale", p.Scale, false}, {"Grievance", p.Grievance, true}, {"SingleSource", p.SingleSource, true}} {
		if math.IsNaN(v.x) || math.IsInf(v.x, 0) || v.x < 0 || (!v.one && v.x == 0) || (v.one && v.x > 1) {
			return fieldErr("ClimateParams."+v.name, v.x, ErrInvalid)
		}
	}
	return nil
}

// A ClimateTerm is one event's or one open grievance's contribution to a
// [ClimateResult].
type ClimateTerm struct {
	Kind      string // "event" or "grievance"
	ID        string
	From, To  actors.ID // actor and target, or claimant and respondent
	On        indicators.Date
	Goldstein float64 // the event's table weight, or the grievance's severity
	Weight    float64 // confidence weight (times the grievance weight for grievances)
	Decay     float64 // 2^(−age/half-life) for events; 1 for open grievances
	Value     float64 // Goldstein × Weight × Decay
}

// A ClimateResult is the climate of a pair of actors as of a date: a
// value in (−1, 1), negative when relations are conflictual.
type ClimateResult struct {
	A, B   actors.ID
	AsOf   indicators.Date
	Raw    float64 // R: the sum of the terms' values, added in date order
	Value  float64 // tanh(R / Scale)
	Terms  []ClimateTerm
	Params ClimateParams
}

// Climate computes the relationship climate between a and b as of d, the
// date of [AsOf] (its last day), from the events between them in either
// direction and the grievances either holds against the other:
//
//	c, err := relations.Climate(arm, rus, events, grievances, relations.AsOf(indicators.YearDate(2024)))
//
//	R = Σ_events q · goldstein(code) · 2^(−age/h)  +  Σ_open grievances q · w_g · severity
//	C = tanh(R / C0)
//
// where q is the confidence weight of the fact (1 verified,
// params.SingleSource single-source; unverified facts are left out), age
// is in days from the event's last possible day to d's last day, h is the
// half-life and w_g the grievance weight (see [ClimateParams]). Events
// dated after d, and grievances not raised or already resolved by d, are
// left out. The climate is a separate axis: it never changes [Leverage].
// The terms add up to Raw; Value is not additive because of tanh.
//
// Without AsOf, d is the latest date of an event or grievance of the pair,
// so that the result never depends on the clock. [WithClimateParams] sets
// the parameters (default [DefaultClimateParams]); any other option is an
// error.
//
// It returns an error for the zero ID or a = b, for invalid parameters,
// for an option Climate does not use, for a pair with neither AsOf nor any
// dated event or grievance, and for any invalid event or grievance among
// those it is given.
func Climate(a, b actors.ID, events []Event, grievances []Grievance, opts ...Option) (ClimateResult, error) {
	r := ClimateResult{A: a, B: b}
	c, err := applyOptions(opts)
	if err == nil {
		err = c.only("Climate", "AsOf", "WithClimateParams")
	}
	if err != nil {
		return r, err
	}
	params := DefaultClimateParams()
	if c.climate != nil {
		params = *c.climate
	}
	d := c.asOf
	if !d.IsValid() {
		d = latestOfPair(a, b, events, grievances)
	}
	r.AsOf, r.Params = d, params
	switch {
	case !a.IsValid() || !b.IsValid():
		return r, fieldErr("Climate pair", fmt.Sprintf("%s–%s", a, b), actors.ErrInvalidID)
	case a == b:
		return r, fieldErr("Climate pair", a.String(), fmt.Errorf("%w: climate of an actor with itself", ErrSelf))
	case !d.IsValid():
		return r, fieldErr("Climate", nil, fmt.Errorf("%w: no event or grievance of the pair to date the climate by; give AsOf", indicators.ErrInvalidDate))
	}
	if err := params.Validate(); err != nil {
		return r, err
	}
	pair := func(x, y actors.ID) bool { return x == a && y == b || x == b && y == a }
	q := func(c indicators.Confidence) float64 {
		switch c {
		case indicators.Verified:
			return 1
		case indicators.SingleSource:
			return params.SingleSource
		}
		return 0
	}
	x := d.Last()
	for _, e := range events {
		if err := e.Validate(); err != nil {
			return r, err
		}
		if !pair(e.Actor, e.Target) || e.On.First().Compare(x) > 0 || q(e.Source.Confidence) == 0 {
			continue
		}
		g, _ := Goldstein(e.Code)
		age := max(0, days(e.On.Last(), x))
		t := ClimateTerm{Kind: "event", ID: e.ID, From: e.Actor, To: e.Target, On: e.On, Goldstein: g,
			Weight: q(e.Source.Confidence), Decay: math.Exp2(-age / params.HalfLife)}
		t.Value = t.Goldstein * t.Weight * t.Decay
		r.Terms = append(r.Terms, t)
	}
	for _, g := range grievances {
		if err := g.Validate(); err != nil {
			return r, err
		}
		if s, ok := g.Status(d); !ok || s != Open || !pair(g.Claimant, g.Respondent) || q(g.Source.Confidence) == 0 {
			continue
		}
		t := ClimateTerm{Kind: "grievance", ID: g.ID, From: g.Claimant, To: g.Respondent, On: g.Raised, Goldstein: g.Severity,
			Weight: q(g.Source.Confidence) * params.Grievance, Decay: 1}
		t.Value = t.Goldstein * t.Weight * t.Decay
		r.Terms = append(r.Terms, t)
	}
	slices.SortStableFunc(r.Terms, func(s, t ClimateTerm) int {
		return cmp.Or(s.On.Compare(t.On), cmp.Compare(s.Kind, t.Kind), cmp.Compare(s.ID, t.ID))
	})
	for _, t := range r.Terms {
		r.Raw += t.Value
	}
	r.Value = math.Tanh(r.Raw / params.Scale)
	return r, nil
}

// latestOfPair returns the latest date of an event or grievance between a
// and b, in either direction, or the zero Date: the default as-of date of
// [Climate], so that it never depends on the clock.
func latestOfPair(a, b actors.ID, events []Event, grievances []Grievance) indicators.Date {
	var d indicators.Date
	pair := func(x, y actors.ID) bool { return x == a && y == b || x == b && y == a }
	for _, e := range events {
		if pair(e.Actor, e.Target) && e.On.After(d) {
			d = e.On
		}
	}
	for _, g := range grievances {
		if pair(g.Claimant, g.Respondent) && g.Raised.After(d) {
			d = g.Raised
		}
	}
	return d
}

// days returns the number of days from a to b, both day-precision dates.
// It counts civil days with indicators.Date.DaysSince, exact for every
// date of years 1 to 9999; a time.Duration would saturate at about 292
// years and age every older event alike.
func days(a, b indicators.Date) float64 { return float64(b.DaysSince(a)) }

// String returns the climate in one line, with its raw sum and number of
// terms; the zero ClimateResult prints "Climate: (zero ClimateResult)".
// The layout may change.
func (r ClimateResult) String() string {
	if !r.AsOf.IsValid() {
		return "Climate: (zero ClimateResult)"
	}
	return fmt.Sprintf("Climate %s–%s as of %s: %+.3f (raw %+.2f from %d terms)", r.A, r.B, r.AsOf, r.Value, r.Raw, len(r.Terms))
}
