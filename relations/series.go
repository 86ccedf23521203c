package relations

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/indicators/trend"
	"github.com/statecraft/bilateral/internal/validate"
)

// A Strand names one tie of a target toward a holder: its channel and
// label.
type Strand struct {
	Channel actors.Channel
	Label   string
}

// String returns "channel/label".
func (s Strand) String() string { return s.Channel.String() + "/" + s.Label }

// A Composition is a set of strands, in channel and label order: the
// strands an assessment had evidence for, or the basis a series is held
// on.
type Composition []Strand

// Has reports whether the composition holds the strand of channel c with
// label.
func (c Composition) Has(ch actors.Channel, label string) bool {
	_, ok := slices.BinarySearchFunc(c, Strand{ch, label}, compareStrands)
	return ok
}

// Equal reports whether c and d hold the same strands.
func (c Composition) Equal(d Composition) bool { return slices.Equal(c, d) }

// String lists the strands, comma-separated; "(none)" when empty.
func (c Composition) String() string {
	if len(c) == 0 {
		return "(none)"
	}
	parts := make([]string, len(c))
	for i, s := range c {
		parts[i] = s.String()
	}
	return strings.Join(parts, ", ")
}

func compareStrands(a, b Strand) int {
	return cmp.Or(cmp.Compare(a.Channel, b.Channel), strings.Compare(a.Label, b.Label))
}

func composition(ss []Strand) Composition {
	c := slices.Clone(ss)
	slices.SortFunc(c, compareStrands)
	return slices.CompactFunc(c, func(a, b Strand) bool { return a == b })
}

// Composition returns the strands the assessment had evidence for,
// including ties whose basis had ended (evidence of no dependence).
func (a Assessment) Composition() Composition {
	var ss []Strand
	for _, ch := range a.Channels {
		for _, f := range ch.Facts {
			if f.Evidence {
				ss = append(ss, Strand{f.Channel, f.Label})
			}
		}
	}
	return composition(ss)
}

// ConstantBasis holds a [LeverageSeries] on a constant basis: only the
// strands with evidence at every date of the series count, at every date,
// so that the series moves only because those strands moved. The other
// functions reject it.
func ConstantBasis() Option {
	return func(c *config) error {
		if err := c.once("ConstantBasis"); err != nil {
			return err
		}
		c.constant = true
		return nil
	}
}

// OnBasis holds a [LeverageSeries] on the strands the caller fixes; a
// date at which one of them has no evidence is left out of the series
// (missing is not zero). The other functions reject it.
func OnBasis(strands ...Strand) Option {
	return func(c *config) error {
		if err := c.once("OnBasis"); err != nil {
			return err
		}
		for i, s := range strands {
			if !s.Channel.IsValid() || s.Label == "" {
				return fieldErr(fmt.Sprintf("OnBasis strands[%d]", i), s.String(), fmt.Errorf("%w: want a valid channel and a label", ErrInvalid))
			}
		}
		if len(strands) == 0 {
			return fieldErr("OnBasis", nil, fmt.Errorf("%w: no strands", ErrMissing))
		}
		c.basis = composition(strands)
		return nil
	}
}

// A Series is leverage over dates: the scores as an indicator, every
// assessment, and what each rested on.
type Series struct {
	// Indicator holds the scored dates (unit index, in [0, 1]); dates
	// that were refused are left out (missing is not zero). Every trend
	// function applies to it, but see Changes.
	Indicator indicators.Indicator
	// Assessments are the assessments at each date, in order, scored or
	// refused; each one's Composition says which strands had evidence.
	Assessments []Assessment
	// Basis is the constant basis the series is held on, or nil for the
	// full model, whose composition may change from point to point.
	Basis Composition
	// Changes lists the dates of scored points whose composition differs
	// from the previous scored point's. A series with changes moves partly
	// because evidence appeared or went, not only because dependence
	// moved: do not test its trend for significance; hold it on a
	// constant basis instead.
	Changes []indicators.Date
}

// CompositionChanged reports whether the strands with evidence change
// along the series (see Series.Changes).
func (s Series) CompositionChanged() bool { return len(s.Changes) > 0 }

// LeverageSeries assesses the leverage of holder over target at each of the
// dates, in order, and returns the scores as an [indicators.Indicator]
// (unit index, in [0, 1]) together with the assessments and their
// composition. Dates at which leverage cannot be scored are left out of
// the indicator and their assessments carry the refusal. The dates must
// be valid and strictly increasing.
//
// With [ConstantBasis] the series counts only the strands with evidence at
// every date (found from the full assessments); with [OnBasis], the
// strands given. On a basis, the coverage floor does not apply (the
// basis is the caller's choice, and each assessment's Coverage shows its
// weight), the composition is the same at every point, and Changes is
// empty; each assessment's score is the model's score restricted to the
// basis, with missing saliences read among the basis's strands. An [AsOf]
// option is rejected: the dates are given. It returns an error only for
// invalid input (actors, options, parameters, dates).
func LeverageSeries(holder, target actors.Actor, dates []indicators.Date, opts ...Option) (Series, error) {
	c, err := newConfig(opts)
	if err != nil {
		return Series{}, err
	}
	if err := c.reject("LeverageSeries", "AsOf", "WithClimateParams"); err != nil {
		return Series{}, err
	}
	if c.constant && c.basis != nil {
		return Series{}, fieldErr("LeverageSeries", "ConstantBasis and OnBasis", fmt.Errorf("%w: give one basis", ErrInvalid))
	}
	if err := checkPair(holder, target); err != nil {
		return Series{}, err
	}
	for i, d := range dates {
		if !d.IsValid() {
			return Series{}, fieldErr(fmt.Sprintf("LeverageSeries dates[%d]", i), nil, fmt.Errorf("%w: a zero date (an ignored parse error?)", indicators.ErrInvalidDate))
		}
		if i > 0 && dates[i-1].Last().Compare(d.Last()) >= 0 {
			return Series{}, fieldErr(fmt.Sprintf("LeverageSeries dates[%d]", i), d.String(), fmt.Errorf("%w: not after dates[%d] %s; want strictly increasing dates", ErrInvalid, i-1, dates[i-1]))
		}
	}
	for _, st := range c.basis {
		found := false
		for v := range target.TiesFrom(holder.ID()) {
			if v.Channel() == st.Channel && v.Label() == st.Label {
				found = true
				break
			}
		}
		if !found {
			return Series{}, fieldErr("OnBasis strand", st.String(), fmt.Errorf("%w: %s holds no %s tie labelled %q toward %s", ErrInvalid, target.ID(), st.Channel, st.Label, holder.ID()))
		}
	}
	s := Series{Assessments: make([]Assessment, len(dates)), Basis: c.basis}
	at := func(d indicators.Date, basis Composition) Assessment {
		a := Assessment{Holder: holder.ID(), Target: target.ID(), AsOf: d, Params: c.params, Methodology: Methodology}
		a.Err = assess(&a, holder, target, &c.params, true, basis)
		if a.Err == nil && basis != nil {
			if comp := a.Composition(); !comp.Equal(basis) {
				var lack Composition
				for _, s := range basis {
					if !comp.Has(s.Channel, s.Label) {
						lack = append(lack, s)
					}
				}
				a.Score, a.Max = 0, 0
				a.Err = validate.Errorf("relations", "leverage of %s over %s as of %s on a fixed basis: no evidence for %s: %w", a.Holder, a.Target, d, lack, ErrCoverage)
			}
		}
		return a
	}
	for i, d := range dates {
		s.Assessments[i] = at(d, c.basis)
	}
	if c.constant {
		var common Composition
		for i, a := range s.Assessments {
			comp := a.Composition()
			if i == 0 {
				common = comp
				continue
			}
			common = slices.DeleteFunc(common, func(x Strand) bool { return !comp.Has(x.Channel, x.Label) })
		}
		s.Basis = common
		if s.Basis == nil {
			s.Basis = Composition{}
		}
		for i, d := range dates {
			s.Assessments[i] = at(d, s.Basis)
		}
	}
	var obs []indicators.Observation
	conf := indicators.Verified
	var prev Composition
	first := true
	for _, a := range s.Assessments {
		if !a.Scored() {
			continue
		}
		comp := a.Composition()
		if !first && !comp.Equal(prev) {
			s.Changes = append(s.Changes, a.AsOf)
		}
		prev, first = comp, false
		obs = append(obs, indicators.Observation{At: a.AsOf, Value: a.Score})
		conf = max(conf, weakest(a))
	}
	title := "computed with methodology " + Methodology
	code := fmt.Sprintf("LEVERAGE.%s.%s", holder.ID(), target.ID())
	if s.Basis != nil {
		title += " on the constant basis " + s.Basis.String()
		code += ".constant"
	}
	info := indicators.Info{
		Code:        code,
		Name:        fmt.Sprintf("Leverage of %s over %s", holder.Name(), target.Name()),
		Unit:        indicators.Index,
		Subject:     target.ID().String(),
		Counterpart: holder.ID().String(),
		Source: indicators.Provenance{
			Publisher:  "relations.Leverage",
			Title:      title,
			Confidence: conf,
			Note:       "confidence is that of the weakest observation used",
		},
	}
	if len(s.Changes) > 0 {
		info.Note = fmt.Sprintf("the strands with evidence change at %v: part of the movement is evidence appearing or going; test trends on a constant basis", s.Changes)
	}
	s.Indicator, err = indicators.New(info, obs...)
	return s, err
}

// weakest returns the weakest confidence among the observations an
// assessment used.
func weakest(a Assessment) indicators.Confidence {
	c := indicators.Verified
	for _, ch := range a.Channels {
		for _, f := range ch.Facts {
			for _, v := range []Reading{f.Share, f.Salience, f.Substitutability} {
				if !v.Assumed && v.Source.Confidence.IsValid() {
					c = max(c, v.Source.Confidence)
				}
			}
		}
	}
	return c
}

// A SeriesTrend is the trend summary of a leverage [Series], flagged when
// the series' composition changes.
type SeriesTrend struct {
	// Summary is the trend of the scored points. When CompositionChanged,
	// its significance tests (p-values, change point) are not valid: the
	// points do not measure the same thing.
	Summary indicators.Summary
	// CompositionChanged and Changes repeat Series.CompositionChanged and
	// Series.Changes.
	CompositionChanged bool
	Changes            []indicators.Date
}

// Trend returns the trend summary of the series' indicator
// (indicators.Indicator.Trend) with the series' composition flag.
func (s Series) Trend(opts ...trend.Option) (SeriesTrend, error) {
	sum, err := s.Indicator.Trend(opts...)
	return SeriesTrend{Summary: sum, CompositionChanged: s.CompositionChanged(), Changes: s.Changes}, err
}

// String returns the summary; when the composition changed, only the
// points' count and span and the dates of the changes, with no
// significance test. There is no trailing newline.
func (t SeriesTrend) String() string {
	if !t.CompositionChanged {
		return strings.TrimSuffix(t.Summary.String(), "\n")
	}
	return fmt.Sprintf("%s: %d points, %s to %s; composition changes at %v, so no significance test (hold the series on a constant basis)",
		t.Summary.Code, t.Summary.N, t.Summary.FirstDate, t.Summary.LastDate, t.Changes)
}
