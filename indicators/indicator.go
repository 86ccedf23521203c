package indicators

import (
	"encoding/json"
	"fmt"
	"iter"
	"slices"
	"strings"
	"unicode"

	"github.com/statecraft/bilateral/internal/validate"
)

// An Observation is one published value of an indicator.
//
// An observation that was not published does not exist: it is left out of
// the series, never stored as 0 or NaN.
type Observation struct {
	At        Date       `json:"at"`                 // the date the value refers to, at the precision published
	Value     float64    `json:"value"`              // in the indicator's unit
	Qualifier Qualifier  `json:"qualifier,omitzero"` // Stated unless the source qualifies the value
	Range     Interval   `json:"range,omitzero"`     // a published range ("80–85 %"), containing Value; zero: none
	Source    Provenance `json:"source,omitzero"`    // zero: the indicator's own Source
	Note      string     `json:"note,omitempty"`
}

// Info describes an indicator: what it measures, in which unit, about whom,
// over which window, and from which source.
type Info struct {
	// Code is a stable key for the measure, e.g. "ARM.RUS.trade-turnover";
	// required, without spaces.
	Code string `json:"code"`
	// Name is what a reader sees, e.g. "Armenia–Russia goods trade
	// turnover"; required.
	Name string `json:"name"`
	// Unit of every value; required.
	Unit Unit `json:"unit"`
	// Subject is the ID of the actor the measure is about (the reporting
	// economy), as text, e.g. "ARM"; empty when the measure has none.
	Subject string `json:"subject,omitempty"`
	// Counterpart is the ID of the other actor of a bilateral measure, as
	// text, e.g. "RUS"; empty for a measure of the subject alone.
	Counterpart string `json:"counterpart,omitempty"`
	// Coverage is the window the series is meant to cover. A zero Start
	// means coverage begins with the first observation; a zero End means
	// the series is still maintained. After End, the series says nothing.
	Coverage Period `json:"coverage,omitzero"`
	// Source is the default provenance of the observations; required.
	Source Provenance `json:"source"`
	// Note holds caveats about the measure as a whole.
	Note string `json:"note,omitempty"`
}

// An Indicator is a typed, sourced, dated series: a named measure with a
// unit, the actors it is about, its observations in date order, the window
// it covers and where it comes from.
//
// Build one with [New]. An Indicator is immutable: New copies its input,
// and no method modifies it or hands out storage it uses, so one value can
// be shared freely between goroutines. The zero Indicator is not valid and
// stands for "no indicator recorded" in fields that may be empty; see
// [Indicator.IsValid].
type Indicator struct {
	p *series // nil for the zero Indicator; never modified after New
}

type series struct {
	info Info
	obs  []Observation
}

// New returns the indicator described by info with the given observations,
// after checking them:
//
//   - info has a Code (no spaces), a Name, a valid Unit, a valid Source and
//     a valid Coverage;
//   - every value is finite and allowed by the unit (shares in [0, 1]),
//     and so is every bound of a published Range, which contains its
//     value;
//   - observations are in strictly increasing date order, and no two of them
//     overlap ("2024" and "2024-08" overlap);
//   - every observation lies within the coverage: it does not end before
//     the coverage starts (an annual value for 2019 fits a coverage that
//     starts in 2019 or in March 2019), and it ends before the coverage
//     ends (an annual value for 2024 does not fit a coverage that ends on
//     2024-07-01, since it could not be read as of 2024); and every
//     observation's own Source, when recorded, is valid.
//
// Errors name the field and the value and wrap [ErrMissing], [ErrUnknown],
// [ErrInvalid], [ErrInvalidDate], [ErrInvalidPeriod] or [ErrOrder].
// An indicator with no observations is valid: a measure whose values are
// all missing.
func New(info Info, obs ...Observation) (Indicator, error) {
	if err := check(info, obs); err != nil {
		return Indicator{}, err
	}
	return Indicator{p: &series{info: info, obs: slices.Clone(obs)}}, nil
}

// check applies the rules of [New] to info and obs.
func check(info Info, obs []Observation) error {
	if err := info.validate(); err != nil {
		return err
	}
	for i, o := range obs {
		f := func(name string) string {
			return fmt.Sprintf("%s: Observations[%d].%s", validate.Clip(info.Code), i, name)
		}
		if !o.At.IsValid() {
			return fieldErr(f("At"), nil, ErrInvalidDate)
		}
		if err := info.Unit.Check(o.Value); err != nil {
			return validate.Errorf("indicators", "%s (%s): %w", f("Value"), o.At, err)
		}
		if o.Qualifier > AtMost {
			return fieldErr(f("Qualifier"), uint8(o.Qualifier), ErrUnknown)
		}
		if err := o.Range.check(info.Unit, o.Value); err != nil {
			return validate.Errorf("indicators", "%s (%s): %w", f("Range"), o.At, err)
		}
		if !o.Source.IsZero() {
			if err := o.Source.Validate(); err != nil {
				return validate.Errorf("indicators", "%s: %w", f("Source"), err)
			}
		}
		if i > 0 && obs[i-1].At.lastKey() >= o.At.firstKey() {
			return validate.Errorf("indicators", "%s %s after %s: %w", f("At"), o.At, obs[i-1].At, ErrOrder)
		}
		if !withinCoverage(info.Coverage, o.At) {
			return validate.Errorf("indicators", "%s %s outside coverage %s: %w", f("At"), o.At, info.Coverage, ErrInvalidPeriod)
		}
	}
	return nil
}

// MustNew is like [New] but panics on error. It is intended for tests and
// examples with hard-coded data.
func MustNew(info Info, obs ...Observation) Indicator {
	ind, err := New(info, obs...)
	if err != nil {
		panic(err)
	}
	return ind
}

// withinCoverage reports whether an observation dated at fits the
// coverage c: its span does not end before c starts, and ends before c
// ends.
func withinCoverage(c Period, at Date) bool {
	if c.Start.IsValid() && at.lastKey() < c.Start.firstKey() {
		return false
	}
	return !c.End.IsValid() || at.lastKey() < c.End.firstKey()
}

func (info Info) validate() error {
	switch {
	case info.Code == "":
		return fieldErr("Info.Code", info.Code, ErrMissing)
	case strings.IndexFunc(info.Code, unicode.IsSpace) >= 0:
		return fieldErr("Info.Code", info.Code, fmt.Errorf("%w: a code has no spaces", ErrInvalid))
	case info.Name == "":
		return fieldErr(validate.Clip(info.Code)+": Info.Name", nil, ErrMissing)
	case info.Unit == 0:
		return fieldErr(validate.Clip(info.Code)+": Info.Unit", nil, fmt.Errorf("%w (one of %s)", ErrMissing, unitWords.List()))
	case !info.Unit.IsValid():
		return fieldErr(validate.Clip(info.Code)+": Info.Unit", uint8(info.Unit), ErrUnknown)
	}
	if err := info.Coverage.Validate(); err != nil {
		return validate.Errorf("indicators", "%s: Info.Coverage: %w", validate.Clip(info.Code), err)
	}
	if err := info.Source.Validate(); err != nil {
		return validate.Errorf("indicators", "%s: Info.Source: %w", validate.Clip(info.Code), err)
	}
	return nil
}

// IsValid reports whether ind was built by [New] (it is not the zero
// Indicator).
func (ind Indicator) IsValid() bool { return ind.p != nil }

// Info returns the description of ind.
func (ind Indicator) Info() Info {
	if ind.p == nil {
		return Info{}
	}
	return ind.p.info
}

// Code returns ind's code.
func (ind Indicator) Code() string { return ind.Info().Code }

// Unit returns the unit of ind's values.
func (ind Indicator) Unit() Unit { return ind.Info().Unit }

// Len returns the number of observations.
func (ind Indicator) Len() int {
	if ind.p == nil {
		return 0
	}
	return len(ind.p.obs)
}

// Observation returns the i-th observation in date order, with its Source
// filled in from the indicator when the observation has none of its own.
// It panics if i is out of range, like a slice index; the zero Indicator
// has no observations.
func (ind Indicator) Observation(i int) Observation {
	if ind.p == nil {
		panic(fmt.Sprintf("indicators: Observation(%d) of the zero Indicator", i))
	}
	return ind.resolve(ind.p.obs[i])
}

func (ind Indicator) resolve(o Observation) Observation {
	if o.Source.IsZero() {
		o.Source = ind.p.info.Source
	}
	return o
}

// All returns an iterator over the observations in date order, each with
// its Source resolved as by [Indicator.Observation].
func (ind Indicator) All() iter.Seq[Observation] {
	return func(yield func(Observation) bool) {
		if ind.p == nil {
			return
		}
		for _, o := range ind.p.obs {
			if !yield(ind.resolve(o)) {
				return
			}
		}
	}
}

// Coverage returns the window ind covers, with a Start not recorded in
// Info filled in from the first observation.
func (ind Indicator) Coverage() Period {
	if ind.p == nil {
		return Period{}
	}
	c := ind.p.info.Coverage
	if !c.Start.IsValid() && len(ind.p.obs) > 0 {
		c.Start = ind.p.obs[0].At
	}
	return c
}

// AsOf returns the value of ind as of d, and whether there is one.
//
// The rule, stated once for the module: as of a date means as of its last
// day ("as of 2019" is as of 2019-12-31), and an observation counts from
// the end of the period it covers: a year from its 31 December, a month
// from its last day, a day from that day. The value as of d is the latest
// observation whose period ends on or before d's last day, so an annual
// value for 2019 applies from 2019-12-31 until a later one replaces it,
// and as of 2019-06-30 the value for 2018 is read: nothing is read before
// the period it describes is over (no look-ahead). There is no value
// before the first observation has ended, and none on or after the end of
// the coverage window: a series that has stopped is not carried forward.
// Nothing is interpolated.
func (ind Indicator) AsOf(d Date) (Observation, bool) {
	i := ind.asOfIndex(d)
	if i < 0 {
		return Observation{}, false
	}
	return ind.resolve(ind.p.obs[i]), true
}

// asOfIndex returns the index of the observation in force as of d, or -1.
func (ind Indicator) asOfIndex(d Date) int {
	if ind.p == nil || !d.IsValid() {
		return -1
	}
	x := d.lastKey()
	if e := ind.p.info.Coverage.End; e.IsValid() && x >= e.firstKey() {
		return -1
	}
	// Binary search for the first observation ending after x. Observations
	// do not overlap, so their ends increase with their starts.
	obs := ind.p.obs
	lo, hi := 0, len(obs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if obs[m].At.lastKey() <= x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo - 1
}

// LatestAsOf is like [Indicator.AsOf] but skips observations for which
// keep returns false, returning the latest one that keep accepts (still
// ended by d's last day and within the coverage window). Use it to leave
// out unverified values or values recorded after a date.
func (ind Indicator) LatestAsOf(d Date, keep func(Observation) bool) (Observation, bool) {
	for i := ind.asOfIndex(d); i >= 0; i-- {
		if o := ind.resolve(ind.p.obs[i]); keep(o) {
			return o, true
		}
	}
	return Observation{}, false
}

// ValueAsOf is a fast form of [Indicator.AsOf] that returns only the value,
// its date, and whether it exists, without copying the observation. Use it
// in hot loops.
func (ind Indicator) ValueAsOf(d Date) (v float64, at Date, ok bool) {
	i := ind.asOfIndex(d)
	if i < 0 {
		return 0, Date{}, false
	}
	return ind.p.obs[i].Value, ind.p.obs[i].At, true
}

// Samples returns the times and values of ind's observations, oldest
// first, as fresh slices. Each time is the decimal year of the middle of
// the observation's date ([Date.Decimal]). Missing observations are simply
// absent, so gaps keep their true time positions. Trend statistics take
// these slices.
func (ind Indicator) Samples() (t, y []float64) {
	n := ind.Len()
	t = make([]float64, n)
	y = make([]float64, n)
	for i := range n {
		o := ind.p.obs[i]
		t[i] = o.At.Decimal()
		y[i] = o.Value
	}
	return t, y
}

// Equal reports whether ind and other describe the same measure with the
// same observations. It lets [github.com/google/go-cmp/cmp] compare
// Indicators.
func (ind Indicator) Equal(other Indicator) bool {
	if ind.p == nil || other.p == nil {
		return ind.p == other.p
	}
	return ind.p.info == other.p.info && slices.Equal(ind.p.obs, other.p.obs)
}

// String returns a short description: code, unit and number of
// observations.
func (ind Indicator) String() string {
	if !ind.IsValid() {
		return "Indicator{}"
	}
	return fmt.Sprintf("%s [%s, %d obs, %s]", ind.p.info.Code, ind.p.info.Unit, len(ind.p.obs), ind.Coverage())
}

type indicatorJSON struct {
	Info
	Observations observationList `json:"observations"`
}

// observationList decodes a JSON array of observations one element at a
// time, in place, and stops at the first bad one.
type observationList []Observation

// UnmarshalJSON decodes the array element by element with
// validate.EachJSON.
func (l *observationList) UnmarshalJSON(b []byte) error {
	var out []Observation
	err := validate.EachJSON(b, func(i int, decode func(any) error) error {
		if len(out) == cap(out) {
			// Double the capacity, so that the arrays allocated on the
			// way add up to at most twice the last one.
			out = slices.Grow(out, max(cap(out), 16))
		}
		out = out[:i+1]
		if err := decodeObservation(decode, &out[i]); err != nil {
			return validate.Errorf("indicators", "decoding Indicator: observations[%d]: %w", i, err)
		}
		return nil
	})
	if err != nil {
		return validate.JSONErr("indicators", "Indicator: observations", err)
	}
	*l = out
	return nil
}

// MarshalJSON encodes ind as its Info fields plus "observations". The zero
// Indicator encodes as null.
func (ind Indicator) MarshalJSON() ([]byte, error) {
	if !ind.IsValid() {
		return []byte("null"), nil
	}
	obs := ind.p.obs
	if obs == nil {
		obs = []Observation{}
	}
	return json.Marshal(indicatorJSON{Info: ind.p.info, Observations: obs})
}

// UnmarshalJSON decodes what [Indicator.MarshalJSON] encodes and checks it
// with [New]; null gives the zero Indicator. A key that names no field is
// an error wrapping [ErrUnknown], an observation without a value (or with
// a null one) an error wrapping [ErrMissing], and malformed JSON an error
// wrapping [ErrInvalid]. Decoding stops at the first bad observation,
// and errors quote at most about 100 bytes of the input.
func (ind *Indicator) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*ind = Indicator{}
		return nil
	}
	var v indicatorJSON
	if err := validate.DecodeJSON(b, &v); err != nil {
		return validate.JSONErr("indicators", "Indicator", err)
	}
	if err := check(v.Info, v.Observations); err != nil {
		return err
	}
	*ind = Indicator{p: &series{info: v.Info, obs: v.Observations}}
	return nil
}

// UnmarshalJSON decodes an observation as encoding/json would, except that
// a missing or null "value" is an error wrapping [ErrMissing] (a value that
// was not published is left out of the series, never decoded as 0), and a
// key that names no field is an error wrapping [ErrUnknown].
func (o *Observation) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil
	}
	var v Observation
	if err := decodeObservation(func(v any) error { return validate.DecodeJSON(b, v) }, &v); err != nil {
		return validate.Errorf("indicators", "decoding Observation: %w", err)
	}
	*o = v
	return nil
}

// plainObservation is an Observation without the UnmarshalJSON method.
type plainObservation Observation

// decodeObservation decodes one observation into o with decode, a
// function of package strictjson, and returns its errors without the
// package prefix. The value is decoded through a pointer, which stays nil
// when the key is missing and becomes nil again at a null, even one that
// repeats the key after a number.
func decodeObservation(decode func(any) error, o *Observation) error {
	*o = Observation{}
	v := struct {
		*plainObservation
		Value *float64 `json:"value"` // shadows the embedded Value
	}{plainObservation: (*plainObservation)(o)}
	if err := decode(&v); err != nil {
		if je, ok := err.(*validate.JSONError); ok {
			if je.Unknown != "" {
				return fmt.Errorf("%w: %w", err, ErrUnknown)
			}
			return fmt.Errorf("%w: %w", err, ErrInvalid)
		}
		return err
	}
	if v.Value == nil {
		return fmt.Errorf("\"value\" missing or null: %w", ErrMissing)
	}
	o.Value = *v.Value
	return nil
}

// IsZero reports whether ind is the zero Indicator, for the omitzero JSON
// option.
func (ind Indicator) IsZero() bool { return !ind.IsValid() }
