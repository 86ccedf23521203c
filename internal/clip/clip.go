// Package clip shortens the input that error messages quote, so that an
// error about a hostile input (a 100 MB identifier, say) stays a few
// hundred bytes long however long the input is.
package clip

import (
	"strconv"
	"unicode/utf8"
)

// Max is the number of bytes of an input that an error quotes at most.
const Max = 100

// head returns the longest prefix of s of at most Max bytes that does not
// split a UTF-8 sequence.
func head(s string) string {
	if len(s) <= Max {
		return s
	}
	n := Max
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// String returns s when it is at most Max bytes long, and otherwise its
// first Max bytes (cut at a character boundary) followed by "…" and the
// length of s, as in `ABC…(104857600 bytes)`.
func String(s string) string {
	if len(s) <= Max {
		return s
	}
	return head(s) + "…(" + strconv.Itoa(len(s)) + " bytes)"
}

// Quote is like [strconv.Quote] for an s of at most Max bytes; a longer s
// is quoted up to Max bytes and followed by "…" and its length, as in
// `"ABC"…(104857600 bytes)`.
func Quote(s string) string {
	if len(s) <= Max {
		return strconv.Quote(s)
	}
	return strconv.Quote(head(s)) + "…(" + strconv.Itoa(len(s)) + " bytes)"
}
