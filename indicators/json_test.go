package indicators_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/statecraft/bilateral/indicators"
)

// indicatorJSON returns an indicator document in unit count whose
// "observations" member is obs, as raw JSON.
func indicatorJSON(obs string) []byte {
	return []byte(`{"code":"X","name":"x","unit":"count","source":{"publisher":"p","confidence":"verified"},"observations":` + obs + `}`)
}

// The traps: a value that was not published must not decode as 0.
func TestObservationMissingValueIsAnError(t *testing.T) {
	for _, doc := range []string{
		`[{"at":"2024"}]`,
		`[{"at":"2023","value":1},{"at":"2024","value":null}]`,
		`[{"at":"2024","value":null,"note":"n"}]`,
		`[{"at":"2024","value":1,"value":null}]`, // a null after a number
		`[{"at":"2024","value":1,"VALUE":null}]`, // keys match regardless of case, as in encoding/json
	} {
		var ind indicators.Indicator
		err := json.Unmarshal(indicatorJSON(doc), &ind)
		if !errors.Is(err, indicators.ErrMissing) || !strings.Contains(err.Error(), `"value"`) || ind.IsValid() {
			t.Errorf("decoding observations %s: %v, %v; want an error naming \"value\" and wrapping ErrMissing", doc, ind, err)
		}
	}
	for _, doc := range []string{`{"at":"2024"}`, `{"at":"2024","value":null}`} {
		var o indicators.Observation
		if err := json.Unmarshal([]byte(doc), &o); !errors.Is(err, indicators.ErrMissing) || !strings.Contains(err.Error(), `"value"`) {
			t.Errorf("decoding Observation %s: %v; want an error naming \"value\" and wrapping ErrMissing", doc, err)
		}
	}
	// A published zero is a value: it decodes.
	var ind indicators.Indicator
	if err := json.Unmarshal(indicatorJSON(`[{"at":"2024","value":0}]`), &ind); err != nil || ind.Len() != 1 || ind.Observation(0).Value != 0 {
		t.Errorf("a published 0 gave %v, %v; want one observation of value 0", ind, err)
	}
}

func TestIndicatorUnknownFieldIsAnError(t *testing.T) {
	for _, tc := range []struct{ doc, field string }{
		{`{"code":"X","name":"x","unit":"count","source":{"publisher":"p","confidence":"verified"},"observations":[],"extra":1}`, "extra"},
		{`{"code":"X","name":"x","unit":"count","sorce":{"publisher":"p","confidence":"verified"},"observations":[]}`, "sorce"},
		{`{"code":"X","name":"x","unit":"count","source":{"publisher":"p","confidence":"verified","url2":""},"observations":[]}`, "url2"},
		{string(indicatorJSON(`[{"at":"2024","value":1,"vaule":2}]`)), "vaule"},
		{string(indicatorJSON(`[{"at":"2024","value":1,"source":{"publisher":"p","confidence":"verified","conf":1}}]`)), "conf"},
	} {
		var ind indicators.Indicator
		err := json.Unmarshal([]byte(tc.doc), &ind)
		if !errors.Is(err, indicators.ErrUnknown) || !strings.Contains(err.Error(), `"`+tc.field+`"`) || ind.IsValid() {
			t.Errorf("decoding %s: %v; want an error naming %q and wrapping ErrUnknown", tc.doc, err, tc.field)
		}
	}
	var o indicators.Observation
	if err := json.Unmarshal([]byte(`{"at":"2024","value":1,"qualifer":"about"}`), &o); !errors.Is(err, indicators.ErrUnknown) || !strings.Contains(err.Error(), `"qualifer"`) {
		t.Errorf("decoding an Observation with a misspelt key: %v; want ErrUnknown naming it", err)
	}
}

// TestIndicatorMalformedJSONIsAnError: JSON of the wrong shape wraps
// ErrInvalid, and a bad element stops the decoding.
func TestIndicatorMalformedJSONIsAnError(t *testing.T) {
	for _, obs := range []string{`[0]`, `{}`, `[{"at":"2024","value":"1"}]`, `[{"at":"2024","value":1}`, `[{"at":"2024","value":1},]`} {
		var ind indicators.Indicator
		if err := ind.UnmarshalJSON(indicatorJSON(obs)); !errors.Is(err, indicators.ErrInvalid) || ind.IsValid() {
			t.Errorf("decoding observations %s: %v; want an error wrapping ErrInvalid", obs, err)
		}
	}
	var ind indicators.Indicator
	if err := ind.UnmarshalJSON(append(indicatorJSON(`[]`), ` {}`...)); !errors.Is(err, indicators.ErrInvalid) {
		t.Errorf("decoding an indicator followed by more JSON: %v; want an error wrapping ErrInvalid", err)
	}
}

// TestErrorsQuoteAtMost100BytesOfInput: an error about a long input quotes
// its first 100 bytes and its length, not the whole of it.
func TestErrorsQuoteAtMost100BytesOfInput(t *testing.T) {
	long := strings.Repeat("A", 1<<20)
	const limit = 400 // the message around the quoted 100 bytes
	check := func(what string, err error) {
		t.Helper()
		if err == nil {
			t.Fatalf("%s: no error", what)
		}
		if msg := err.Error(); len(msg) > limit || !strings.Contains(msg, " bytes)") {
			t.Errorf("%s: error of %d bytes (want at most %d, giving the input's length): %.300s", what, len(msg), limit, msg)
		}
	}
	_, err := indicators.ParseDate(long)
	check("ParseDate", err)
	_, err = indicators.ParsePeriod(long)
	check("ParsePeriod", err)
	_, err = indicators.ParsePeriod("2024/" + long)
	check("ParsePeriod bound", err)
	_, err = indicators.ParseUnit(long)
	check("ParseUnit", err)
	_, err = indicators.New(indicators.Info{Code: long + " x", Name: "x", Unit: indicators.Count})
	check("New with a long code", err)
	_, err = indicators.New(indicators.Info{Code: long, Name: "x", Unit: indicators.Count})
	check("New with a long code and no source", err)
	src := indicators.Provenance{Publisher: "p", Confidence: indicators.Verified, URL: "ftp://" + long}
	_, err = indicators.New(indicators.Info{Code: "X", Name: "x", Unit: indicators.Count, Source: src})
	check("New with a long URL", err)
	for _, doc := range [][]byte{
		[]byte(`{"` + long + `":1}`),
		indicatorJSON(`[{"at":"` + long + `","value":1}]`),
		indicatorJSON(`[{"at":"2024","value":1` + strings.Repeat("0", 1<<20-1) + `e999}]`), // overflows float64
		indicatorJSON(`[{"at":"2024","value":1,"` + long + `":1}]`),
		[]byte(`{"code":"X","name":"x","unit":"` + long + `"}`),
	} {
		var ind indicators.Indicator
		check("json.Unmarshal", json.Unmarshal(doc, &ind))
	}
}

// allocated returns the bytes fn allocates, from runtime.MemStats. It is
// an upper bound on the memory fn holds at any one time.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestDecodingZeroObservationsUsesLittleMemory: a 2 MB array of 10⁶ zeros
// where observations belong fails at its first element, and decoding it
// allocates a small multiple of its size (before, encoding/json decoded
// every element and the process reached 348 MB).
func TestDecodingZeroObservationsUsesLittleMemory(t *testing.T) {
	zeros := bytes.Repeat([]byte("0,"), 1_000_000)
	doc := indicatorJSON("[" + string(zeros[:len(zeros)-1]) + "]")
	var err error
	n := allocated(func() {
		var ind indicators.Indicator
		err = json.Unmarshal(doc, &ind)
	})
	if !errors.Is(err, indicators.ErrInvalid) || !strings.Contains(err.Error(), "observations[0]") {
		t.Errorf("decoding 10⁶ zero observations: %v; want an error at observations[0]", err)
	}
	ratio := float64(n) / float64(len(doc))
	t.Logf("%d-byte input: %d bytes allocated (%.1f× the input)", len(doc), n, ratio)
	if ratio > 8 {
		t.Errorf("decoding a %d-byte input allocated %d bytes, %.1f× its size; want at most 8×", len(doc), n, ratio)
	}
}

// TestDecodingValidObservationsUsesLinearMemory: a valid series of 10⁵
// observations decodes in memory linear in its size. The observations'
// array, of unsafe.Sizeof(Observation) bytes each, is allocated at most
// twice over while it grows (capacity doubles); the decoder holds a copy
// of the input, and each element its transient values. The bound is
// 2·n·Sizeof(Observation) + 10·len(input); measured 13.1× the input
// (128-byte observations for 30 bytes of JSON: 25.6 MB of arrays and 13.7
// MB besides, for 3.0 MB of input), 17.1× under -race with coverage.
func TestDecodingValidObservationsUsesLinearMemory(t *testing.T) {
	var b strings.Builder
	b.WriteByte('[')
	for i := range 100_000 {
		if i > 0 {
			b.WriteByte(',')
		}
		day := time.Date(1800, 1, 1+i, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		b.WriteString(`{"at":"` + day + `","value":1}`)
	}
	b.WriteByte(']')
	doc := indicatorJSON(b.String())
	var ind indicators.Indicator
	var err error
	n := allocated(func() { err = json.Unmarshal(doc, &ind) })
	if err != nil || ind.Len() != 100_000 {
		t.Fatalf("decoding 10⁵ observations: %d decoded, %v", ind.Len(), err)
	}
	ratio := float64(n) / float64(len(doc))
	t.Logf("%d-byte input: %d bytes allocated (%.1f× the input)", len(doc), n, ratio)
	if bound := 2*100_000*uint64(unsafe.Sizeof(indicators.Observation{})) + 10*uint64(len(doc)); n > bound {
		t.Errorf("decoding a %d-byte input allocated %d bytes (%.1f× its size); want at most %d", len(doc), n, ratio, bound)
	}
}
