// Package unicode holds the part of Go's unicode package that strings
// and bytes need: the simple (one rune to one rune) case mappings ToUpper,
// ToLower and ToTitle, equal to Go 1.19's for every rune and driven by the
// generated table in case_table.go, and IsSpace.
package unicode

// MaxRune is the largest valid Unicode code point.
const MaxRune = '\U0010FFFF'

type caseRange struct {
	lo, hi rune
	up     int32
	low    int32
	pairs  bool
}

// findCase returns the index of the caseRanges entry holding r, or -1.
func findCase(r rune) int {
	lo, hi := 0, len(caseRanges)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if caseRanges[m].hi < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(caseRanges) && caseRanges[lo].lo <= r {
		return lo
	}
	return -1
}

// ToUpper maps r to upper case.
func ToUpper(r rune) rune {
	if r < 0x80 {
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	i := findCase(r)
	if i < 0 {
		return r
	}
	c := caseRanges[i]
	if c.pairs {
		return r - (r-c.lo)&1 // the lower-case member sits one above
	}
	return r + rune(c.up)
}

// ToLower maps r to lower case.
func ToLower(r rune) rune {
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	i := findCase(r)
	if i < 0 {
		return r
	}
	c := caseRanges[i]
	if c.pairs {
		return r + 1 - (r-c.lo)&1
	}
	return r + rune(c.low)
}

// ToTitle maps r to title case. It differs from ToUpper only for the Latin digraph
// letters (whose title case is the mixed form) and the Georgian Mkhedruli
// letters (which are their own title case).
func ToTitle(r rune) rune {
	switch {
	case r >= 0x1C4 && r <= 0x1CC:
		return 0x1C5 + 3*((r-0x1C4)/3)
	case r >= 0x1F1 && r <= 0x1F3:
		return 0x1F2
	case r >= 0x10D0 && r <= 0x10FA, r >= 0x10FD && r <= 0x10FF:
		return r
	}
	return ToUpper(r)
}

// IsSpace reports whether r is white space: the ASCII white space, NEL, NBSP and
// the Unicode Zs, Zl and Zp characters.
func IsSpace(r rune) bool {
	if r < 0x100 {
		return r == ' ' || r >= '\t' && r <= '\r' || r == 0x85 || r == 0xA0
	}
	switch {
	case r == 0x1680, r >= 0x2000 && r <= 0x200A, r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}
