package indicators

import (
	"fmt"
	"math"
	"strings"
)

// A Summary is what an analyst reports about the trend of a series: its
// direction with the Mann–Kendall p-value, the Theil–Sen slope per year
// with its interval, the Pettitt change point when there is a
// significant one, the number of observations and what they cover. Build
// it with [Trend] or [Indicator.Trend]; print it with [Summary.String].
type Summary struct {
	Code string // the indicator's code; empty for plain slices
	Unit Unit   // the indicator's unit; zero for plain slices

	N        int
	From, To float64 // times of the first and last observations
	// FirstDate and LastDate are the dates of the first and last
	// observations (indicators only).
	FirstDate, LastDate Date
	// Slots and Filled describe coverage (indicators only): the number of
	// calendar slots — years, months or days, at the coarsest precision
	// among the observations — from the first observation's slot to the
	// last one's, and how many of them hold an observation. Zero for
	// plain slices.
	Slots, Filled int
	SlotPrecision Precision // the precision of the slots

	// Direction is the Mann–Kendall verdict at Alpha; Insufficient when
	// N < 3, in which case the fields below are zero.
	Direction  Direction
	Alpha      float64
	P          float64 // the Mann–Kendall p the verdict rests on
	ExactP     bool    // P is the exact p (N < 50, no ties, no adjustment)
	Adjustment Adjustment
	FellBack   bool // the adjustment factor was ≤ 0; see MannKendallResult

	// Slope is the Theil–Sen slope per unit of t (per year for
	// indicators); Low and High bound its interval at Level.
	Slope, Low, High, Level float64

	// HasChange reports a Pettitt change point with ChangeP < Alpha. The
	// shift lies between the observations ChangeAfter and ChangeAfter+1
	// (0-based), at times ChangeFrom and ChangeTo (for indicators also
	// the dates ChangeFromDate and ChangeToDate); ChangeUp reports that
	// the later values are the larger. When several indices attain the
	// maximum, the first is reported.
	HasChange                    bool
	ChangeAfter                  int
	ChangeFrom, ChangeTo         float64
	ChangeFromDate, ChangeToDate Date
	ChangeUp                     bool
	ChangeP                      float64
}

// Trend summarizes the trend of y over the times t: [MannKendall] with
// the given options for the direction and p, [TheilSen] at the level of
// [WithLevel] (default 0.95) for the slope and its interval, and
// [Pettitt] for a change point, reported when its p is below α.
//
// With fewer than 3 observations it returns a Summary whose Direction is
// [Insufficient], and no error. Invalid input (NaN or ±Inf, times not
// strictly increasing, unequal lengths, bad options) is an error as in
// [MannKendall].
func Trend(t, y []float64, opts ...Option) (Summary, error) {
	if err := checkSamples("Trend", t, y, 0); err != nil {
		return Summary{}, err
	}
	o, err := buildOptions(opts)
	if err != nil {
		return Summary{}, err
	}
	s := Summary{N: len(y), Alpha: o.alpha, Level: o.level, Adjustment: o.adjust, Direction: Insufficient}
	if len(t) > 0 {
		s.From, s.To = t[0], t[len(t)-1]
	}
	if len(y) < 3 {
		return s, nil
	}
	if o.adjust == Prewhitened || o.adjust == TrendFreePrewhitened {
		if len(y) < 4 {
			return s, nil
		}
	}
	mk, err := mannKendall(t, y, o)
	if err != nil {
		return Summary{}, err
	}
	ts, err := TheilSen(t, y, o.level)
	if err != nil {
		return Summary{}, err
	}
	pt, err := Pettitt(t, y)
	if err != nil {
		return Summary{}, err
	}
	s.Direction, s.P, s.ExactP, s.FellBack = mk.Direction, mk.PValue(), mk.HasExactP, mk.FellBack
	s.Slope, s.Low, s.High = ts.Slope, ts.Low, ts.High
	if k := pt.K[0]; pt.P < o.alpha && pt.U > 0 && k+1 < len(t) {
		s.HasChange, s.ChangeAfter, s.ChangeUp, s.ChangeP = true, k, pt.Up[0], pt.P
		s.ChangeFrom, s.ChangeTo = t[k], t[k+1]
	}
	return s, nil
}

// String returns the summary as a few lines for a briefing, e.g.
//
//	ARM.RUS.trade-turnover: rising (Mann–Kendall p = 0.0004, exact; α = 0.05)
//	  slope +USD 1.06bn/yr, 95% interval +USD 0.5bn to +USD 2.5bn (Theil–Sen)
//	  n = 8 observations, 2015 to 2024; 8 of 10 years with data
//	  change point between 2021 and 2022 (Pettitt p = 0.03): later values higher
//
// The layout is for people and may change; do not parse it.
func (s Summary) String() string {
	var b strings.Builder
	name := s.Code
	if name == "" {
		name = "trend"
	}
	if s.Direction == Insufficient || s.Direction == 0 {
		fmt.Fprintf(&b, "%s: insufficient data (n = %d; at least 3 observations needed)", name, s.N)
		return b.String()
	}
	exact := ""
	if s.ExactP {
		exact = ", exact"
	}
	adj := ""
	if s.Adjustment != Unadjusted {
		adj = ", " + s.Adjustment.String()
		if s.FellBack {
			adj += " factor ≤ 0, unadjusted variance used"
		}
	}
	fmt.Fprintf(&b, "%s: %s (Mann–Kendall p = %s%s%s; α = %g)\n", name, s.Direction, formatP(s.P), exact, adj, s.Alpha)
	per := "/yr"
	if s.Unit == 0 {
		per = " per unit of t"
	}
	fmt.Fprintf(&b, "  slope %s%s, %g%% interval %s to %s (Theil–Sen)\n",
		formatSlope(s.Unit, s.Slope), per, 100*s.Level, formatSlope(s.Unit, s.Low), formatSlope(s.Unit, s.High))
	fmt.Fprintf(&b, "  n = %d observations, %s to %s", s.N, when(s.FirstDate, s.From), when(s.LastDate, s.To))
	if s.Slots > 0 {
		unit := "years"
		switch s.SlotPrecision {
		case Month:
			unit = "months"
		case Day:
			unit = "days"
		}
		fmt.Fprintf(&b, "; %d of %d %s with data", s.Filled, s.Slots, unit)
	}
	if s.HasChange {
		dir := "later values lower"
		if s.ChangeUp {
			dir = "later values higher"
		}
		fmt.Fprintf(&b, "\n  change point between %s and %s (Pettitt p = %s): %s",
			when(s.ChangeFromDate, s.ChangeFrom), when(s.ChangeToDate, s.ChangeTo), formatP(s.ChangeP), dir)
	}
	return b.String()
}

// when names an observation's time: its date when known, else the time.
func when(d Date, t float64) string {
	if d.IsValid() {
		return d.String()
	}
	return fmt.Sprintf("%.6g", t)
}

// formatP writes a p-value with two significant digits, in exponent form
// below 0.0001.
func formatP(p float64) string {
	if p < 1e-4 {
		return fmt.Sprintf("%.1e", p)
	}
	return fmt.Sprintf("%.2g", p)
}

// formatSlope writes a signed rate in the unit: percentage points for
// shares (fractions) and percents, the unit's own format otherwise, and
// three significant digits without a unit.
func formatSlope(u Unit, v float64) string {
	switch {
	case u == Share:
		return fmt.Sprintf("%+.3g pp", 100*v)
	case u == Percent:
		return fmt.Sprintf("%+.3g pp", v)
	case u.IsValid():
		sign := "+"
		if v < 0 {
			sign = "-"
		}
		return sign + u.Format(math.Abs(v))
	}
	return fmt.Sprintf("%+.3g", v)
}
