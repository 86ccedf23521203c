package indicators

import (
	"fmt"
	"math"
	"strconv"

	"github.com/statecraft/bilateral/internal/validate"
)

// A Unit is what an indicator's values measure. Values are stored in the
// unit itself, never pre-scaled: USD 12.4 billion is 12.4e9. The zero Unit
// is not valid.
type Unit uint8

// The units. Their order is not meaningful.
const (
	// Share is a fraction in [0, 1], e.g. Russia's share of Armenia's wheat
	// imports (0.99). Shares of a whole are stored as fractions, not
	// percents.
	Share Unit = iota + 1
	// Percent is a percentage that is not a share of a whole, such as a
	// year-on-year growth rate (may be negative or above 100).
	Percent
	// USD is United States dollars, current prices, per year for flows.
	USD
	// EUR is euros, current prices.
	EUR
	// Count is a non-negative number of things: events, treaties, troops.
	Count
	// Index is a dimensionless score on its own scale.
	Index
	// Tonnes is metric tonnes, non-negative.
	Tonnes
	// CubicMetres is cubic metres (of gas, at standard conditions),
	// non-negative.
	CubicMetres
	// TIV is SIPRI trend-indicator value, a volume of arms transfers,
	// non-negative. SIPRI warns that TIV is not money: do not compare it
	// with USD.
	TIV
)

var unitWords = validate.NewWords("indicators", "Unit", "share", "percent", "usd", "eur", "count", "index", "tonnes", "m3", "tiv")

// String returns the unit's text form: "share", "percent", "usd", "eur",
// "count", "index", "tonnes", "m3" or "tiv".
func (u Unit) String() string { return unitWords.Text(uint8(u)) }

// IsValid reports whether u is one of the defined units.
func (u Unit) IsValid() bool { return unitWords.Valid(uint8(u)) }

// ParseUnit parses the text form returned by [Unit.String].
func ParseUnit(s string) (Unit, error) {
	v, err := unitWords.Parse(s)
	return Unit(v), err
}

// MarshalText implements [encoding.TextMarshaler].
func (u Unit) MarshalText() ([]byte, error) { return unitWords.Marshal(uint8(u)) }

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown word is
// an error wrapping [ErrUnknown].
func (u *Unit) UnmarshalText(b []byte) error {
	v, err := ParseUnit(string(b))
	if err == nil {
		*u = v
	}
	return err
}

// Check reports whether v is a value the unit allows: finite, in [0, 1] for
// [Share], and non-negative for [Count], [Tonnes], [CubicMetres] and [TIV].
// The error wraps [ErrInvalid].
func (u Unit) Check(v float64) error {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		return fmt.Errorf("value %v is not finite: %w", v, ErrInvalid)
	case u == Share && (v < 0 || v > 1):
		return fmt.Errorf("share %v outside [0, 1]: %w", v, ErrInvalid)
	case (u == Count || u == Tonnes || u == CubicMetres || u == TIV) && v < 0:
		return fmt.Errorf("%s %v is negative: %w", u, v, ErrInvalid)
	}
	return nil
}

// Format returns v written in unit u for a report: shares and percents as
// "41.4%", money in billions or millions ("USD 12.4bn"), other units to
// four significant digits with their name ("0.0003 index").
func (u Unit) Format(v float64) string {
	switch u {
	case Share:
		if math.Abs(v) < 0.1 {
			return trimFloat(v*100, 2) + "%"
		}
		return trimFloat(v*100, 1) + "%"
	case Percent:
		return trimFloat(v, 1) + "%"
	case USD, EUR:
		cur := "USD"
		if u == EUR {
			cur = "EUR"
		}
		// The scale is chosen from the value as it will be rounded, so that
		// 999.96 million prints as 1bn, not 1000m.
		switch a := math.Abs(v); {
		case a >= 999.95e6:
			return cur + " " + trimFloat(v/1e9, 2) + "bn"
		case a >= 999999.5:
			return cur + " " + trimFloat(v/1e6, 1) + "m"
		}
		return cur + " " + trimFloat(v, 0)
	case CubicMetres:
		if math.Abs(v) >= 1e9-0.5 {
			return trimFloat(v/1e9, 2) + " bcm"
		}
		return trimFloat(v, 0) + " m3"
	case Tonnes:
		return trimFloat(v, 0) + " t"
	}
	return strconv.FormatFloat(v, 'g', 4, 64) + " " + u.String()
}

// trimFloat formats v with at most prec decimals and no trailing zeros.
func trimFloat(v float64, prec int) string {
	s := fmt.Sprintf("%.*f", prec, v)
	if prec > 0 {
		for s[len(s)-1] == '0' {
			s = s[:len(s)-1]
		}
		if s[len(s)-1] == '.' {
			s = s[:len(s)-1]
		}
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

// A Qualifier says how a published value relates to the true one. The
// zero Qualifier, Stated, means the value is given as published with no
// qualification.
type Qualifier uint8

// The qualifiers.
const (
	Stated  Qualifier = iota // as published, unqualified
	Approx                   // "about", "roughly"
	AtLeast                  // a lower bound: "more than", "exceeded"
	AtMost                   // an upper bound: "below", "less than"
)

var qualifierWords = validate.NewWords("indicators", "Qualifier", "approx", "at-least", "at-most")

// String returns "stated", "approx", "at-least" or "at-most".
func (q Qualifier) String() string {
	if q == Stated {
		return "stated"
	}
	return qualifierWords.Text(uint8(q))
}

// Symbol returns the prefix a report writes before a qualified value:
// "", "~", "≥" or "≤".
func (q Qualifier) Symbol() string {
	switch q {
	case Approx:
		return "~"
	case AtLeast:
		return "≥"
	case AtMost:
		return "≤"
	}
	return ""
}

// MarshalText implements [encoding.TextMarshaler].
func (q Qualifier) MarshalText() ([]byte, error) {
	if q == Stated {
		return []byte("stated"), nil
	}
	return qualifierWords.Marshal(uint8(q))
}

// UnmarshalText implements [encoding.TextUnmarshaler]; an unknown word is
// an error wrapping [ErrUnknown].
func (q *Qualifier) UnmarshalText(b []byte) error {
	if string(b) == "stated" || len(b) == 0 {
		*q = Stated
		return nil
	}
	v, err := qualifierWords.Parse(string(b))
	if err == nil {
		*q = Qualifier(v)
	}
	return err
}
