package bytes

// Simple (one rune to one rune) Unicode case mapping, equal to the
// unicode package's ToUpper, ToLower and ToTitle for every rune, driven by
// the generated table in case_table.go.

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

func toUpperRune(r rune) rune {
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

func toLowerRune(r rune) rune {
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

// toTitleRune differs from toUpperRune only for the Latin digraph
// letters (whose title case is the mixed form) and the Georgian Mkhedruli
// letters (which are their own title case).
func toTitleRune(r rune) rune {
	switch {
	case r >= 0x1C4 && r <= 0x1CC:
		return 0x1C5 + 3*((r-0x1C4)/3)
	case r >= 0x1F1 && r <= 0x1F3:
		return 0x1F2
	case r >= 0x10D0 && r <= 0x10FA, r >= 0x10FD && r <= 0x10FF:
		return r
	}
	return toUpperRune(r)
}

// foldKey maps every rune of a Unicode simple case-folding orbit (the
// runes unicode.SimpleFold cycles through) to one representative. The
// upper-then-lower mapping does that for all runes except the dotted
// capital I and the dotless small i, which fold only to themselves.
func foldKey(r rune) rune {
	if r == 0x130 || r == 0x131 {
		return r
	}
	return toLowerRune(toUpperRune(r))
}

// isSpaceRune is unicode.IsSpace: the ASCII white space, NEL, NBSP and
// the Unicode Zs, Zl and Zp characters.
func isSpaceRune(r rune) bool {
	if r < 0x100 {
		return r == ' ' || r >= '\t' && r <= '\r' || r == 0x85 || r == 0xA0
	}
	switch {
	case r == 0x1680, r >= 0x2000 && r <= 0x200A, r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}
