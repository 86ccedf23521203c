package relations

// Goldstein returns the weight of a CAMEO event code on the Goldstein
// (1992) conflict–cooperation scale, from −10 (most conflictual) to +10
// (most cooperative), and whether the code is in the table. Codes are
// strings: "010" and "10" are different codes.
//
// The table is GDELT's supporting file CAMEO.goldsteinscale.txt, all 311
// codes, as stored in GitHub mpiccirilli/UNDP-BCPR-Project at commit
// 08d29bb; it is the "ad hoc transliteration of Goldstein scale values for
// WEIS" to CAMEO (see "Scaling CAMEO", Foreign Policy Analysis). The file
// and the script that turns it into Go are in testdata/cameo.
func Goldstein(code string) (float64, bool) {
	v, ok := goldsteinTable[code]
	return v, ok
}
