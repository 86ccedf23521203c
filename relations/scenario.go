package relations

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/internal/validate"
)

// A Scenario is a named, documented change to the inputs of the leverage
// model: scale a channel, remove or add a tie, suspend, end or shift an
// agreement or membership. It is applied to copies of actor values; the
// originals never change.
type Scenario struct {
	Name      string // e.g. "US–Russia understanding on Ukraine"
	Rationale string // why these steps, and the source that motivates them
	Steps     []Step
}

// A Step is one change a [Scenario] makes. The step types of this package
// are [ScaleShare], [ScaleSubstitutability], [ScaleVolume], [RemoveTie],
// [AddTie], [ChangeBasis] and [ShiftBasis].
type Step interface {
	// String describes the step for a report.
	String() string
	apply(infos map[actors.ID]*actors.Info) error
}

// ScaleShare multiplies by Factor the share series of Holder's ties toward
// Provider in Channel (all channels when Channel is 0), capping at 1.
type ScaleShare struct {
	Holder, Provider actors.ID
	Channel          actors.Channel
	Factor           float64
}

// ScaleSubstitutability multiplies by Factor the substitutability series of
// Holder's ties toward Provider in Channel (all channels when 0), capping
// at 1. Ties without a recorded substitutability are left as they are.
type ScaleSubstitutability struct {
	Holder, Provider actors.ID
	Channel          actors.Channel
	Factor           float64
}

// ScaleVolume multiplies by Factor the volume series of Holder's ties
// toward Provider.
type ScaleVolume struct {
	Holder, Provider actors.ID
	Factor           float64
}

// RemoveTie removes Holder's ties toward Provider in Channel with Label
// (every label when Label is empty; every channel when Channel is 0).
type RemoveTie struct {
	Holder, Provider actors.ID
	Channel          actors.Channel
	Label            string
}

// AddTie adds Tie to Holder's ties.
type AddTie struct {
	Holder actors.ID
	Tie    actors.Tie
}

// ChangeBasis appends Change to the history of every basis with reference
// Ref in the ties of Holder (of every actor when Holder is the zero ID),
// and to Holder's membership in the organisation Ref, if any: suspend an
// agreement, freeze or unfreeze a membership, end one. The change must
// come after the basis's last change.
type ChangeBasis struct {
	Holder actors.ID
	Ref    string
	Change actors.Transition
}

// ShiftBasis moves every change of the bases with reference Ref (and of
// memberships in Ref) of Holder (of every actor when Holder is the zero ID)
// by Years years, earlier when negative, keeping each date's precision.
type ShiftBasis struct {
	Holder actors.ID
	Ref    string
	Years  int
}

// String describes the step for a report.
func (s ScaleShare) String() string {
	return fmt.Sprintf("scale %s's %s share from %s by %g", s.Holder, chanText(s.Channel), s.Provider, s.Factor)
}

// String describes the step for a report.
func (s ScaleSubstitutability) String() string {
	return fmt.Sprintf("scale %s's substitutability of %s in %s by %g", s.Holder, s.Provider, chanText(s.Channel), s.Factor)
}

// String describes the step for a report.
func (s ScaleVolume) String() string {
	return fmt.Sprintf("scale the volume of %s's ties toward %s by %g", s.Holder, s.Provider, s.Factor)
}

// String describes the step for a report.
func (s RemoveTie) String() string {
	l := s.Label
	if l == "" {
		l = "all"
	}
	return fmt.Sprintf("remove %s's %s ties toward %s (%s)", s.Holder, chanText(s.Channel), s.Provider, l)
}

// String describes the step for a report.
func (s AddTie) String() string {
	return fmt.Sprintf("add %s's %s tie toward %s (%s)", s.Holder, s.Tie.Channel, s.Tie.Provider, s.Tie.Label)
}

// String describes the step for a report.
func (s ChangeBasis) String() string {
	return fmt.Sprintf("%s%s becomes %s from %s", holderText(s.Holder), s.Ref, s.Change.To, s.Change.On)
}

func holderText(id actors.ID) string {
	if !id.IsValid() {
		return ""
	}
	return id.String() + "'s "
}

// String describes the step for a report.
func (s ShiftBasis) String() string {
	return fmt.Sprintf("shift the dates of %s%s by %+d years", holderText(s.Holder), s.Ref, s.Years)
}

func chanText(c actors.Channel) string {
	if c == 0 {
		return "every"
	}
	return c.String()
}

func holderInfo(infos map[actors.ID]*actors.Info, id actors.ID) (*actors.Info, error) {
	info, ok := infos[id]
	if !ok {
		return nil, fieldErr("scenario holder", id.String(), fmt.Errorf("%w: not among the scenario's actors", ErrInvalid))
	}
	return info, nil
}

func checkFactor(f float64) error {
	if math.IsNaN(f) || math.IsInf(f, 0) || f < 0 {
		return fieldErr("scenario factor", f, fmt.Errorf("%w: want a finite factor ≥ 0", ErrInvalid))
	}
	return nil
}

// scaleTies applies fn to each series of holder's ties toward provider in
// channel that pick selects.
func scaleTies(infos map[actors.ID]*actors.Info, holder, provider actors.ID, ch actors.Channel, factor float64, pick func(*actors.Tie) *indicators.Indicator, capAt1 bool) error {
	if err := checkFactor(factor); err != nil {
		return err
	}
	info, err := holderInfo(infos, holder)
	if err != nil {
		return err
	}
	for i := range info.Ties {
		t := &info.Ties[i]
		if t.Provider != provider || (ch != 0 && t.Channel != ch) {
			continue
		}
		ind := pick(t)
		if !ind.IsValid() {
			continue
		}
		scaled, err := scale(*ind, factor, capAt1)
		if err != nil {
			return err
		}
		*ind = scaled
	}
	return nil
}

// scale returns ind with every value multiplied by f (capped at 1 when
// capAt1), its code and note marked as a scenario's.
func scale(ind indicators.Indicator, f float64, capAt1 bool) (indicators.Indicator, error) {
	info := ind.Info()
	info.Note = strings.TrimSpace(info.Note + fmt.Sprintf(" [scenario: values ×%g]", f))
	var obs []indicators.Observation
	for o := range ind.All() {
		o.Value *= f
		if capAt1 {
			o.Value = min(o.Value, 1)
		}
		obs = append(obs, o)
	}
	return indicators.New(info, obs...)
}

func (s ScaleShare) apply(infos map[actors.ID]*actors.Info) error {
	return scaleTies(infos, s.Holder, s.Provider, s.Channel, s.Factor, func(t *actors.Tie) *indicators.Indicator { return &t.Share }, true)
}

func (s ScaleSubstitutability) apply(infos map[actors.ID]*actors.Info) error {
	return scaleTies(infos, s.Holder, s.Provider, s.Channel, s.Factor, func(t *actors.Tie) *indicators.Indicator { return &t.Substitutability }, true)
}

func (s ScaleVolume) apply(infos map[actors.ID]*actors.Info) error {
	return scaleTies(infos, s.Holder, s.Provider, 0, s.Factor, func(t *actors.Tie) *indicators.Indicator { return &t.Volume }, false)
}

func (s RemoveTie) apply(infos map[actors.ID]*actors.Info) error {
	info, err := holderInfo(infos, s.Holder)
	if err != nil {
		return err
	}
	n := len(info.Ties)
	info.Ties = slices.DeleteFunc(info.Ties, func(t actors.Tie) bool {
		return t.Provider == s.Provider && (s.Channel == 0 || t.Channel == s.Channel) && (s.Label == "" || t.Label == s.Label)
	})
	if len(info.Ties) == n {
		return fieldErr("RemoveTie", s.String(), fmt.Errorf("%w: no such tie", ErrInvalid))
	}
	return nil
}

func (s AddTie) apply(infos map[actors.ID]*actors.Info) error {
	info, err := holderInfo(infos, s.Holder)
	if err != nil {
		return err
	}
	info.Ties = append(info.Ties, s.Tie)
	return nil
}

// eachHistory calls fn on every history of a basis or membership with
// reference ref held by holder (by any actor when holder is the zero ID),
// in ID order, and reports whether there was one.
func eachHistory(infos map[actors.ID]*actors.Info, holder actors.ID, ref string, fn func(*actors.History)) bool {
	found := false
	ids := slices.SortedFunc(maps.Keys(infos), actors.ID.Compare)
	for _, id := range ids {
		if holder.IsValid() && id != holder {
			continue
		}
		info := infos[id]
		for i := range info.Memberships {
			if info.Memberships[i].Org.String() == ref {
				fn(&info.Memberships[i].History)
				found = true
			}
		}
		for i := range info.Ties {
			for j := range info.Ties[i].RestsOn {
				if info.Ties[i].RestsOn[j].Ref == ref {
					fn(&info.Ties[i].RestsOn[j].History)
					found = true
				}
			}
		}
	}
	return found
}

func (s ChangeBasis) apply(infos map[actors.ID]*actors.Info) error {
	if !eachHistory(infos, s.Holder, s.Ref, func(h *actors.History) { *h = append(*h, s.Change) }) {
		return fieldErr("ChangeBasis.Ref", s.Ref, fmt.Errorf("%w: no basis or membership with this reference", ErrInvalid))
	}
	return nil
}

func (s ShiftBasis) apply(infos map[actors.ID]*actors.Info) error {
	var err error
	found := eachHistory(infos, s.Holder, s.Ref, func(h *actors.History) {
		for i := range *h {
			d, e := (*h)[i].On.AddYears(s.Years)
			if e != nil && err == nil {
				err = validate.Wrap("relations", fmt.Sprintf("ShiftBasis %q", s.Ref), e)
			}
			(*h)[i].On = d
		}
	})
	if !found {
		return fieldErr("ShiftBasis.Ref", s.Ref, fmt.Errorf("%w: no basis or membership with this reference", ErrInvalid))
	}
	return err
}

// A ScenarioResult shows what a [Scenario] does to the balance between two
// actors: leverage both ways before and after, and the channel
// contributions that moved.
type ScenarioResult struct {
	Scenario      Scenario
	Before, After BalanceResult
	Moved         []Move // channel contributions that changed, L(A→B) first
}

// A Move is the change of one channel's contribution in one direction.
type Move struct {
	Holder, Target actors.ID
	Channel        actors.Channel
	Before, After  float64
}

// Apply returns copies of as with the scenario's steps applied in order.
// The originals never change. It returns an error wrapping [ErrInvalid]
// for a step that names an actor not among as, removes no tie, or changes
// no basis, and the error of [actors.New] for a changed actor that is no
// longer valid (a basis change out of date order, say).
func (s Scenario) Apply(as ...actors.Actor) ([]actors.Actor, error) {
	infos := make(map[actors.ID]*actors.Info, len(as))
	for _, a := range as {
		if !a.IsValid() {
			return nil, fieldErr("scenario actor", "zero Actor", actors.ErrInvalidID)
		}
		info := a.Info()
		infos[a.ID()] = &info
	}
	for i, st := range s.Steps {
		if st == nil {
			return nil, fieldErr(fmt.Sprintf("Scenario %s: Steps[%d]", validate.Quote(s.Name), i), nil, ErrMissing)
		}
		if err := st.apply(infos); err != nil {
			return nil, validate.Errorf("relations", "scenario %s: step %d (%s): %w", validate.Quote(s.Name), i, validate.Clip(st.String()), err)
		}
	}
	out := make([]actors.Actor, len(as))
	for i, a := range as {
		b, err := actors.New(*infos[a.ID()])
		if err != nil {
			return nil, validate.Errorf("relations", "scenario %s: %w", validate.Quote(s.Name), err)
		}
		out[i] = b
	}
	return out, nil
}

// Run applies the scenario to copies of a and b and returns the balance
// between them before and after, with the moved contributions.
func (s Scenario) Run(a, b actors.Actor, opts ...Option) (ScenarioResult, error) {
	r := ScenarioResult{Scenario: s}
	var err error
	if r.Before, err = Balance(a, b, opts...); err != nil {
		return r, err
	}
	changed, err := s.Apply(a, b)
	if err != nil {
		return r, err
	}
	after := opts
	if c, err := newConfig(opts); err == nil && !c.set["AsOf"] {
		after = append(slices.Clone(opts), AsOf(r.Before.AB.AsOf))
	}
	if r.After, err = Balance(changed[0], changed[1], after...); err != nil {
		return r, err
	}
	for _, pair := range [2][2]Assessment{{r.Before.AB, r.After.AB}, {r.Before.BA, r.After.BA}} {
		for i := range pair[0].Channels {
			x, y := pair[0].Channels[i].Contribution, pair[1].Channels[i].Contribution
			if x != y {
				r.Moved = append(r.Moved, Move{Holder: pair[0].Holder, Target: pair[0].Target, Channel: actors.Channel(i + 1), Before: x, After: y})
			}
		}
	}
	return r, nil
}
