package indicators

import (
	"math"
	"strings"

	"github.com/statecraft/bilateral/internal/validate"
)

var nan = math.NaN()

// A Period is the half-open interval [Start, End) between two dates.
//
// A zero Start means the start is not recorded: the period reaches back
// without limit. A zero End means the period has not ended: still in
// force. The zero Period is therefore unbounded at both ends.
//
// Bounds may be coarse. A period that starts in "1998" has certainly
// started from 1998-12-31 and possibly from 1998-01-01; a period that ends
// in "2025" has certainly not ended before 2025-01-01 and has certainly
// ended after 2025-12-31. [Period.Contains] answers with certainty and
// [Period.MayContain] with possibility, so that a year-precision bound is
// never read as January 1st.
type Period struct {
	Start Date // first day in force; zero: not recorded
	End   Date // first day no longer in force; zero: still in force
}

// NewPeriod returns the period [start, end) after checking it with
// [Period.Validate].
func NewPeriod(start, end Date) (Period, error) {
	p := Period{Start: start, End: end}
	return p, p.Validate()
}

// OpenPeriod returns the open-ended period [start, ..): in force from
// start with no recorded end.
func OpenPeriod(start Date) Period { return Period{Start: start} }

// ParsePeriod parses "START/END", where each side is a date accepted by
// [ParseDate] or ".." for an open side: "2015-01-02/..", "1998/2044",
// "../2024-07-31". It returns an error wrapping [ErrInvalidPeriod].
func ParsePeriod(s string) (Period, error) {
	a, b, ok := strings.Cut(s, "/")
	if !ok {
		return Period{}, validate.Errorf("indicators", "period %s: %w (want START/END, with .. for an open side)", validate.Quote(s), ErrInvalidPeriod)
	}
	var p Period
	for _, side := range []struct {
		text string
		dst  *Date
	}{{a, &p.Start}, {b, &p.End}} {
		if side.text == ".." {
			continue
		}
		d, ok := parseDate(side.text)
		if !ok {
			return Period{}, validate.Errorf("indicators", "period %s: bound %s: %w", validate.Quote(s), validate.Quote(side.text), ErrInvalidPeriod)
		}
		*side.dst = d
	}
	if err := p.Validate(); err != nil {
		return Period{}, err
	}
	return p, nil
}

// MustParsePeriod is like [ParsePeriod] but panics on error. It is
// intended for tests and examples with hard-coded periods.
func MustParsePeriod(s string) Period {
	p, err := ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}

// Validate reports whether p is well formed: when both bounds are recorded,
// End must be able to fall after Start (End's last possible day after
// Start's first possible day). A period that ends before it starts, or on
// the day it starts, is an error wrapping [ErrInvalidPeriod].
func (p Period) Validate() error {
	if p.Start.IsValid() && p.End.IsValid() && p.End.lastKey() <= p.Start.firstKey() {
		return validate.Errorf("indicators", "period %q: end %s is not after start %s: %w", p.String(), p.End, p.Start, ErrInvalidPeriod)
	}
	return nil
}

// IsOpen reports whether p has not ended (its End is not recorded).
func (p Period) IsOpen() bool { return !p.End.IsValid() }

// Contains reports whether p is certainly in force on every day d could
// be: however p's coarse bounds and d resolve, d falls within [Start, End).
// A period starting in "1998" does not certainly contain "1998-06-01", but
// does contain "1999".
func (p Period) Contains(d Date) bool {
	if !d.IsValid() {
		return false
	}
	return p.containsKeys(d.firstKey(), d.lastKey())
}

func (p Period) containsKeys(first, last uint32) bool {
	if p.Start.IsValid() && p.Start.lastKey() > first {
		return false
	}
	if p.End.IsValid() && last >= p.End.firstKey() {
		return false
	}
	return true
}

// MayContain reports whether p is possibly in force on some day d could be.
// A period starting in "1998" may contain "1998-06-01".
func (p Period) MayContain(d Date) bool {
	if !d.IsValid() {
		return false
	}
	if p.Start.IsValid() && p.Start.firstKey() > d.lastKey() {
		return false
	}
	if p.End.IsValid() && d.firstKey() >= p.End.lastKey() {
		return false
	}
	return true
}

// String returns p as "START/END" with ".." for an open side.
func (p Period) String() string {
	a, b := "..", ".."
	if p.Start.IsValid() {
		a = p.Start.String()
	}
	if p.End.IsValid() {
		b = p.End.String()
	}
	return a + "/" + b
}

// MarshalText implements [encoding.TextMarshaler] with the format of
// [Period.String].
func (p Period) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParsePeriod].
func (p *Period) UnmarshalText(b []byte) error {
	v, err := ParsePeriod(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
