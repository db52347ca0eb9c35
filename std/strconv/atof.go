package strconv

import "math"

// Decimal (and hexadecimal) text to float conversion.
//
// Simple inputs (at most 19 significant digits whose value and power of
// ten are both exact in the float format) take one correctly rounded
// floating-point multiply or divide. Everything else goes through exact
// big-integer arithmetic: the value D*10^E is divided out to a binary
// significand with at least two bits beyond the target precision plus a
// sticky bit, then rounded half to even.

// maxDigits bounds the significant decimal digits kept; any further
// nonzero digit only matters as a sticky bit (a float halfway point has
// fewer than 800 significant digits).
const maxDigits = 800

// parsedNumber is the syntactic content of a float literal.
type parsedNumber struct {
	neg   bool
	hex   bool
	dig   []byte // decimal: significant digits, no leading zeros
	dp    int    // decimal: value is 0.dig * 10^dp
	mant  uint64 // hex: significand bits kept
	exp2  int    // hex: value is mant * 2^exp2
	trunc bool   // nonzero digits were dropped
}

// lowerByte folds ASCII letters to lower case.
func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// prefixFold returns how many leading bytes of s match word (lower case)
// ignoring ASCII case.
func prefixFold(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) && lowerByte(s[n]) == word[n] {
		n++
	}
	return n
}

// parseSpecial recognizes an optionally signed "inf" or "infinity", or an
// unsigned "nan", ignoring case, at the start of s.
func parseSpecial(s string) (f float64, n int, ok bool) {
	if len(s) == 0 {
		return 0, 0, false
	}
	sign := 1
	start := 0
	if s[0] == '+' || s[0] == '-' {
		if s[0] == '-' {
			sign = -1
		}
		start = 1
	}
	rest := s[start:]
	if len(rest) > 0 && lowerByte(rest[0]) == 'i' {
		m := prefixFold(rest, "infinity")
		if m == 8 {
			return math.Inf(sign), start + 8, true
		}
		if m >= 3 {
			return math.Inf(sign), start + 3, true
		}
		return 0, 0, false
	}
	if start == 0 && prefixFold(s, "nan") == 3 {
		return math.NaN(), 3, true
	}
	return 0, 0, false
}

// scanNumber reads a Go float literal (decimal or hexadecimal, with an
// optional sign and underscores between digits) at the start of s,
// returning its content and length.
func scanNumber(s string) (p parsedNumber, n int, ok bool) {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		p.neg = s[i] == '-'
		i++
	}
	base := 10
	expChar := byte('e')
	if i+2 < len(s) && s[i] == '0' && lowerByte(s[i+1]) == 'x' {
		base = 16
		expChar = 'p'
		p.hex = true
		i += 2
	}
	underscores := false
	sawDot := false
	sawDigits := false
	nSig := 0  // significant digits seen (including dropped ones)
	nKept := 0 // hex digits kept in mant
	dp := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			underscores = true
			continue
		}
		if c == '.' {
			if sawDot {
				break
			}
			sawDot = true
			dp = nSig
			continue
		}
		var v int
		if c >= '0' && c <= '9' {
			v = int(c - '0')
		} else if base == 16 && lowerByte(c) >= 'a' && lowerByte(c) <= 'f' {
			v = int(lowerByte(c)-'a') + 10
		} else {
			break
		}
		sawDigits = true
		if v == 0 && nSig == 0 {
			dp-- // leading zero: only moves the point
			continue
		}
		nSig++
		if base == 10 {
			if len(p.dig) < maxDigits {
				p.dig = append(p.dig, byte('0'+v))
			} else if v != 0 {
				p.trunc = true
			}
		} else {
			if nKept < 16 {
				p.mant = p.mant<<4 | uint64(v)
				nKept++
			} else if v != 0 {
				p.trunc = true
			}
		}
	}
	if !sawDigits {
		return p, i, false
	}
	if !sawDot {
		dp = nSig
	}
	exp := 0
	if i < len(s) && lowerByte(s[i]) == expChar {
		i++
		if i >= len(s) {
			return p, i, false
		}
		esign := 1
		if s[i] == '+' || s[i] == '-' {
			if s[i] == '-' {
				esign = -1
			}
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return p, i, false
		}
		for ; i < len(s) && (s[i] >= '0' && s[i] <= '9' || s[i] == '_'); i++ {
			if s[i] == '_' {
				underscores = true
				continue
			}
			if exp < 10000 { // larger exponents only saturate
				exp = exp*10 + int(s[i]-'0')
			}
		}
		exp *= esign
	} else if base == 16 {
		return p, i, false // hexadecimal needs a 'p' exponent
	}
	if underscores && !underscoresOK(s[:i]) {
		return p, i, false
	}
	if base == 10 {
		p.dp = dp + exp
	} else if p.mant != 0 {
		p.exp2 = 4*(dp-nKept) + exp
	}
	return p, i, true
}

// ParseFloat converts s to the nearest float of bitSize bits (32 or 64;
// the result is a float64 either way), rounding half to even. It accepts
// Go's decimal and hexadecimal float literal syntax with an optional sign,
// and "NaN", "Inf", "Infinity" (signed, any case). Errors are *NumError
// with Num = s: ErrSyntax for malformed input, ErrRange (with ±Inf) when
// the value is beyond the largest finite float.
func ParseFloat(s string, bitSize int) (float64, error) {
	f, n, err := parseFloatPrefix(s, bitSize)
	if n != len(s) && (err == nil || err.(*NumError).Err != ErrSyntax) {
		return 0, syntaxError("ParseFloat", s)
	}
	return f, err
}

// parseFloatPrefix converts the longest float literal at the start of s
// and returns its value and length (errors as for ParseFloat).
func parseFloatPrefix(s string, bitSize int) (float64, int, error) {
	const fn = "ParseFloat"
	if f, n, ok := parseSpecial(s); ok {
		if bitSize == 32 {
			f = float64(float32(f))
		}
		return f, n, nil
	}
	p, n, ok := scanNumber(s)
	if !ok {
		return 0, n, syntaxError(fn, s)
	}
	lay := float64Layout
	if bitSize == 32 {
		lay = float32Layout
	}
	var bits uint64
	overflow := false
	if p.hex {
		bits, overflow = roundBinary(p.mant, p.exp2, p.trunc, lay)
	} else {
		if f, ok := exactSmall(p, bitSize == 32); ok {
			return f, n, nil
		}
		bits, overflow = decimalToBits(p, lay)
	}
	if p.neg {
		bits |= uint64(1) << (lay.mantbits + lay.expbits)
	}
	var f float64
	if bitSize == 32 {
		f = float64(math.Float32frombits(uint32(bits)))
	} else {
		f = math.Float64frombits(bits)
	}
	if overflow {
		return f, n, rangeError(fn, s[:n])
	}
	return f, n, nil
}

var exactPow10 = [23]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

var exactPow10f32 = [11]float32{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10}

// exactSmall handles inputs whose digits and power of ten are exact in
// the target format, so that one IEEE operation rounds correctly.
func exactSmall(p parsedNumber, f32 bool) (float64, bool) {
	nd := len(p.dig)
	for nd > 0 && p.dig[nd-1] == '0' {
		nd--
	}
	if p.trunc || nd > 19 {
		return 0, false
	}
	var d uint64
	for i := 0; i < nd; i++ {
		d = d*10 + uint64(p.dig[i]-'0')
	}
	e := p.dp - nd
	if d == 0 {
		if p.neg {
			return math.Copysign(0, -1), true
		}
		return 0, true
	}
	if f32 {
		if d >= 1<<24 || e < -10 || e > 10 {
			return 0, false
		}
		f := float32(d)
		if e >= 0 {
			f *= exactPow10f32[e]
		} else {
			f /= exactPow10f32[-e]
		}
		if p.neg {
			f = -f
		}
		return float64(f), true
	}
	if d >= 1<<53 {
		return 0, false
	}
	if e > 22 {
		// shift surplus powers of ten into the integer while it stays exact
		for e > 22 && d < 1<<53/10 {
			d *= 10
			e--
		}
		if e > 22 {
			return 0, false
		}
	}
	if e < -22 {
		return 0, false
	}
	f := float64(d)
	if e >= 0 {
		f *= exactPow10[e]
	} else {
		f /= exactPow10[-e]
	}
	if p.neg {
		f = -f
	}
	return f, true
}

// decimalToBits rounds 0.dig*10^dp to the float layout, exactly.
func decimalToBits(p parsedNumber, lay floatLayout) (uint64, bool) {
	nd := len(p.dig)
	for nd > 0 && p.dig[nd-1] == '0' {
		nd--
	}
	if nd == 0 || p.dp < -330 {
		return 0, false
	}
	if p.dp > 310 {
		return infBits(lay), true
	}
	num := make(nat, 0, nd/9+2)
	for i := 0; i < nd; i++ {
		num = num.mulAdd(10, uint32(p.dig[i]-'0'))
	}
	e := p.dp - nd
	if p.trunc {
		num = num.mulAdd(10, 1) // sticky digit standing for the dropped tail
		e--
	}
	den := natFromUint64(1)
	if e >= 0 {
		num = num.mulPow10(e)
	} else {
		den = den.mulPow10(-e)
	}
	prec := int(lay.mantbits) + 1
	b := num.bitLen() - den.bitLen()
	sh := prec + 3 - b // leaves a quotient of prec+2 to prec+4 bits
	if sh >= 0 {
		num = num.shl(sh)
	} else {
		den = den.shl(-sh)
	}
	q, rem := divBits(num, den)
	return roundBinary(q, -sh, rem, lay)
}

func infBits(lay floatLayout) uint64 {
	return uint64(1<<lay.expbits-1) << lay.mantbits
}

// roundBinary rounds (mant + f) * 2^exp2, where 0 <= f < 1 and f != 0
// exactly when sticky is set, to the nearest value of the layout (ties to
// even) and returns its bits without sign, reporting overflow to infinity.
func roundBinary(mant uint64, exp2 int, sticky bool, lay floatLayout) (uint64, bool) {
	if mant == 0 {
		return 0, false
	}
	prec := int(lay.mantbits) + 1
	minTop := 1 + lay.bias // exponent of the smallest normal
	top := bitLen64(mant) - 1 + exp2
	ulp := top - (prec - 1) // exponent of the last kept bit
	if ulp < minTop-(prec-1) {
		ulp = minTop - (prec - 1) // subnormal: fewer bits kept
	}
	drop := ulp - exp2
	if drop < 2 {
		// make room for a guard bit so the sticky part is below it
		s := uint(2 - drop)
		mant <<= s
		exp2 -= int(s)
		drop = 2
	}
	if drop > 64 {
		return 0, false // below half of the smallest subnormal
	}
	var m uint64
	var half, rest bool
	if drop == 64 {
		half = mant>>63 != 0
		rest = mant<<1 != 0 || sticky
	} else {
		m = mant >> uint(drop)
		half = (mant>>uint(drop-1))&1 != 0
		rest = mant&(uint64(1)<<uint(drop-1)-1) != 0 || sticky
	}
	if half && (rest || m&1 != 0) {
		m++
		if m == uint64(1)<<uint(prec) {
			m >>= 1
			ulp++
		}
	}
	if m == 0 {
		return 0, false
	}
	if m < uint64(1)<<uint(prec-1) {
		return m, false // subnormal
	}
	biased := ulp + prec - 1 - lay.bias
	if biased >= 1<<lay.expbits-1 {
		return infBits(lay), true
	}
	return uint64(biased)<<lay.mantbits | m&(uint64(1)<<lay.mantbits-1), false
}
