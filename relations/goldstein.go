package relations

// Goldstein returns the weight of a CAMEO event code on the Goldstein
// (1992) conflict–cooperation scale, from −10 (most conflictual) to +10
// (most cooperative), and whether the code is in the table. Codes are
// strings: "010" and "10" are different codes.
//
// The values are those of GDELT's supporting file CAMEO.goldsteinscale.txt
// (the "ad hoc transliteration of Goldstein scale values for WEIS" to
// CAMEO; see "Scaling CAMEO", Foreign Policy Analysis).
func Goldstein(code string) (float64, bool) {
	v, ok := goldsteinTable[code]
	return v, ok
}

// goldsteinTable holds rows of GDELT's CAMEO.goldsteinscale.txt.
var goldsteinTable = map[string]float64{
	"01": 0.0, "02": 3.0, "036": 4.0, "04": 1.0, "042": 1.9, "043": 2.8,
	"05": 3.5, "057": 8.0, "061": 6.4, "062": 7.4, "07": 7.0, "071": 7.4,
	"072": 8.3, "08": 5.0, "0874": 10.0, "09": -2.0, "10": -5.0, "11": -2.0,
	"111": -2.0, "12": -4.0, "13": -6.0, "1312": -5.8, "138": -7.0, "14": -6.5,
	"15": -7.2, "16": -4.0, "161": -4.0, "163": -8.0, "17": -7.0, "172": -5.0,
	"18": -9.0, "19": -10.0, "190": -10.0, "20": -10.0,
}
