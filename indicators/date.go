package indicators

import (
	"fmt"
	"time"

	"github.com/statecraft/bilateral/internal/validate"
)

// A Precision says how much of a [Date] is known: the year, the month, or
// the day. The zero Precision is not valid.
type Precision uint8

// The precisions, coarsest first. The order matters: [Date.Compare] puts a
// coarser date before a finer one that starts on the same day.
const (
	PrecisionYear  Precision = iota + 1 // "1998": some day in 1998
	PrecisionMonth                      // "2024-02": some day in February 2024
	PrecisionDay                        // "2024-02-22"
)

// String returns "year", "month" or "day".
func (p Precision) String() string {
	switch p {
	case PrecisionYear:
		return "year"
	case PrecisionMonth:
		return "month"
	case PrecisionDay:
		return "day"
	}
	return fmt.Sprintf("Precision(%d)", uint8(p))
}

// A Date is a calendar date known to the year, the month or the day.
//
// A Date denotes the span of days it could be: "1998" is any day of 1998,
// "2024-02" any day of February 2024. A year-precision date is never
// silently read as January 1st: [Date.First] and [Date.Last] give the two
// ends of the span, and [Period] uses them to decide what is certainly and
// what is only possibly in force.
//
// Dates use the proleptic Gregorian calendar, years 1 to 9999, with no
// time zone: they are civil dates, not instants.
//
// Date is a small immutable value: compare Dates with == and use them as
// map keys. The zero Date is not valid; see [Date.IsValid]. Fields and
// structs of type Date use the zero value to mean "not recorded".
type Date struct {
	y    uint16
	m, d uint8 // 0 when coarser than the precision
	p    Precision
}

// ParseDate parses "YYYY", "YYYY-MM" or "YYYY-MM-DD". The precision of the
// result is that of the text. It returns an error wrapping [ErrInvalidDate]
// for anything else, including dates that do not exist ("2023-02-29").
func ParseDate(s string) (Date, error) {
	d, ok := parseDate(s)
	if !ok {
		return Date{}, validate.Errorf("indicators", "date %s: %w (want YYYY, YYYY-MM or YYYY-MM-DD)", validate.Quote(s), ErrInvalidDate)
	}
	return d, nil
}

// MustParseDate is like [ParseDate] but panics on error. It is intended
// for tests and examples with hard-coded dates.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the day-precision Date of t's calendar date in t's own
// location. It returns the zero Date if t's year is outside 1 to 9999.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	if y < 1 || y > 9999 {
		return Date{}
	}
	return Date{y: uint16(y), m: uint8(m), d: uint8(d), p: PrecisionDay}
}

// YearDate returns the year-precision Date for year y, or the zero Date if
// y is outside 1 to 9999.
func YearDate(y int) Date {
	if y < 1 || y > 9999 {
		return Date{}
	}
	return Date{y: uint16(y), p: PrecisionYear}
}

// MonthDate returns the month-precision Date for month m of year y, or
// the zero Date if the month does not exist (a year outside 1 to 9999, a
// month outside 1 to 12).
func MonthDate(y int, m time.Month) Date {
	if y < 1 || y > 9999 || m < 1 || m > 12 {
		return Date{}
	}
	return Date{y: uint16(y), m: uint8(m), p: PrecisionMonth}
}

// DayDate returns the day-precision Date for day d of month m of year y,
// or the zero Date if that day does not exist (2023-02-29, a month
// outside 1 to 12, a year outside 1 to 9999). Unlike [time.Date], it does
// not normalise: 2024-01-32 is not 2024-02-01.
func DayDate(y int, m time.Month, d int) Date {
	if y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysIn(y, int(m)) {
		return Date{}
	}
	return Date{y: uint16(y), m: uint8(m), d: uint8(d), p: PrecisionDay}
}

func parseDate(s string) (Date, bool) {
	num := func(s string) (int, bool) {
		n := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, true
	}
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return Date{}, false
	}
	y, ok := num(s[:4])
	if !ok || y < 1 {
		return Date{}, false
	}
	if len(s) == 4 {
		return Date{y: uint16(y), p: PrecisionYear}, true
	}
	if s[4] != '-' {
		return Date{}, false
	}
	m, ok := num(s[5:7])
	if !ok || m < 1 || m > 12 {
		return Date{}, false
	}
	if len(s) == 7 {
		return Date{y: uint16(y), m: uint8(m), p: PrecisionMonth}, true
	}
	if s[7] != '-' {
		return Date{}, false
	}
	d, ok := num(s[8:10])
	if !ok || d < 1 || d > daysIn(y, m) {
		return Date{}, false
	}
	return Date{y: uint16(y), m: uint8(m), d: uint8(d), p: PrecisionDay}, true
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// IsValid reports whether d is a date, that is, not the zero Date.
func (d Date) IsValid() bool { return d.p != 0 }

// Precision returns how much of d is known.
func (d Date) Precision() Precision { return d.p }

// Year returns d's year, or 0 for the zero Date.
func (d Date) Year() int { return int(d.y) }

// Month returns d's month, or 0 when d is known only to the year.
func (d Date) Month() time.Month { return time.Month(d.m) }

// Day returns d's day of the month, or 0 when d is known only to the month
// or the year.
func (d Date) Day() int { return int(d.d) }

// First returns the first day d could be, at day precision: "1998" gives
// 1998-01-01. It returns the zero Date for the zero Date.
func (d Date) First() Date {
	if !d.IsValid() {
		return Date{}
	}
	m, day := d.m, d.d
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return Date{y: d.y, m: m, d: day, p: PrecisionDay}
}

// Last returns the last day d could be, at day precision: "1998" gives
// 1998-12-31 and "2024-02" gives 2024-02-29. It returns the zero Date for
// the zero Date.
func (d Date) Last() Date {
	if !d.IsValid() {
		return Date{}
	}
	m, day := d.m, d.d
	if m == 0 {
		m = 12
	}
	if day == 0 {
		day = uint8(daysIn(int(d.y), int(m)))
	}
	return Date{y: d.y, m: m, d: day, p: PrecisionDay}
}

// firstKey and lastKey map the first and last day of d's span to integers
// that order like the days themselves.
func (d Date) firstKey() uint32 { return d.First().key() }

func (d Date) lastKey() uint32 { return d.Last().key() }

// key maps a day-precision date to an integer that orders like the days.
func (d Date) key() uint32 { return uint32(d.y)<<9 | uint32(d.m)<<5 | uint32(d.d) }

// days returns the day number of a day-precision date: days since
// 0001-01-01 (day 0) in the proleptic Gregorian calendar.
func (d Date) days() int64 {
	y, m := int64(d.y), int64(d.m)
	if m <= 2 {
		y--
	}
	// Days from civil, by 400-year eras of 146097 days (Hinnant's
	// algorithm), shifted so that 0001-01-01 is day 0.
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + int64(d.d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 306
}

// fromDays is the inverse of days: the day-precision date of day number
// n, or false outside years 1 to 9999.
func fromDays(n int64) (Date, bool) {
	z := n + 306
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	if y < 1 || y > 9999 {
		return Date{}, false
	}
	return Date{y: uint16(y), m: uint8(m), d: uint8(day), p: PrecisionDay}, true
}

// DaysSince returns the number of days from the first day e could be to
// the first day d could be: negative when d starts before e. It returns
// 0 when either date is zero. Dates are civil dates, so the count is
// exact across centuries ("2024-01-01".DaysSince("0001-01-01") is
// 738885).
func (d Date) DaysSince(e Date) int64 {
	if !d.IsValid() || !e.IsValid() {
		return 0
	}
	return d.First().days() - e.First().days()
}

// AddDays returns the day-precision date n days after d (before, for a
// negative n). d must be known to the day: adding days to "2024" has no
// single answer, so it is an error wrapping [ErrInvalidDate] (use
// [Date.First] or [Date.Last] to pick a day). A result outside years 1 to
// 9999 is an error too.
func (d Date) AddDays(n int) (Date, error) {
	if d.p != PrecisionDay {
		return Date{}, fieldErr("AddDays: date", d.String(), fmt.Errorf("%w: known to the %s; days can be added only to a day (use First or Last)", ErrInvalidDate, d.p))
	}
	out, ok := fromDays(d.days() + int64(n))
	if !ok {
		return Date{}, fieldErr("AddDays: date", d.String(), fmt.Errorf("%w: %+d days leaves years 1 to 9999", ErrInvalidDate, n))
	}
	return out, nil
}

// AddYears returns d moved by n years at its own precision: "2024-02-29"
// plus one year is "2025-02-28", the last day of that February; "1998"
// plus 2 is "2000". A result outside years 1 to 9999 is an error
// wrapping [ErrInvalidDate].
func (d Date) AddYears(n int) (Date, error) {
	if !d.IsValid() {
		return Date{}, fieldErr("AddYears: date", nil, ErrInvalidDate)
	}
	y := int(d.y) + n
	if y < 1 || y > 9999 {
		return Date{}, fieldErr("AddYears: date", d.String(), fmt.Errorf("%w: %+d years leaves years 1 to 9999", ErrInvalidDate, n))
	}
	out := d
	out.y = uint16(y)
	if d.p == PrecisionDay {
		out.d = uint8(min(int(d.d), daysIn(y, int(d.m))))
	}
	return out, nil
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e. Dates
// order by their first day; of two dates that start on the same day, the
// coarser comes first ("2024" < "2024-01" < "2024-01-01"). The zero Date
// orders before every valid date.
func (d Date) Compare(e Date) int {
	if !d.IsValid() || !e.IsValid() {
		switch {
		case d.IsValid():
			return 1
		case e.IsValid():
			return -1
		}
		return 0
	}
	a, b := d.firstKey(), e.firstKey()
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	case d.p < e.p:
		return -1
	case d.p > e.p:
		return 1
	}
	return 0
}

// Before reports whether d orders before e, as [Date.Compare] orders
// them: "1998" is before "1998-06" (it starts no later and is coarser).
// To ask whether every day d could be precedes every day e could be, use
// [Date.EndsBefore].
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d orders after e, as [Date.Compare] orders them.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// EndsBefore reports whether every day d could be comes before every day
// e could be: d certainly precedes e. "1998" ends before "1999-03" but
// not before "1998-06". It is false when either date is zero.
func (d Date) EndsBefore(e Date) bool {
	return d.IsValid() && e.IsValid() && d.lastKey() < e.firstKey()
}

// Contains reports whether every day e could be is also a day d could be:
// "2024" contains "2024-02" and "2024-02-22", but not "2025".
func (d Date) Contains(e Date) bool {
	return d.IsValid() && e.IsValid() && d.firstKey() <= e.firstKey() && e.lastKey() <= d.lastKey()
}

// Decimal returns the middle of d's span as a decimal year: "2015" gives
// 2015.5, "2018-08" gives the middle of August 2018 and "2024-02-22" the
// middle of that day. Trend statistics use it as the time of an
// observation, so that coarse dates sit in the middle of what they denote
// rather than on January 1st. It returns NaN for the zero Date.
func (d Date) Decimal() float64 {
	if !d.IsValid() {
		return nan
	}
	y := int(d.y)
	diy := 365.0
	if isLeap(y) {
		diy = 366
	}
	f, l := d.First(), d.Last()
	start := float64(dayOfYear(y, int(f.m), int(f.d)) - 1)
	end := float64(dayOfYear(y, int(l.m), int(l.d)))
	return float64(y) + (start+end)/2/diy
}

func dayOfYear(y, m, d int) int {
	n := d
	for i := 1; i < m; i++ {
		n += daysIn(y, i)
	}
	return n
}

// String returns d as "YYYY", "YYYY-MM" or "YYYY-MM-DD", by its precision.
// The zero Date prints as "".
func (d Date) String() string {
	switch d.p {
	case PrecisionYear:
		return fmt.Sprintf("%04d", d.y)
	case PrecisionMonth:
		return fmt.Sprintf("%04d-%02d", d.y, d.m)
	case PrecisionDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.y, d.m, d.d)
	}
	return ""
}

// MarshalText implements [encoding.TextMarshaler]; the zero Date marshals
// as empty text.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler]. Empty text gives the
// zero Date; anything else must parse with [ParseDate].
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
