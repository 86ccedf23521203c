package relations

import (
	"fmt"
	"math"

	"github.com/statecraft/bilateral/internal/validate"
)

// A Component is one of the six National Material Capabilities
// components of the Correlates of War project. The zero Component is not
// valid.
type Component uint8

// The six components, in the order of the NMC data set.
const (
	MilitaryExpenditure Component = iota + 1 // milex: thousands of current USD (pounds before 1914)
	MilitaryPersonnel                        // milper: thousands of personnel
	IronSteel                                // irst: thousands of tons of iron and steel produced
	EnergyConsumption                        // pec: thousands of coal-ton equivalents of primary energy
	TotalPopulation                          // tpop: thousands of people
	UrbanPopulation                          // upop: thousands of people in cities of 100,000 or more
)

// NumComponents is the number of NMC components.
const NumComponents = 6

var componentWords = validate.NewWords("relations", "Component", "milex", "milper", "irst", "pec", "tpop", "upop")

// String returns the component's NMC column name: "milex", "milper",
// "irst", "pec", "tpop" or "upop".
func (c Component) String() string { return componentWords.Text(uint8(c)) }

// Components holds a state's (or the system's) NMC components for a
// year. A component that is not recorded is absent (Known false), never
// zero: the NMC data set codes it −9, and a zero is a real zero (Armenia
// produces no iron and steel).
type Components struct {
	Values [NumComponents]float64
	Known  [NumComponents]bool
}

// Set records component c with value v and returns the changed
// Components.
func (k Components) Set(c Component, v float64) Components {
	if c >= 1 && c <= NumComponents {
		k.Values[c-1], k.Known[c-1] = v, true
	}
	return k
}

// NMC returns the Components of the six components in NMC order, each a
// value in the data set's own units, with the data set's −9 marking a
// missing component.
func NMC(milex, milper, irst, pec, tpop, upop float64) Components {
	var k Components
	for i, v := range [NumComponents]float64{milex, milper, irst, pec, tpop, upop} {
		if v != -9 {
			k.Values[i], k.Known[i] = v, true
		}
	}
	return k
}

// A CINCResult is a state's Composite Index of National Capability for a
// year (Index), with the share of the system it holds in each component.
type CINCResult struct {
	Index  float64                // the CINC, in [0, 1]
	Shares [NumComponents]float64 // the state's share of each known component; NaN when unknown
	Used   int                    // K: the number of known components averaged
}

// CINC computes the Composite Index of National Capability (Singer, Bremer
// & Stuckey 1972) of a state from its components and the system totals of
// the same year:
//
//	CINC = (1/K) · Σ_{c known} x_c / X_c
//
// where X_c is the sum of component c over every state of the system that
// year, and K the number of components known for the state. Missing
// components are left out of both the state's average and, by whoever built
// the totals, the system total, which is why the CINC of all states can sum
// to slightly more than 1 in years with missing data. This reproduces the
// published NMC v6.0 cinc column (for example Russia 2016: 0.036472768).
//
// CINC is capability, shown beside leverage and never multiplied into it.
// It returns an error wrapping [ErrInvalid] when a value is not finite or is
// negative, when a known state component has no known, positive system
// total, or when no component is known.
func CINC(state, system Components) (CINCResult, error) {
	var c CINCResult
	for i := range NumComponents {
		c.Shares[i] = math.NaN()
		comp := Component(i + 1)
		for _, v := range []struct {
			name  string
			x     float64
			known bool
		}{{"state", state.Values[i], state.Known[i]}, {"system", system.Values[i], system.Known[i]}} {
			if v.known && (math.IsNaN(v.x) || math.IsInf(v.x, 0) || v.x < 0) {
				return CINCResult{}, fieldErr(fmt.Sprintf("CINC %s %s", v.name, comp), v.x, fmt.Errorf("%w: want a finite value ≥ 0", ErrInvalid))
			}
		}
		if !state.Known[i] {
			continue
		}
		if !system.Known[i] || system.Values[i] <= 0 {
			return CINCResult{}, fieldErr(fmt.Sprintf("CINC system %s", comp), system.Values[i], fmt.Errorf("%w: the state's component is known but the system total is not positive", ErrInvalid))
		}
		c.Shares[i] = state.Values[i] / system.Values[i]
		c.Index += c.Shares[i]
		c.Used++
	}
	if c.Used == 0 {
		return CINCResult{}, fieldErr("CINC", "no known component", ErrInvalid)
	}
	c.Index /= float64(c.Used)
	return c, nil
}
