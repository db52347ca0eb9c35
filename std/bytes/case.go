package bytes

import "unicode"

// foldKey maps every rune of a Unicode simple case-folding orbit (the
// runes unicode.SimpleFold cycles through) to one representative. The
// upper-then-lower mapping does that for all runes except the dotted
// capital I and the dotless small i, which fold only to themselves.
func foldKey(r rune) rune {
	if r == 0x130 || r == 0x131 {
		return r
	}
	return unicode.ToLower(unicode.ToUpper(r))
}
