package indicators_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/statecraft/bilateral/indicators"
)

// dateParts is what a test reads back from a Date through its accessors.
type dateParts struct {
	Year      int
	Month     time.Month
	Day       int
	Precision indicators.Precision
	String    string
}

func partsOf(d indicators.Date) dateParts {
	return dateParts{d.Year(), d.Month(), d.Day(), d.Precision(), d.String()}
}

// TestParseDate: the three accepted forms keep their precision and print
// back as written. Leap years follow the Gregorian rule (divisible by 4,
// except centuries not divisible by 400).
func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want dateParts
		why  string
	}{
		{"1998", dateParts{1998, 0, 0, indicators.PrecisionYear, "1998"}, "the 1997 treaty's entry into force, known only to the year"},
		{"2024-02", dateParts{2024, 2, 0, indicators.PrecisionMonth, "2024-02"}, "month precision keeps no day"},
		{"2024-02-22", dateParts{2024, 2, 22, indicators.PrecisionDay, "2024-02-22"}, "the CSTO freeze announcement, known to the day"},
		{"2024-02-29", dateParts{2024, 2, 29, indicators.PrecisionDay, "2024-02-29"}, "2024 is a leap year (divisible by 4)"},
		{"2000-02-29", dateParts{2000, 2, 29, indicators.PrecisionDay, "2000-02-29"}, "2000 is a leap year (divisible by 400)"},
		{"0001-01-01", dateParts{1, 1, 1, indicators.PrecisionDay, "0001-01-01"}, "the first supported day"},
		{"9999-12-31", dateParts{9999, 12, 31, indicators.PrecisionDay, "9999-12-31"}, "the last supported day"},
		{"0098", dateParts{98, 0, 0, indicators.PrecisionYear, "0098"}, "a year below 1000 is written with four digits"},
		{"1998-12", dateParts{1998, 12, 0, indicators.PrecisionMonth, "1998-12"}, "the last month"},
		{"2023-04-30", dateParts{2023, 4, 30, indicators.PrecisionDay, "2023-04-30"}, "April has 30 days"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := indicators.ParseDate(tt.in)
			if err != nil {
				t.Fatalf("ParseDate(%q) error: %v (%s)", tt.in, err, tt.why)
			}
			if diff := cmp.Diff(tt.want, partsOf(d)); diff != "" {
				t.Errorf("ParseDate(%q) mismatch (-want +got), %s:\n%s", tt.in, tt.why, diff)
			}
			if !d.IsValid() {
				t.Errorf("ParseDate(%q).IsValid() = false", tt.in)
			}
			if got := indicators.MustParseDate(tt.in); got != d {
				t.Errorf("MustParseDate(%q) = %v, want %v", tt.in, got, d)
			}
		})
	}
}

// TestParseDateRejects: anything but "YYYY", "YYYY-MM" or "YYYY-MM-DD"
// naming a day that exists is an error wrapping ErrInvalidDate that quotes
// the input, and the zero Date.
func TestParseDateRejects(t *testing.T) {
	tests := []struct {
		in  string
		why string
	}{
		{"2023-02-29", "2023 is not a leap year"},
		{"1900-02-29", "1900 is a century not divisible by 400"},
		{"1998-02-30", "February never has 30 days"},
		{"2023-04-31", "April has 30 days"},
		{"2024-13", "there is no month 13"},
		{"2024-00", "there is no month 0"},
		{"2024-01-00", "there is no day 0"},
		{"2024-01-32", "no month has 32 days"},
		{"98", "two-digit years are ambiguous"},
		{"1998-1", "the month needs two digits"},
		{"1998-1-01", "the month needs two digits"},
		{"1998-01-1", "the day needs two digits"},
		{" 1998", "leading space"},
		{"1998 ", "trailing space"},
		{"0000", "there is no year 0 in the proleptic Gregorian calendar used here"},
		{"", "empty text"},
		{"1998/02", "the separator is '-'"},
		{"1998-02/01", "the separator is '-'"},
		{"19980222", "the basic ISO 8601 form is not accepted"},
		{"+998", "no sign"},
		{"-998", "no sign"},
		{"199a", "not a digit"},
		{"1998-0a", "not a digit"},
		{"1998-02-2a", "not a digit"},
		{"１９９８", "full-width digits are not ASCII digits"},
		{"10000", "five-digit years are outside 1 to 9999"},
		{"2024-02-22T00:00", "no time of day"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := indicators.ParseDate(tt.in)
			if !errors.Is(err, indicators.ErrInvalidDate) {
				t.Fatalf("ParseDate(%q) error = %v, want one wrapping ErrInvalidDate (%s)", tt.in, err, tt.why)
			}
			if want := fmt.Sprintf("%q", tt.in); !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not quote the input %s", err, want)
			}
			if d != (indicators.Date{}) {
				t.Errorf("ParseDate(%q) = %v on error, want the zero Date", tt.in, d)
			}
		})
	}
}

func TestMustParseDatePanics(t *testing.T) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		if !ok || !errors.Is(err, indicators.ErrInvalidDate) {
			t.Errorf("MustParseDate(\"2023-02-29\") panicked with %v, want an error wrapping ErrInvalidDate", r)
		}
	}()
	indicators.MustParseDate("2023-02-29") // 2023 is not a leap year
}

// TestDateFirstLast: a coarse date spans days; First and Last are its two
// ends at day precision. Month lengths and leap years as in the Gregorian
// calendar.
func TestDateFirstLast(t *testing.T) {
	tests := []struct {
		in          string
		first, last string
		why         string
	}{
		{"1998", "1998-01-01", "1998-12-31", "a year spans January 1st to December 31st"},
		{"2024-02", "2024-02-01", "2024-02-29", "February of a leap year"},
		{"2023-02", "2023-02-01", "2023-02-28", "February of a common year"},
		{"1900-02", "1900-02-01", "1900-02-28", "1900 is not a leap year"},
		{"2000-02", "2000-02-01", "2000-02-29", "2000 is a leap year"},
		{"2024-04", "2024-04-01", "2024-04-30", "April has 30 days"},
		{"2024-12", "2024-12-01", "2024-12-31", "December has 31 days"},
		{"2024-02-22", "2024-02-22", "2024-02-22", "a day is its own span"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d := indicators.MustParseDate(tt.in)
			got := [2]string{d.First().String(), d.Last().String()}
			if diff := cmp.Diff([2]string{tt.first, tt.last}, got); diff != "" {
				t.Errorf("%s: [First, Last] mismatch (-want +got), %s:\n%s", tt.in, tt.why, diff)
			}
			if d.First().Precision() != indicators.PrecisionDay || d.Last().Precision() != indicators.PrecisionDay {
				t.Errorf("%s: First and Last must have day precision", tt.in)
			}
			if !d.Contains(d.First()) || !d.Contains(d.Last()) {
				t.Errorf("%s must contain its own First and Last", tt.in)
			}
		})
	}
	var zero indicators.Date
	if zero.First() != zero || zero.Last() != zero {
		t.Errorf("zero Date: First = %v, Last = %v; want the zero Date for both", zero.First(), zero.Last())
	}
}

// TestYearIsNotJanuaryFirst: "1998" is not 1998-01-01 for any of the
// order and containment methods (DESIGN.md: "in force 1998" must not
// become 1998-01-01 silently).
func TestYearIsNotJanuaryFirst(t *testing.T) {
	year, jan1 := indicators.MustParseDate("1998"), indicators.MustParseDate("1998-01-01")
	if year == jan1 {
		t.Fatal(`"1998" == "1998-01-01"`)
	}
	if year.First() != jan1 {
		t.Errorf(`"1998".First() = %v, want 1998-01-01`, year.First())
	}
	if year.Compare(jan1) != -1 {
		t.Errorf(`Compare("1998", "1998-01-01") = %d, want -1 (coarser first, not equal)`, year.Compare(jan1))
	}
	if year.EndsBefore(indicators.MustParseDate("1998-06-01")) {
		t.Error(`"1998" is not certainly before 1998-06-01: it may be any day of 1998`)
	}
	if !jan1.EndsBefore(indicators.MustParseDate("1998-06-01")) {
		t.Error(`1998-01-01 is before 1998-06-01`)
	}
	if jan1.Contains(year) {
		t.Error(`1998-01-01 does not contain all of "1998"`)
	}
	if year.Decimal() == jan1.Decimal() {
		t.Errorf(`"1998" and 1998-01-01 have the same decimal time %v`, year.Decimal())
	}
	if !indicators.OpenPeriod(year).MayContain(indicators.MustParseDate("1998-06-01")) ||
		indicators.OpenPeriod(year).Contains(indicators.MustParseDate("1998-06-01")) {
		t.Error(`a period since "1998" may, but does not certainly, contain 1998-06-01`)
	}
}

// TestDateCompare: dates order by their first day, and of two that start
// on the same day the coarser comes first (documented on Date.Compare);
// the zero Date orders first.
func TestDateCompare(t *testing.T) {
	d := indicators.MustParseDate
	var zero indicators.Date
	tests := []struct {
		a, b indicators.Date
		want int
		why  string
	}{
		{d("1998"), d("1999"), -1, "earlier year"},
		{d("2024"), d("2024-01"), -1, "same first day: the year is coarser"},
		{d("2024-01"), d("2024-01-01"), -1, "same first day: the month is coarser"},
		{d("2024"), d("2024-01-01"), -1, "same first day: the year is coarser"},
		{d("2023-12-31"), d("2024"), -1, "the last day of 2023 starts before 2024"},
		{d("2024-02"), d("2024-01-31"), 1, "February starts after January 31st"},
		{d("2024-06-01"), d("2024"), 1, "2024 starts on January 1st"},
		{d("2024-02-22"), d("2024-02-22"), 0, "the same day"},
		{d("2024-02"), d("2024-02"), 0, "the same month"},
		{zero, d("0001"), -1, "the zero Date orders before every valid date"},
		{d("0001"), zero, 1, "the zero Date orders before every valid date"},
		{zero, zero, 0, "zero equals zero"},
	}
	for _, tt := range tests {
		if got := tt.a.Compare(tt.b); got != tt.want {
			t.Errorf("Compare(%q, %q) = %d, want %d: %s", tt.a, tt.b, got, tt.want, tt.why)
		}
	}
	// Property: Compare is antisymmetric and agrees with sorting.
	all := []indicators.Date{d("2024-01-01"), d("2024"), zero, d("2023-12-31"), d("2024-01"), d("2024-02"), d("1998")}
	for _, a := range all {
		for _, b := range all {
			if a.Compare(b) != -b.Compare(a) {
				t.Errorf("Compare(%q, %q) = %d but Compare(%q, %q) = %d", a, b, a.Compare(b), b, a, b.Compare(a))
			}
		}
	}
	slices.SortFunc(all, indicators.Date.Compare)
	var got []string
	for _, x := range all {
		got = append(got, x.String())
	}
	want := []string{"", "1998", "2023-12-31", "2024", "2024-01", "2024-01-01", "2024-02"} // by first day, coarser first
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sorted dates mismatch (-want +got):\n%s", diff)
	}
}

// TestDateEndsBeforeContains: EndsBefore is the certain order (every day
// of one span before every day of the other), Contains is span
// inclusion; examples from the doc comments.
func TestDateEndsBeforeContains(t *testing.T) {
	d := indicators.MustParseDate
	var zero indicators.Date
	tests := []struct {
		a, b                    indicators.Date
		before, after, contains bool
		why                     string
	}{
		{d("1998"), d("1999-03"), true, false, false, `doc: "1998" is before "1999-03"`},
		{d("1998"), d("1998-06"), false, false, true, `doc: "1998" is not before "1998-06"; it contains it`},
		{d("1998-06"), d("1998"), false, false, false, "June 1998 may be before or after some day of 1998"},
		{d("1998-12-31"), d("1999"), true, false, false, "the last day of 1998 precedes all of 1999"},
		{d("1999"), d("1998-12-31"), false, true, false, "all of 1999 follows 1998-12-31"},
		{d("2024"), d("2024-02"), false, false, true, `doc: "2024" contains "2024-02"`},
		{d("2024"), d("2024-02-22"), false, false, true, `doc: "2024" contains "2024-02-22"`},
		{d("2024"), d("2025"), true, false, false, `doc: "2024" does not contain "2025"`},
		{d("2024-02"), d("2024"), false, false, false, "a month does not contain its year"},
		{d("2024-02-22"), d("2024-02-22"), false, false, true, "a day contains itself and is not before itself"},
		{d("2024-02-22"), d("2024-02-23"), true, false, false, "consecutive days"},
		{zero, d("2024"), false, false, false, "the zero Date is before, after and contains nothing"},
		{d("2024"), zero, false, false, false, "nothing is before, after or inside the zero Date"},
	}
	for _, tt := range tests {
		got := [3]bool{tt.a.EndsBefore(tt.b), tt.b.EndsBefore(tt.a), tt.a.Contains(tt.b)}
		if diff := cmp.Diff([3]bool{tt.before, tt.after, tt.contains}, got); diff != "" {
			t.Errorf("%q vs %q [a.EndsBefore(b), b.EndsBefore(a), Contains] mismatch (-want +got), %s:\n%s", tt.a, tt.b, tt.why, diff)
		}
	}
}

// TestDateBeforeAfterAgreeWithCompare is the trap where Before and After
// answered "certainly before" while Compare ordered "1998" before
// "1998-06": now, as for time.Time, Before is Compare < 0 and After is
// Compare > 0 for every pair (property over a grid of dates of all
// precisions, the zero Date included), and EndsBefore implies Before.
func TestDateBeforeAfterAgreeWithCompare(t *testing.T) {
	var ds []indicators.Date
	ds = append(ds, indicators.Date{})
	for _, s := range []string{"1998", "1998-01", "1998-01-01", "1998-06", "1998-06-15", "1998-12-31", "1999", "2024-02-29"} {
		ds = append(ds, indicators.MustParseDate(s))
	}
	for _, a := range ds {
		for _, b := range ds {
			c := a.Compare(b)
			if a.Before(b) != (c < 0) || a.After(b) != (c > 0) {
				t.Errorf("%q vs %q: Compare %d, Before %v, After %v", a, b, c, a.Before(b), a.After(b))
			}
			if a.EndsBefore(b) && !a.Before(b) {
				t.Errorf("%q ends before %q but does not order before it", a, b)
			}
		}
	}
	if d := indicators.MustParseDate; !d("1998").Before(d("1998-06")) || d("1998").EndsBefore(d("1998-06")) {
		t.Error(`"1998" must order before "1998-06" without ending before it`)
	}
}

// TestDateDecimal: the middle of the span as a decimal year, computed by
// hand as year + (days before the span + days to its end) / 2 / days in
// the year.
func TestDateDecimal(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"2015", 2015.5},                   // (0 + 365) / 2 / 365
		{"2024", 2024.5},                   // (0 + 366) / 2 / 366
		{"2018-08", 2018 + 227.5/365},      // August: days 213..243 of 365, (212 + 243) / 2
		{"2024-02", 2024 + 45.5/366},       // February 2024: days 32..60 of 366, (31 + 60) / 2
		{"2024-02-22", 2024 + 52.5/366},    // day 53 of 366, (52 + 53) / 2
		{"2023-12-31", 2023 + 364.5/365},   // day 365 of 365
		{"2023-01-01", 2023 + 0.5/365},     // day 1 of 365
		{"2000-12-31", 2000 + 365.5/366.0}, // day 366 of 366
	}
	for _, tt := range tests {
		got := indicators.MustParseDate(tt.in).Decimal()
		if diff := cmp.Diff(tt.want, got, cmpopts.EquateApprox(0, 1e-12)); diff != "" {
			t.Errorf("Decimal(%s) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
	if got := (indicators.Date{}).Decimal(); !math.IsNaN(got) {
		t.Errorf("zero Date Decimal() = %v, want NaN", got)
	}
}

// TestDateOfAndYearDate: the other constructors give day and year
// precision and the zero Date outside years 1 to 9999.
func TestDateOfAndYearDate(t *testing.T) {
	yerevan := time.FixedZone("AMT", 4*3600)
	tests := []struct {
		name string
		got  indicators.Date
		want string
	}{
		{"UTC day", indicators.DateOf(time.Date(2024, 2, 22, 23, 59, 0, 0, time.UTC)), "2024-02-22"},
		// 2024-02-22 22:00 UTC is already 2024-02-23 02:00 in Yerevan (UTC+4).
		{"own location", indicators.DateOf(time.Date(2024, 2, 22, 22, 0, 0, 0, time.UTC).In(yerevan)), "2024-02-23"},
		{"year 0", indicators.DateOf(time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC)), ""},
		{"year 10000", indicators.DateOf(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)), ""},
		{"YearDate", indicators.YearDate(1998), "1998"},
		{"YearDate 0", indicators.YearDate(0), ""},
		{"YearDate 10000", indicators.YearDate(10000), ""},
	}
	for _, tt := range tests {
		if tt.got.String() != tt.want {
			t.Errorf("%s: got %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	if indicators.DateOf(time.Date(2024, 2, 22, 0, 0, 0, 0, time.UTC)) != indicators.MustParseDate("2024-02-22") {
		t.Error("DateOf must equal the parsed day (Dates compare with ==)")
	}
	if indicators.YearDate(1998) != indicators.MustParseDate("1998") {
		t.Error("YearDate(1998) must equal the parsed year")
	}
}

func TestPrecisionString(t *testing.T) {
	got := []string{indicators.PrecisionYear.String(), indicators.PrecisionMonth.String(), indicators.PrecisionDay.String(), indicators.Precision(0).String(), indicators.Precision(7).String()}
	want := []string{"year", "month", "day", "Precision(0)", "Precision(7)"} // documented on Precision.String
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Precision.String mismatch (-want +got):\n%s", diff)
	}
	var zero indicators.Date
	if zero.IsValid() || zero.String() != "" || zero.Year() != 0 || zero.Month() != 0 || zero.Day() != 0 || zero.Precision() != 0 {
		t.Errorf("zero Date: want invalid, empty text and zero parts; got %+v", partsOf(zero))
	}
}

// TestDateJSON: dates are text in JSON, round-trip at every precision, the
// zero Date is "", and a malformed date is an error.
func TestDateJSON(t *testing.T) {
	type rec struct {
		At indicators.Date `json:"at"`
	}
	for _, s := range []string{"1998", "2024-02", "2024-02-22", ""} {
		var in rec
		if s != "" {
			in.At = indicators.MustParseDate(s)
		}
		b := jsonRoundTrip(t, in)
		if want := `{"at":"` + s + `"}`; string(b) != want {
			t.Errorf("json.Marshal = %s, want %s", b, want)
		}
	}
	for _, bad := range []string{`{"at":"1998-1"}`, `{"at":"2023-02-29"}`, `{"at":" 1998"}`} {
		var r rec
		if err := json.Unmarshal([]byte(bad), &r); !errors.Is(err, indicators.ErrInvalidDate) {
			t.Errorf("json.Unmarshal(%s) error = %v, want one wrapping ErrInvalidDate", bad, err)
		}
	}
	var r rec
	if err := json.Unmarshal([]byte(`{"at":1998}`), &r); err == nil {
		t.Error("a JSON number is not a date")
	}
	// Dates work as map keys, in JSON too.
	m := map[indicators.Date]float64{indicators.MustParseDate("2023"): 7.4e9}
	b := jsonRoundTrip(t, m)
	if string(b) != `{"2023":7400000000}` {
		t.Errorf("map keyed by Date encodes as %s", b)
	}
}

// TestDaysSinceAgainstTime: the day count equals the one the time package
// computes from Unix seconds (an independent implementation of the
// proleptic Gregorian calendar), for every first of the month from year 1
// to 9999 against 2000-01-01, and for the first day of every coarse date.
func TestDaysSinceAgainstTime(t *testing.T) {
	ref := time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	base := indicators.DayDate(2000, 1, 1)
	for y := 1; y <= 9999; y++ {
		for m := time.January; m <= time.December; m++ {
			// Unix seconds, not time.Duration, which saturates 292 years out.
			want := (time.Date(y, m, 1, 0, 0, 0, 0, time.UTC).Unix() - ref.Unix()) / 86400
			if got := indicators.DayDate(y, m, 1).DaysSince(base); got != want {
				t.Fatalf("%04d-%02d-01 is %d days from 2000-01-01, want %d", y, m, got, want)
			}
			if got := indicators.MonthDate(y, m).DaysSince(base); got != want {
				t.Fatalf("month %04d-%02d starts %d days from 2000-01-01, want %d", y, m, got, want)
			}
		}
	}
	if got := indicators.DayDate(2024, 1, 1).DaysSince(indicators.DayDate(1, 1, 1)); got != 738885 {
		t.Errorf("doc example: %d, want 738885", got)
	}
	if (indicators.Date{}).DaysSince(base) != 0 || base.DaysSince(indicators.Date{}) != 0 {
		t.Error("a zero date counts 0 days")
	}
}

// TestAddDaysRoundTrip: AddDays agrees with DaysSince (property) and with
// time.Time.AddDate (reference), refuses coarse dates and the ends of the
// calendar.
func TestAddDaysRoundTrip(t *testing.T) {
	d0 := indicators.DayDate(2024, 2, 28)
	for _, n := range []int{-800000, -1, 0, 1, 2, 366, 1000, 2900000} {
		d, err := d0.AddDays(n)
		if err != nil {
			if n != 2900000 && n != -800000 {
				t.Errorf("AddDays(%d): %v", n, err)
			}
			if !errors.Is(err, indicators.ErrInvalidDate) {
				t.Errorf("AddDays(%d) past the calendar: %v", n, err)
			}
			continue
		}
		if got := d.DaysSince(d0); got != int64(n) {
			t.Errorf("AddDays(%d) then DaysSince = %d", n, got)
		}
		want := time.Date(2024, 2, 28, 0, 0, 0, 0, time.UTC).AddDate(0, 0, n)
		if d != indicators.DateOf(want) {
			t.Errorf("AddDays(%d) = %s, time gives %s", n, d, want.Format("2006-01-02"))
		}
	}
	if _, err := indicators.YearDate(2024).AddDays(1); !errors.Is(err, indicators.ErrInvalidDate) || !strings.Contains(err.Error(), "First or Last") {
		t.Errorf("AddDays on a year: %v", err)
	}
}

// TestAddYearsKeepsPrecision: by the doc, "2024-02-29" + 1 year is the last
// day of February 2025, coarse dates keep their precision, and leaving
// years 1 to 9999 is an error.
func TestAddYearsKeepsPrecision(t *testing.T) {
	d := indicators.MustParseDate
	for _, tt := range []struct {
		from string
		n    int
		want string
	}{{"2024-02-29", 1, "2025-02-28"}, {"2024-02-29", 4, "2028-02-29"}, {"1998", 2, "2000"}, {"2024-06", -24, "2000-06"}, {"2020-11-10", 0, "2020-11-10"}} {
		got, err := d(tt.from).AddYears(tt.n)
		if err != nil || got != d(tt.want) {
			t.Errorf("%s + %d years = %s, %v; want %s", tt.from, tt.n, got, err, tt.want)
		}
	}
	if _, err := d("9999").AddYears(1); !errors.Is(err, indicators.ErrInvalidDate) {
		t.Errorf("past 9999: %v", err)
	}
	if _, err := (indicators.Date{}).AddYears(1); !errors.Is(err, indicators.ErrInvalidDate) {
		t.Errorf("zero date: %v", err)
	}
}

// TestNumericConstructors: MonthDate and DayDate build the dates ParseDate
// reads, and return the zero Date for days that do not exist.
func TestNumericConstructors(t *testing.T) {
	d := indicators.MustParseDate
	if indicators.MonthDate(2024, time.February) != d("2024-02") || indicators.DayDate(2024, time.February, 29) != d("2024-02-29") {
		t.Error("constructors disagree with ParseDate")
	}
	for _, bad := range []indicators.Date{indicators.DayDate(2023, time.February, 29), indicators.DayDate(2024, 13, 1), indicators.DayDate(2024, 1, 32), indicators.MonthDate(0, 1), indicators.MonthDate(2024, 0)} {
		if bad.IsValid() {
			t.Errorf("%s should not exist", bad)
		}
	}
}
