package relations_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

// worldFromBytes builds two actors with ties toward each other from fuzz
// input: each 5-byte chunk makes one tie (holder, channel, share, year,
// basis history). Invalid combinations are skipped, so every input gives
// valid actors.
func worldFromBytes(data []byte) (a, b actors.Actor) {
	var ties [2][]actors.Tie
	for i := 0; i+5 <= len(data) && i < 5*24; i += 5 {
		side := int(data[i] & 1)
		provider := [2]string{"BBB", "AAA"}[side]
		ch := actors.Channel(1 + int(data[i+1])%actors.NumChannels)
		v := float64(data[i+2]) / 255
		year := fmt.Sprint(2000 + int(data[i+3])%10)
		t := tie(ch, provider, fmt.Sprintf("strand %d", i), share(fmt.Sprintf("s%d", i), year, v))
		if data[i+4]&1 == 1 {
			t.Volume = usd(fmt.Sprintf("v%d", i), year, float64(data[i+4])*1e8)
		}
		if data[i+4]&2 == 2 {
			t.Salience = share(fmt.Sprintf("l%d", i), year, float64(data[i+4])/255)
		}
		if data[i+4]&4 == 4 {
			t.Substitutability = share(fmt.Sprintf("u%d", i), year, float64(data[i+2]%7)/7)
		}
		if data[i+4]&8 == 8 {
			h := actors.History{{On: indicators.YearDate(1998 + int(data[i+3])%6), To: actors.Active}}
			if data[i+4]&16 == 16 {
				h = append(h, actors.Transition{On: indicators.MustParseDate(fmt.Sprintf("2005-%02d", 1+int(data[i+3])%12)), To: actors.Standing(2 + int(data[i+4]>>5)%2)})
			}
			t.RestsOn = []actors.Basis{{Kind: actors.AgreementBasis, Ref: "ag", History: h}}
		}
		ties[side] = append(ties[side], t)
	}
	return state("AAA", ties[0]...), state("BBB", ties[1]...)
}

// FuzzLeverage checks the invariants of the leverage model on arbitrary
// worlds: no panic; a score in [0, Max] ⊂ [0, 1]; contributions that add
// up exactly to the score; the allocation-free Model giving the same bits;
// and a balance that is antisymmetric.
func FuzzLeverage(f *testing.F) {
	f.Add([]byte{0, 1, 200, 3, 9, 1, 2, 100, 4, 1, 0, 6, 255, 5, 27, 1, 0, 50, 2, 0}, uint8(6))
	f.Add([]byte{0, 0, 255, 0, 255, 0, 1, 255, 0, 255, 0, 2, 255, 0, 255, 1, 0, 1, 0, 1}, uint8(9))
	f.Add([]byte{}, uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, y uint8) {
		a, b := worldFromBytes(data)
		d := indicators.YearDate(1998 + int(y)%14)
		m, err := relations.NewModel()
		if err != nil {
			t.Fatal(err)
		}
		for _, pair := range [2][2]actors.Actor{{a, b}, {b, a}} {
			as, err := relations.Leverage(pair[0], pair[1], relations.AsOf(d))
			score, _, merr := m.Score(pair[0], pair[1], d)
			if (err == nil) != (merr == nil) || (err != nil && !errors.Is(err, merr)) {
				t.Fatalf("Leverage error %v, Model error %v", err, merr)
			}
			if err != nil {
				continue
			}
			sum := 0.0
			for _, ch := range as.Channels {
				fs := 0.0
				for _, f := range ch.Facts {
					fs += f.Contribution
				}
				if fs != ch.Contribution {
					t.Fatalf("channel %s: facts add to %v, contribution %v", ch.Channel, fs, ch.Contribution)
				}
				sum += ch.Contribution
			}
			if sum != as.Score || score != as.Score {
				t.Fatalf("score %v, channels add to %v, Model says %v", as.Score, sum, score)
			}
			if math.IsNaN(as.Score) || as.Score < 0 || as.Score > as.Max || as.Max > 1+1e-12 {
				t.Fatalf("score %v, max %v", as.Score, as.Max)
			}
		}
		ab, err1 := relations.Balance(a, b, relations.AsOf(d))
		ba, err2 := relations.Balance(b, a, relations.AsOf(d))
		if (err1 == nil) != (err2 == nil) {
			t.Fatalf("balance errors differ: %v, %v", err1, err2)
		}
		if err1 == nil && (ab.Net != -ba.Net || ab.Sensitivity.Min > ab.Net+1e-12 || ab.Sensitivity.Max < ab.Net-1e-12) {
			t.Fatalf("balance %v vs %v, sensitivity [%v, %v]", ab.Net, ba.Net, ab.Sensitivity.Min, ab.Sensitivity.Max)
		}
	})
}

// FuzzRelationsJSON decodes arbitrary bytes as an agreement, a grievance
// and an event: decoding never panics, and what decodes and validates
// encodes and decodes back to the same value.
func FuzzRelationsJSON(f *testing.F) {
	for _, v := range []any{treaty1997(), grievance(), event("e", "057", "2022-02-22", rus, aze)} {
		b, _ := json.Marshal(v)
		f.Add(b)
	}
	f.Add([]byte(`{"id":"x","kind":"treaty","parties":["ARM","ARM"]}`))
	f.Add([]byte(`{"id":"g","claimant":"ARM","respondent":"RUS","raised":"2024-02-30","severity":1e400}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		roundTripJSON[relations.Agreement](t, data)
		roundTripJSON[relations.Grievance](t, data)
		// Missing is never zero: a grievance that decodes had a number
		// under "severity" (keys match regardless of case, as in
		// encoding/json; a key spelt in several cases is skipped, since a
		// map does not keep their order).
		var g relations.Grievance
		var m map[string]any
		if json.Unmarshal(data, &g) == nil && json.Unmarshal(data, &m) == nil && m != nil {
			var keys []string
			for k := range m {
				if strings.EqualFold(k, "severity") {
					keys = append(keys, k)
				}
			}
			if len(keys) == 0 {
				t.Fatalf("a grievance without a severity decoded: %s", data)
			}
			if _, ok := m[keys[0]].(float64); len(keys) == 1 && !ok {
				t.Fatalf("a grievance with severity %v decoded: %s", m[keys[0]], data)
			}
		}
		roundTripJSON[relations.Event](t, data)
	})
}

// roundTripJSON decodes data as a T; if that succeeds and the value
// validates, it must encode, decode back without error, and encode to the
// same bytes.
func roundTripJSON[T interface{ Validate() error }](t *testing.T, data []byte) {
	t.Helper()
	var v T
	if json.Unmarshal(data, &v) != nil || v.Validate() != nil {
		return
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("encoding a valid %T: %v", v, err)
	}
	var w T
	if err := json.Unmarshal(b, &w); err != nil {
		t.Fatalf("decoding what was encoded (%s): %v", b, err)
	}
	if b2, _ := json.Marshal(w); string(b) != string(b2) {
		t.Fatalf("round trip changed %s into %s", b, b2)
	}
}
