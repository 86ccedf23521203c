package actors_test

import (
	"encoding/json"
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
)

// actorWithTie is a valid actor document with one tie resting on an
// agreement; the tests below insert a key at each level of it.
const actorWithTie = `{"id":"ARM","kind":"state","name":"A",` +
	`"source":{"publisher":"p","confidence":"verified"},` +
	`"codes":[{"scheme":"iso3166-1-alpha3","value":"ARM"}],` +
	`"memberships":[{"org":"CSTO","history":[{"on":"1994","to":"active"}],"source":{"publisher":"p","confidence":"verified"}}],` +
	`"ties":[{"channel":"food","provider":"RUS","label":"x",` +
	`"share":{"code":"s","name":"s","unit":"share","source":{"publisher":"p","confidence":"verified"},"observations":[{"at":"2023","value":0.99}]},` +
	`"restsOn":[{"kind":"agreement","ref":"t","history":[{"on":"1998","to":"active"}]}]}]}`

func TestActorUnknownFieldIsAnError(t *testing.T) {
	var a actors.Actor
	if err := json.Unmarshal([]byte(actorWithTie), &a); err != nil || !a.IsValid() {
		t.Fatalf("the base document does not decode: %v", err)
	}
	for _, tc := range []struct{ after, field string }{
		{`{"id":"ARM",`, "nickname"},                                     // the actor
		{`"source":{`, "publisherr"},                                     // its source
		{`"codes":[{`, "since"},                                          // a code
		{`"memberships":[{`, "status"},                                   // a membership
		{`"history":[{"on":"1994",`, "why"},                              // a change in a membership's history
		{`"ties":[{`, "weight"},                                          // a tie
		{`"share":{`, "units"},                                           // a tie's share indicator
		{`"observations":[{"at":"2023",`, "confidence"},                  // an observation of it
		{`"restsOn":[{`, "id"},                                           // a basis
		{`"restsOn":[{"kind":"agreement","ref":"t","history":[{`, "off"}, // a change in a basis history
	} {
		doc := strings.Replace(actorWithTie, tc.after, tc.after+`"`+tc.field+`":1,`, 1)
		if doc == actorWithTie {
			t.Fatalf("%q is not in the document", tc.after)
		}
		var a actors.Actor
		err := json.Unmarshal([]byte(doc), &a)
		if !errors.Is(err, actors.ErrUnknown) && !errors.Is(err, indicators.ErrUnknown) || !strings.Contains(err.Error(), `"`+tc.field+`"`) || a.IsValid() {
			t.Errorf("key %q after %s: %v; want an error naming it and wrapping ErrUnknown", tc.field, tc.after, err)
		}
	}
}

func TestActorMissingShareValueIsAnError(t *testing.T) {
	doc := strings.Replace(actorWithTie, `"value":0.99`, `"value":null`, 1)
	var a actors.Actor
	if err := json.Unmarshal([]byte(doc), &a); !errors.Is(err, indicators.ErrMissing) || !strings.Contains(err.Error(), `"value"`) {
		t.Errorf("a tie's share with a null value: %v; want an error naming \"value\" and wrapping ErrMissing", err)
	}
}

func TestActorMalformedJSONIsAnError(t *testing.T) {
	for _, doc := range []string{`[]`, `{"id":"ARM"`, `{"id":"ARM"} {}`, `{"id":7}`, `{"ties":{}}`} {
		var a actors.Actor
		if err := a.UnmarshalJSON([]byte(doc)); !errors.Is(err, actors.ErrInvalid) || a.IsValid() {
			t.Errorf("decoding %s: %v; want an error wrapping ErrInvalid", doc, err)
		}
	}
}

// TestHugeIDErrorIsShort: an actor whose ID is 16 MB long gives an error
// that quotes 100 bytes of it (the error used to hold the whole ID), and
// decoding allocates a small multiple of the input: the decoder's copy of
// the input and the decoded string.
func TestHugeIDErrorIsShort(t *testing.T) {
	doc := []byte(`{"id":"` + strings.Repeat("A", 16<<20) + `","kind":"state","name":"A"}`)
	var err error
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var a actors.Actor
	err = json.Unmarshal(doc, &a)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, actors.ErrInvalidID) || len(err.Error()) > 300 || !strings.Contains(err.Error(), "(16777216 bytes)") {
		t.Errorf("decoding a 16 MB ID: error of %d bytes: %.300v; want at most 300 bytes, wrapping ErrInvalidID", len(err.Error()), err)
	}
	n := after.TotalAlloc - before.TotalAlloc
	ratio := float64(n) / float64(len(doc))
	t.Logf("%d-byte input: %d bytes allocated (%.1f× the input)", len(doc), n, ratio)
	if ratio > 6 {
		t.Errorf("decoding a %d-byte input allocated %d bytes, %.1f× its size; want at most 6×", len(doc), n, ratio)
	}
	_, err = actors.Parse(strings.Repeat("a", 1<<20))
	if !errors.Is(err, actors.ErrInvalidID) || len(err.Error()) > 300 {
		t.Errorf("Parse of a 1 MB text: error of %d bytes; want at most 300", len(err.Error()))
	}
	long := strings.Repeat("x", 1<<20)
	src := indicators.Provenance{Publisher: "p", Confidence: indicators.Verified}
	share := indicators.MustNew(indicators.Info{Code: "s", Name: "s", Unit: indicators.Share, Source: src})
	tie := actors.Tie{Channel: actors.Food, Provider: actors.MustParse("RUS"), Label: long, Share: share}
	based := tie
	based.Label, based.RestsOn = "b", []actors.Basis{{Kind: actors.AgreementBasis, Ref: long}}
	for what, info := range map[string]actors.Info{
		"a long code":            {ID: actors.MustParse("ARM"), Kind: actors.State, Name: "A", Source: src, Codes: []actors.Code{{Scheme: actors.ISO3166Alpha3, Value: long}}},
		"a long label twice":     {ID: actors.MustParse("ARM"), Kind: actors.State, Name: "A", Source: src, Ties: []actors.Tie{tie, tie}},
		"a long basis reference": {ID: actors.MustParse("ARM"), Kind: actors.State, Name: "A", Source: src, Ties: []actors.Tie{based}},
	} {
		if _, err := actors.New(info); !errors.Is(err, actors.ErrInvalid) && !errors.Is(err, actors.ErrMissing) || len(err.Error()) > 300 {
			t.Errorf("New with %s: %.300v (%d bytes); want an error of at most 300 bytes", what, err, len(err.Error()))
		}
	}
}

// TestDecodingLargeActorUsesLinearMemory: an actor whose tie holds a
// share series of 10⁵ observations decodes within a fixed multiple of its
// size, although each level (actor, indicator, observations) reads its
// part of the input through its own decoder. Measured: 13.4× the input,
// 112 bytes per observation in memory for 32 bytes of JSON.
func TestDecodingLargeActorUsesLinearMemory(t *testing.T) {
	var b strings.Builder
	for i := range 100_000 {
		if i > 0 {
			b.WriteByte(',')
		}
		day := time.Date(1800, 1, 1+i, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		b.WriteString(`{"at":"` + day + `","value":0.5}`)
	}
	doc := []byte(strings.Replace(actorWithTie, `[{"at":"2023","value":0.99}]`, "["+b.String()+"]", 1))
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	var a actors.Actor
	err := json.Unmarshal(doc, &a)
	runtime.ReadMemStats(&after)
	var ties []actors.Tie
	for v := range a.Ties() {
		ties = append(ties, v.Tie())
	}
	if err != nil || len(ties) != 1 || ties[0].Share.Len() != 100_000 {
		t.Fatalf("decoding an actor with 10⁵ share observations: %v", err)
	}
	n := after.TotalAlloc - before.TotalAlloc
	ratio := float64(n) / float64(len(doc))
	t.Logf("%d-byte input: %d bytes allocated (%.1f× the input)", len(doc), n, ratio)
	if ratio > 20 {
		t.Errorf("decoding a %d-byte input allocated %d bytes, %.1f× its size; want at most 20×", len(doc), n, ratio)
	}
}
