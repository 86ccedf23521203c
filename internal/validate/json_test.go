package validate

import (
	"errors"
	"strings"
	"testing"
)

type rec struct {
	A int    `json:"a"`
	B string `json:"b"`
}

func TestDecodeRejectsUnknownKeyAndTrailingData(t *testing.T) {
	var r rec
	if err := DecodeJSON([]byte(`{"a":1,"b":"x"}`), &r); err != nil || r != (rec{1, "x"}) {
		t.Fatalf("valid input: %v, %v", r, err)
	}
	var je *JSONError
	err := DecodeJSON([]byte(`{"a":1,"c":2}`), &r)
	if !errors.As(err, &je) || je.Unknown != "c" || !strings.Contains(err.Error(), `"c"`) {
		t.Errorf("unknown key: %v; want an *JSONError naming \"c\"", err)
	}
	for _, bad := range []string{`{"a":1} {"a":2}`, `{"a":1} x`, `{"a":`, `{"a":"1"}`, `[]`, `{"a":1e999}`} {
		err := DecodeJSON([]byte(bad), &r)
		if !errors.As(err, &je) || je.Unknown != "" {
			t.Errorf("%s: %v; want an *JSONError that is not about a key", bad, err)
		}
	}
	long := strings.Repeat("k", 1<<20)
	if err := DecodeJSON([]byte(`{"`+long+`":1}`), &r); err == nil || len(err.Error()) > 200 {
		t.Errorf("a 1 MB unknown key: error of %d bytes, want at most 200", len(err.Error()))
	}
}

func TestEachStopsAtFirstBadElement(t *testing.T) {
	var got []rec
	each := func(doc string) error {
		got = nil
		return EachJSON([]byte(doc), func(i int, decode func(any) error) error {
			var r rec
			if err := decode(&r); err != nil {
				return err
			}
			got = append(got, r)
			return nil
		})
	}
	if err := each(`[{"a":1},{"a":2}]`); err != nil || len(got) != 2 || got[1].A != 2 {
		t.Errorf("two elements: %v, %v", got, err)
	}
	if err := each(`null`); err != nil || len(got) != 0 {
		t.Errorf("null: %v, %v", got, err)
	}
	calls := 0
	err := EachJSON([]byte(`[{"a":1},0,0,0]`), func(i int, decode func(any) error) error {
		calls++
		var r rec
		return decode(&r)
	})
	var je *JSONError
	if !errors.As(err, &je) || calls != 2 {
		t.Errorf("bad second element: %d calls, %v; want 2 calls and an *JSONError", calls, err)
	}
	for _, bad := range []string{`{}`, `[{"a":1}`, `[{"a":1},]`, `[{"z":1}]`} {
		if err := each(bad); err == nil {
			t.Errorf("%s: no error", bad)
		}
	}
}
