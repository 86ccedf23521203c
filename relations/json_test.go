package relations_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/statecraft/bilateral/actors"
	"github.com/statecraft/bilateral/indicators"
	"github.com/statecraft/bilateral/relations"
)

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// The trap: a grievance with no severity decoded as 0 (a neutral act) and
// validated.
func TestGrievanceMissingSeverityIsAnError(t *testing.T) {
	doc := mustJSON(t, grievance())
	if !strings.Contains(doc, `"severity":-4,`) {
		t.Fatalf("unexpected encoding %s", doc)
	}
	for _, bad := range []string{
		strings.Replace(doc, `"severity":-4,`, ``, 1),
		strings.Replace(doc, `"severity":-4,`, `"severity":null,`, 1),
		strings.Replace(doc, `"severity":-4,`, `"severity":-4,"severity":null,`, 1),
	} {
		var g relations.Grievance
		err := json.Unmarshal([]byte(bad), &g)
		if !errors.Is(err, relations.ErrMissing) || !strings.Contains(err.Error(), `"severity"`) {
			t.Errorf("decoding %s: %v; want an error naming \"severity\" and wrapping ErrMissing", bad, err)
		}
	}
	// A severity of 0 that is written down decodes, and the round trip
	// keeps every field.
	var g relations.Grievance
	if err := json.Unmarshal([]byte(strings.Replace(doc, `"severity":-4,`, `"severity":0,`, 1)), &g); err != nil || g.Severity != 0 {
		t.Errorf("a written severity of 0 gave %v, %v", g.Severity, err)
	}
	if err := json.Unmarshal([]byte(doc), &g); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(grievance(), g, cmpopts.EquateComparable(indicators.Date{}, actors.ID{})); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestRecordUnknownFieldIsAnError(t *testing.T) {
	treaty := mustJSON(t, treaty1997())
	griev := mustJSON(t, grievance())
	ev := mustJSON(t, event("e", "057", "2022-02-22", rus, aze))
	for _, tc := range []struct {
		doc, after, field string
		v                 any
	}{
		{treaty, `{"id":"ARM-RUS-1997-treaty",`, "party", new(relations.Agreement)},
		{treaty, `"mutual":[{`, "art", new(relations.Agreement)},
		{treaty, `"directed":[{`, "from", new(relations.Agreement)},
		{treaty, `"history":[{`, "off", new(relations.Agreement)},
		{treaty, `"source":{`, "publishedBy", new(relations.Agreement)},
		{griev, `{"id":"g",`, "weight", new(relations.Grievance)},
		{griev, `"invokes":{`, "treaty", new(relations.Grievance)},
		{ev, `{"id":"e",`, "goldstein", new(relations.Event)},
		{ev, `"source":{`, "confidance", new(relations.Event)},
	} {
		doc := strings.Replace(tc.doc, tc.after, tc.after+`"`+tc.field+`":1,`, 1)
		if doc == tc.doc {
			t.Fatalf("%q is not in %s", tc.after, tc.doc)
		}
		err := json.Unmarshal([]byte(doc), tc.v)
		if !errors.Is(err, relations.ErrUnknown) || !strings.Contains(err.Error(), `"`+tc.field+`"`) {
			t.Errorf("%T with key %q after %s: %v; want an error naming it and wrapping ErrUnknown", tc.v, tc.field, tc.after, err)
		}
	}
	for _, v := range []any{new(relations.Agreement), new(relations.Grievance), new(relations.Event)} {
		if err := json.Unmarshal([]byte(`{"id":7}`), v); !errors.Is(err, relations.ErrInvalid) {
			t.Errorf("%T from {\"id\":7}: %v; want an error wrapping ErrInvalid", v, err)
		}
	}
}

// TestRecordErrorsQuoteAtMost100BytesOfInput: errors about a record with a
// 1 MB ID, code or word quote 100 bytes of each (an event with a long ID
// and a long code quotes both).
func TestRecordErrorsQuoteAtMost100BytesOfInput(t *testing.T) {
	long := strings.Repeat("Z", 1<<20)
	a := treaty1997()
	a.ID, a.Title = long, ""
	g := grievance()
	g.ID, g.Summary = long, ""
	e := event(long, long, "2022-02-22", rus, aze)
	var k relations.Issue
	for what, err := range map[string]error{
		"Agreement.Validate":  a.Validate(),
		"Grievance.Validate":  g.Validate(),
		"Event.Validate":      e.Validate(),
		"Issue.UnmarshalText": k.UnmarshalText([]byte(long)),
		"Grievance JSON":      json.Unmarshal([]byte(`{"id":"`+long+`"}`), new(relations.Grievance)),
		"Agreement JSON key":  json.Unmarshal([]byte(`{"`+long+`":1}`), new(relations.Agreement)),
	} {
		if err == nil || len(err.Error()) > 400 || !strings.Contains(err.Error(), "(1048576 bytes)") {
			t.Errorf("%s: %.300v (%d bytes); want an error of at most 400 bytes giving the input's length", what, err, len(err.Error()))
		}
	}
}
