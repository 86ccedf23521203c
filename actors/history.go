package actors

import (
	"fmt"

	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/internal/validate"
)

// A Transition is a dated change of [Standing]: a membership that begins, is
// frozen or ends; an agreement that enters into force, is suspended or
// expires.
type Transition struct {
	On     indicators.Date       `json:"on"`              // when the change took effect, at the precision known
	To     Standing              `json:"to"`              // the standing from that date
	Source indicators.Provenance `json:"source,omitzero"` // zero: the source of what holds the history
	Note   string                `json:"note,omitempty"`
}

// A History is the record of standing over time: changes in strictly
// increasing date order. Before its first change the thing it describes
// did not yet exist or was not yet in force.
//
// As of a date means as of the date's last day, as for
// [indicators.Indicator.AsOf]. A change dated only to the month or the year
// counts, for [History.At], from the last day it could have happened on:
// "in force 1998" is in force as of 1998-12-31 but not certainly as of
// 1998-06-01, and At says so by returning certain = false.
type History []Transition

// Validate reports whether h is non-empty, every change has a valid date
// and standing and a valid source when one is recorded, and the changes
// are in strictly increasing, non-overlapping date order. Errors wrap
// [ErrMissing], [ErrUnknown] or [ErrInvalid], or an error of package
// indicators for a bad source.
func (h History) Validate() error {
	if len(h) == 0 {
		return fieldErr("History", nil, ErrMissing)
	}
	for i, c := range h {
		if !c.On.IsValid() {
			return fieldErr(fmt.Sprintf("History[%d].On", i), nil, ErrMissing)
		}
		if !c.To.IsValid() {
			return fieldErr(fmt.Sprintf("History[%d].To", i), uint8(c.To), ErrUnknown)
		}
		if !c.Source.IsZero() {
			if err := c.Source.Validate(); err != nil {
				return validate.Errorf("actors", "History[%d].Source: %w", i, err)
			}
		}
		if i > 0 && !h[i-1].On.EndsBefore(c.On) {
			return validate.Errorf("actors", "History[%d].On %s is not after %s: %w", i, c.On, h[i-1].On, ErrInvalid)
		}
	}
	return nil
}

// At returns the standing as of d: the standing set by the latest change
// that had certainly taken effect by d's last day. It returns 0 (no
// standing) when no change had taken effect yet. certain is false when a
// coarsely dated change may or may not have taken effect by then, so that
// the answer could differ once its day is known. The zero Date has no
// answer: 0, false.
func (h History) At(d indicators.Date) (s Standing, certain bool) {
	if !d.IsValid() {
		return 0, false
	}
	s, pending := h.at(d)
	return s, pending == 0
}

// at returns the standing as of d and, when a coarsely dated change may or
// may not have taken effect by then, the standing it would set (0 when no
// change is pending). At most one change can be pending, because changes do
// not overlap.
func (h History) at(d indicators.Date) (s, pending Standing) {
	x := d.Last()
	for _, c := range h {
		if c.On.Last().Compare(x) <= 0 {
			s = c.To
			continue
		}
		if c.On.First().Compare(x) <= 0 {
			pending = c.To
		}
		break
	}
	return s, pending
}

// Start returns the date of the first change, or the zero Date for an
// empty history.
func (h History) Start() indicators.Date {
	if len(h) == 0 {
		return indicators.Date{}
	}
	return h[0].On
}

// Period returns the span from the first change to the first change to
// [Ended] after it (open if there is none).
func (h History) Period() indicators.Period {
	var p indicators.Period
	if len(h) == 0 {
		return p
	}
	p.Start = h[0].On
	for _, c := range h[1:] {
		if c.To == Ended {
			p.End = c.On
			break
		}
	}
	return p
}
