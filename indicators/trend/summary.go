package trend

import (
	"fmt"
	"strings"
)

// A Summary is what an analyst reports about the trend of a series: its
// direction with the Mann–Kendall p-value, the Theil–Sen slope per year
// with its interval, the Pettitt change point when there is a
// significant one, the number of observations and what they cover. Build
// it with [Trend] or [Indicator.Trend]; print it with [Summary.String].
type Summary struct {
	N        int
	From, To float64 // times of the first and last observations

	// Direction is the Mann–Kendall verdict at Alpha; Insufficient when
	// N < 3, in which case the fields below are zero.
	Direction  Direction
	Alpha      float64
	P          float64 // the Mann–Kendall p the verdict rests on
	HasExactP  bool    // P is the exact p (N < 50, no ties, no adjustment), as in MannKendallResult
	Adjustment Adjustment
	FellBack   bool // the adjustment factor was ≤ 0; see MannKendallResult

	// Slope is the Theil–Sen slope per unit of t; Low and High bound its
	// interval at Level.
	Slope, Low, High, Level float64

	// HasChange reports a Pettitt change point with ChangeP < Alpha. The
	// shift lies between the observations ChangeAfter and ChangeAfter+1
	// (0-based), at times ChangeFrom and ChangeTo; ChangeUp reports that
	// the later values are the larger. When several indices attain the
	// maximum, the first is reported.
	HasChange            bool
	ChangeAfter          int
	ChangeFrom, ChangeTo float64
	ChangeUp             bool
	ChangeP              float64
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
	o, err := buildOptions("Trend", optAlpha|optLevel|optAdjust|optLags, opts)
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
	ts, err := theilSen(t, y, o.level)
	if err != nil {
		return Summary{}, err
	}
	pt, err := Pettitt(t, y)
	if err != nil {
		return Summary{}, err
	}
	s.Direction, s.P, s.HasExactP, s.FellBack = mk.Direction, mk.PValue(), mk.HasExactP, mk.FellBack
	s.Slope, s.Low, s.High = ts.Slope, ts.Low, ts.High
	if k := pt.K[0]; pt.P < o.alpha && pt.U > 0 && k+1 < len(t) {
		s.HasChange, s.ChangeAfter, s.ChangeUp, s.ChangeP = true, k, pt.Up[0], pt.P
		s.ChangeFrom, s.ChangeTo = t[k], t[k+1]
	}
	return s, nil
}

// String returns the summary as a few lines, e.g.
//
//	rising (Mann–Kendall p = 0.0004, exact; α = 0.05)
//	  slope +1.06 per unit of t, 95% interval +0.5 per unit of t to +2.5 per unit of t (Theil–Sen)
//	  n = 8 observations, 2015 to 2024
//	  change point between 2021 and 2022 (Pettitt p = 0.03): later values higher
//
// The layout is for people and may change; do not parse it.
func (s Summary) String() string {
	return s.Format("trend", func(v float64) string { return fmt.Sprintf("%+.3g", v) }, " per unit of t",
		func(i int) string { return fmt.Sprintf("%.6g", s.timeAt(i)) })
}

// timeAt returns the time of the observation a summary names by index:
// 0 the first, N−1 the last, ChangeAfter and ChangeAfter+1 the change.
func (s Summary) timeAt(i int) float64 {
	switch {
	case i == 0:
		return s.From
	case i == s.N-1:
		return s.To
	case i == s.ChangeAfter:
		return s.ChangeFrom
	}
	return s.ChangeTo
}

// Format writes the summary as String does, for callers that know more
// about the series than its times: name heads the first line, rate
// formats a slope and its bounds, per follows the slope (" per unit of
// t", "/yr"), and when names observation i (0-based: the first, the last,
// and the two around a change point). Package indicators uses it to
// print dates and units.
func (s Summary) Format(name string, rate func(float64) string, per string, when func(i int) string) string {
	var b strings.Builder
	if s.Direction == Insufficient || s.Direction == 0 {
		fmt.Fprintf(&b, "%s: insufficient data (n = %d; at least 3 observations needed)", name, s.N)
		return b.String()
	}
	exact := ""
	if s.HasExactP {
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
	fmt.Fprintf(&b, "  slope %s%s, %g%% interval %s%s to %s%s (Theil–Sen)\n",
		rate(s.Slope), per, 100*s.Level, rate(s.Low), per, rate(s.High), per)
	fmt.Fprintf(&b, "  n = %d observations, %s to %s", s.N, when(0), when(s.N-1))
	if s.HasChange {
		dir := "later values lower"
		if s.ChangeUp {
			dir = "later values higher"
		}
		fmt.Fprintf(&b, "\n  change point between %s and %s (Pettitt p = %s): %s",
			when(s.ChangeAfter), when(s.ChangeAfter+1), formatP(s.ChangeP), dir)
	}
	return b.String()
}

// FormatP writes a p-value as the summaries print it: two significant
// digits, in exponent form below 0.0001.
func formatP(p float64) string {
	if p < 1e-4 {
		return fmt.Sprintf("%.1e", p)
	}
	return fmt.Sprintf("%.2g", p)
}
