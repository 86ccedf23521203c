package indicators_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/statecraft/bilateral/indicators"
)

// TestParsePeriod: "START/END" with ".." for an open side; the text prints
// back unchanged.
func TestParsePeriod(t *testing.T) {
	d := indicators.MustParseDate
	var zero indicators.Date
	tests := []struct {
		in   string
		want indicators.Period
		open bool
		why  string
	}{
		{"2015-01-02/..", indicators.Period{Start: d("2015-01-02")}, true, "Armenia in the EAEU since 2 January 2015, still in force"},
		{"../2020", indicators.Period{End: d("2020")}, false, "start not recorded"},
		{"1998/2044", indicators.Period{Start: d("1998"), End: d("2044")}, false, "year bounds: the Gyumri base term to 2044"},
		{"../..", indicators.Period{}, true, "unbounded at both ends: the zero Period"},
		{"2024-02/2024-03", indicators.Period{Start: d("2024-02"), End: d("2024-03")}, false, "month bounds"},
		{"1998/1998", indicators.Period{Start: d("1998"), End: d("1998")}, false, "may start early and end late in 1998"},
		{"2024-02-01/2024-02", indicators.Period{Start: d("2024-02-01"), End: d("2024-02")}, false, "may end later in February"},
		{"2024-02-23/2024-02", indicators.Period{Start: d("2024-02-23"), End: d("2024-02")}, false, "Validate: End's last possible day 2024-02-29 is after 2024-02-23"},
		{"2024-02-22/2024-02-23", indicators.Period{Start: d("2024-02-22"), End: d("2024-02-23")}, false, "one day"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, err := indicators.ParsePeriod(tt.in)
			if err != nil {
				t.Fatalf("ParsePeriod(%q): %v (%s)", tt.in, err, tt.why)
			}
			if diff := cmp.Diff(tt.want, p, equateDates); diff != "" {
				t.Errorf("ParsePeriod(%q) mismatch (-want +got), %s:\n%s", tt.in, tt.why, diff)
			}
			if p.String() != tt.in {
				t.Errorf("String() = %q, want %q", p, tt.in)
			}
			if p.IsOpen() != tt.open {
				t.Errorf("IsOpen() = %v, want %v", p.IsOpen(), tt.open)
			}
			if got := indicators.MustParsePeriod(tt.in); got != p {
				t.Errorf("MustParsePeriod(%q) = %v, want %v", tt.in, got, p)
			}
			if got, err := indicators.NewPeriod(tt.want.Start, tt.want.End); err != nil || got != p {
				t.Errorf("NewPeriod = %v, %v; want %v, nil", got, err, p)
			}
		})
	}
	if got := indicators.OpenPeriod(zero); got != (indicators.Period{}) {
		t.Errorf("OpenPeriod(zero Date) = %v, want the zero Period", got)
	}
	if got := indicators.OpenPeriod(d("2015-01-02")); got.String() != "2015-01-02/.." {
		t.Errorf("OpenPeriod(2015-01-02) = %v, want 2015-01-02/..", got)
	}
}

// TestParsePeriodRejects: malformed text and periods that end before, or
// on the day, they start are errors wrapping ErrInvalidPeriod that quote
// the text.
func TestParsePeriodRejects(t *testing.T) {
	tests := []struct {
		in  string
		why string
	}{
		{"1998", "no separator"},
		{"", "empty"},
		{"/", "both sides empty: '..' marks an open side"},
		{"1998/", "empty end"},
		{"/2020", "empty start"},
		{"1998-13/..", "no month 13"},
		{"../2023-02-29", "2023 is not a leap year"},
		{"1998/2000/2002", "three parts"},
		{" 1998/2000", "leading space"},
		{"1998/ 2000", "space after the separator"},
		{"..1998/..", "'..' is a whole side"},
		{".../..", "three dots"},
		{"2024-02-22/2024-02-22", "ends on the day it starts"},
		{"2024-02-23/2024-02-22", "ends the day before it starts"},
		{"1999/1998", "ends the year before it starts"},
		{"2024-03/2024-02", "ends the month before it starts"},
		{"2024-02/2024-02-01", "can only end on or before its earliest start"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, err := indicators.ParsePeriod(tt.in)
			if !errors.Is(err, indicators.ErrInvalidPeriod) {
				t.Fatalf("ParsePeriod(%q) error = %v, want one wrapping ErrInvalidPeriod (%s)", tt.in, err, tt.why)
			}
			if !strings.Contains(err.Error(), fmt.Sprintf("%q", tt.in)) {
				t.Errorf("error %q does not quote the input", err)
			}
			if p != (indicators.Period{}) {
				t.Errorf("ParsePeriod(%q) = %v on error, want the zero Period", tt.in, p)
			}
		})
	}
	func() {
		defer func() {
			if err, ok := recover().(error); !ok || !errors.Is(err, indicators.ErrInvalidPeriod) {
				t.Errorf("MustParsePeriod(\"1999/1998\") must panic with ErrInvalidPeriod, got %v", err)
			}
		}()
		indicators.MustParsePeriod("1999/1998")
	}()
}

// TestPeriodValidate: NewPeriod and Validate apply the same rule as
// ParsePeriod and name both bounds.
func TestPeriodValidate(t *testing.T) {
	d := indicators.MustParseDate
	_, err := indicators.NewPeriod(d("2024"), d("2019"))
	if !errors.Is(err, indicators.ErrInvalidPeriod) {
		t.Fatalf("NewPeriod(2024, 2019) error = %v, want ErrInvalidPeriod", err)
	}
	for _, s := range []string{"2024/2019", "end 2019", "start 2024"} {
		if !strings.Contains(err.Error(), s) {
			t.Errorf("error %q does not mention %q", err, s)
		}
	}
	for _, p := range []indicators.Period{{}, {Start: d("2024")}, {End: d("2019")}, {Start: d("2019"), End: d("2024")}} {
		if err := p.Validate(); err != nil {
			t.Errorf("%v.Validate() = %v, want nil", p, err)
		}
	}
}

// TestPeriodContains: Contains answers "certainly in force on every day d
// could be", MayContain "possibly in force on some day d could be", with
// coarse bounds read at both ends (Period doc comment). Start is the first
// day in force and End the first day no longer in force.
func TestPeriodContains(t *testing.T) {
	tests := []struct {
		period, date  string
		contains, may bool
		why           string
	}{
		// A period starting "1998" has certainly started from 1998-12-31 and
		// possibly from 1998-01-01 (doc).
		{"1998/..", "1998-06-01", false, true, "doc: does not certainly contain 1998-06-01, but may"},
		{"1998/..", "1999", true, true, "doc: contains 1999"},
		{"1998/..", "1998", false, true, "some days of 1998 may precede the start"},
		{"1998/..", "1998-12-31", true, true, "the last day the start could be"},
		{"1998/..", "1998-01-01", false, true, "the first day the start could be"},
		{"1998/..", "1997-12-31", false, false, "before any day the start could be"},
		{"1998/..", "2100", true, true, "an open end is still in force"},
		{"2015-01-02/..", "2015-01-01", false, false, "the day before a day-precision start"},
		{"2015-01-02/..", "2015-01-02", true, true, "Start is the first day in force"},
		{"2015-01-02/..", "2015", false, true, "January 1st 2015 is outside"},
		{"2015-01-02/..", "2015-02", true, true, "all of February is inside"},
		{"../2020", "2019-12-31", true, true, "the day before a year end that may be January 1st"},
		{"../2020", "2019", true, true, "all of 2019"},
		{"../2020", "1900", true, true, "start not recorded: no limit back"},
		{"../2020", "2020-01-01", false, true, "the end may come later in 2020"},
		{"../2020", "2020-12-31", false, false, "End is the first day no longer in force; it is at the latest 2020-12-31"},
		{"../2020-01-01", "2020-01-01", false, false, "the end day is not in force"},
		{"../2020-01-01", "2019-12-31", true, true, "the day before the end day"},
		{"1998/2044", "2043-12-31", true, true, "before the end year"},
		{"1998/2044", "2044-01-01", false, true, "the term may run into 2044"},
		{"1998/2044", "2044", false, true, "part of 2044 may be in force"},
		{"1998/2044", "2045", false, false, "after the end year"},
		{"2024-02-22/2024-02-23", "2024-02-22", true, true, "a one-day period"},
		{"2024-02-22/2024-02-23", "2024-02", false, true, "only one day of February"},
		{"../..", "0001-01-01", true, true, "the zero Period is unbounded"},
		{"../..", "9999", true, true, "the zero Period is unbounded"},
	}
	for _, tt := range tests {
		t.Run(tt.period+" "+tt.date, func(t *testing.T) {
			p, d := indicators.MustParsePeriod(tt.period), indicators.MustParseDate(tt.date)
			got := [2]bool{p.Contains(d), p.MayContain(d)}
			if diff := cmp.Diff([2]bool{tt.contains, tt.may}, got); diff != "" {
				t.Errorf("[Contains, MayContain] mismatch (-want +got), %s:\n%s", tt.why, diff)
			}
		})
	}
	var zero indicators.Date
	if p := indicators.MustParsePeriod("../.."); p.Contains(zero) || p.MayContain(zero) {
		t.Error("no period contains the zero Date")
	}
}

// TestPeriodContainsImpliesMayContain: the certain answer never says yes
// where the possible one says no, over periods and dates of every
// precision around a boundary.
func TestPeriodContainsImpliesMayContain(t *testing.T) {
	dates := []string{"2023", "2024", "2025", "2023-12", "2024-01", "2024-02", "2024-12", "2025-01",
		"2023-12-31", "2024-01-01", "2024-02-22", "2024-02-29", "2024-12-31", "2025-01-01"}
	var periods []indicators.Period
	for _, a := range append([]string{".."}, dates...) {
		for _, b := range append([]string{".."}, dates...) {
			if p, err := indicators.ParsePeriod(a + "/" + b); err == nil {
				periods = append(periods, p)
			}
		}
	}
	if len(periods) < 100 {
		t.Fatalf("only %d periods built", len(periods))
	}
	for _, p := range periods {
		for _, s := range dates {
			d := indicators.MustParseDate(s)
			if p.Contains(d) && !p.MayContain(d) {
				t.Errorf("%v contains %v but may not contain it", p, d)
			}
			// A day-precision date is either in or out of a day-precision
			// period: certainty and possibility agree.
			if d.Precision() == indicators.PrecisionDay && (!p.Start.IsValid() || p.Start.Precision() == indicators.PrecisionDay) &&
				(!p.End.IsValid() || p.End.Precision() == indicators.PrecisionDay) && p.Contains(d) != p.MayContain(d) {
				t.Errorf("%v and %v are all days: Contains %v != MayContain %v", p, d, p.Contains(d), p.MayContain(d))
			}
		}
	}
}

// TestPeriodJSON: periods are "START/END" text in JSON; malformed text
// and inverted periods are errors; the zero Period is "../.." and is left
// out under omitzero.
func TestPeriodJSON(t *testing.T) {
	type rec struct {
		Valid indicators.Period `json:"valid"`
	}
	for _, s := range []string{"1998/2044", "2015-01-02/..", "../2020", "../.."} {
		b := jsonRoundTrip(t, rec{indicators.MustParsePeriod(s)})
		if want := `{"valid":"` + s + `"}`; string(b) != want {
			t.Errorf("json.Marshal = %s, want %s", b, want)
		}
	}
	for _, bad := range []string{`{"valid":"1999/1998"}`, `{"valid":"1998"}`, `{"valid":""}`, `{"valid":"1998-1/.."}`} {
		var r rec
		if err := json.Unmarshal([]byte(bad), &r); !errors.Is(err, indicators.ErrInvalidPeriod) {
			t.Errorf("json.Unmarshal(%s) error = %v, want one wrapping ErrInvalidPeriod", bad, err)
		}
	}
	type opt struct {
		Valid indicators.Period `json:"valid,omitzero"`
	}
	if b, _ := json.Marshal(opt{}); string(b) != `{}` {
		t.Errorf("zero Period under omitzero encodes as %s, want {}", b)
	}
}
