package strconv

import "math"

// Float to decimal conversion.
//
// Method: the float is the exact rational mant*2^e. It is rescaled to
// R/S * 10^k with 1/10 <= R/S < 1, using the nat big integers, and decimal
// digits are produced one at a time by long division. For the shortest
// form, digit production stops as soon as the digits printed so far (or
// those digits with the last one raised by one) fall strictly inside the
// interval of reals that round back to the same float (the bounds belong
// to the interval when mant is even, as round-half-even would pick this
// float). When both endings are allowed, the one nearer the exact value
// wins. For a requested precision, the exact digits are produced up to
// the requested count and rounded half to even on the exact remainder.
// Nothing here is approximate, so results are exact by construction.

type floatLayout struct {
	mantbits uint
	expbits  uint
	bias     int
}

var float64Layout = floatLayout{52, 11, -1023}
var float32Layout = floatLayout{23, 8, -127}

// digitString is a decimal significand: value = 0.d[0]d[1]... * 10^dp.
// It never has trailing zeros; zero has no digits.
type digitString struct {
	d  []byte
	dp int
}

// FormatFloat converts f to a string in format fmt with precision prec,
// assuming it came from a float of bitSize bits (32 or 64).
//
// Formats: 'e' (-d.dddde±dd), 'E', 'f' (-ddd.dddd), 'g' ('e' for large
// exponents, 'f' otherwise), 'G', 'b' (-ddddp±ddd, binary exponent),
// 'x' (-0x1.hhhhp±dd, hexadecimal mantissa and binary exponent), 'X'.
// prec is the number of digits after the point for 'e', 'E', 'f', 'x'
// and 'X', and the number of significant digits for 'g' and 'G'; -1
// asks for the fewest digits that still read back as exactly f.
func FormatFloat(f float64, fmt byte, prec, bitSize int) string {
	n := prec + 4
	if n < 24 {
		n = 24
	}
	return string(appendFloat(make([]byte, 0, n), f, fmt, prec, bitSize))
}

// AppendFloat appends the FormatFloat form of f to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return appendFloat(dst, f, fmt, prec, bitSize)
}

func appendFloat(dst []byte, val float64, fmt byte, prec, bitSize int) []byte {
	var bits uint64
	var lay floatLayout
	switch bitSize {
	case 32:
		bits = uint64(math.Float32bits(float32(val)))
		lay = float32Layout
	case 64:
		bits = math.Float64bits(val)
		lay = float64Layout
	default:
		panic("strconv: illegal AppendFloat/FormatFloat bitSize")
	}
	neg := bits>>(lay.expbits+lay.mantbits) != 0
	biased := int(bits>>lay.mantbits) & (1<<lay.expbits - 1)
	mant := bits & (uint64(1)<<lay.mantbits - 1)

	if biased == 1<<lay.expbits-1 {
		if mant != 0 {
			return append(dst, "NaN"...)
		}
		if neg {
			return append(dst, "-Inf"...)
		}
		return append(dst, "+Inf"...)
	}
	// value = mant * 2^e
	var e int
	if biased == 0 {
		e = 1 + lay.bias - int(lay.mantbits)
	} else {
		mant |= uint64(1) << lay.mantbits
		e = biased + lay.bias - int(lay.mantbits)
	}

	switch fmt {
	case 'b':
		return appendBinaryForm(dst, neg, mant, e)
	case 'x', 'X':
		return appendHexForm(dst, neg, mant, e, fmt, prec)
	case 'e', 'E', 'f', 'g', 'G':
	default:
		return append(dst, '%', fmt)
	}

	var ds digitString
	shortest := prec < 0
	if shortest {
		ds = shortestDigits(mant, e, lay)
		switch fmt {
		case 'e', 'E':
			prec = len(ds.d) - 1
			if prec < 0 {
				prec = 0
			}
		case 'f':
			prec = len(ds.d) - ds.dp
			if prec < 0 {
				prec = 0
			}
		default:
			prec = len(ds.d)
		}
	} else {
		switch fmt {
		case 'e', 'E':
			ds = significantDigits(mant, e, prec+1)
		case 'f':
			ds = fractionDigits(mant, e, prec)
		default:
			if prec == 0 {
				prec = 1
			}
			ds = significantDigits(mant, e, prec)
		}
	}

	switch fmt {
	case 'e', 'E':
		return appendExpForm(dst, neg, ds, prec, fmt)
	case 'f':
		return appendFixedForm(dst, neg, ds, prec)
	}
	// 'g', 'G': exponent form when the decimal exponent is below -4 or at
	// least the precision (6 when printing the shortest digits);
	// insignificant trailing zeros are not printed either way.
	limit := prec
	nd := len(ds.d)
	if limit > nd && nd >= ds.dp {
		limit = nd
	}
	if shortest {
		limit = 6
	}
	x := ds.dp - 1
	if x < -4 || x >= limit {
		if prec > nd {
			prec = nd
		}
		return appendExpForm(dst, neg, ds, prec-1, fmt+'e'-'g')
	}
	if prec > ds.dp {
		prec = nd
	}
	frac := prec - ds.dp
	if frac < 0 {
		frac = 0
	}
	return appendFixedForm(dst, neg, ds, frac)
}

// scaled holds a float's value as R/S * 10^k with 1/10 <= R/S < 1, plus
// the half-gaps to the neighbouring floats below (lo) and above (hi),
// in the same units as R.
type scaled struct {
	r, s, lo, hi nat
	k            int
}

// scale builds the scaled form of mant*2^e (mant != 0). With gaps set, it
// also computes the rounding interval of a float with layout lay.
func scale(mant uint64, e int, gaps bool, lay floatLayout) scaled {
	var sc scaled
	// R/S is the value; both carry an extra factor 4 so that the gaps
	// (half an ulp, or a quarter ulp below a power of two) are integers.
	unit := natFromUint64(1) // a quarter ulp (2^e/4) in R's units
	sc.r = natFromUint64(mant)
	sc.s = natFromUint64(4)
	if e >= 0 {
		sc.r = sc.r.shl(e + 2)
		unit = unit.shl(e)
	} else {
		sc.r = sc.r.shl(2)
		sc.s = natFromUint64(1).shl(2 - e)
	}
	if gaps {
		sc.hi = unit.shl(1)
		minE := 1 + lay.bias - int(lay.mantbits)
		if mant == uint64(1)<<lay.mantbits && e > minE {
			sc.lo = unit
		} else {
			sc.lo = sc.hi.clone()
		}
	}
	// Estimate k from the binary magnitude, then correct it.
	mag := bitLen64(mant) - 1 + e // value in [2^mag, 2^(mag+1))
	k := (mag*78913)>>18 + 1      // 78913/2^18 is just below log10(2)
	if k > 0 {
		sc.s = sc.s.mulPow10(k)
	} else if k < 0 {
		sc.r = sc.r.mulPow10(-k)
		if gaps {
			sc.hi = sc.hi.mulPow10(-k)
			sc.lo = sc.lo.mulPow10(-k)
		}
	}
	for natCmp(sc.r, sc.s) >= 0 {
		sc.s = sc.s.mulAdd(10, 0)
		k++
	}
	for {
		t := sc.r.clone().mulAdd(10, 0)
		if natCmp(t, sc.s) >= 0 {
			break
		}
		sc.r = t
		if gaps {
			sc.hi = sc.hi.mulAdd(10, 0)
			sc.lo = sc.lo.mulAdd(10, 0)
		}
		k--
	}
	sc.k = k
	return sc
}

func bitLen64(x uint64) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

// roundUpDigits adds one unit in the last place of the digits in ds.
func roundUpDigits(ds *digitString) {
	i := len(ds.d) - 1
	for i >= 0 && ds.d[i] == '9' {
		i--
	}
	if i < 0 {
		ds.d = append(ds.d[:0], '1')
		ds.dp++
		return
	}
	ds.d[i]++
	ds.d = ds.d[:i+1]
}

func trimZeros(ds *digitString) {
	n := len(ds.d)
	for n > 0 && ds.d[n-1] == '0' {
		n--
	}
	ds.d = ds.d[:n]
	if n == 0 {
		ds.dp = 0
	}
}

// shortestDigits returns the shortest decimal that reads back as the
// float mant*2^e of layout lay.
func shortestDigits(mant uint64, e int, lay floatLayout) digitString {
	var ds digitString
	if mant == 0 {
		return ds
	}
	sc := scale(mant, e, true, lay)
	ds.dp = sc.k
	inclusive := mant&1 == 0
	ds.d = make([]byte, 0, 20)
	r := sc.r
	for {
		r = r.mulAdd(10, 0)
		sc.hi = sc.hi.mulAdd(10, 0)
		sc.lo = sc.lo.mulAdd(10, 0)
		var q uint32
		q, r = divSmallQuotient(r, sc.s)
		c := natCmp(r, sc.lo)
		down := c < 0 || inclusive && c == 0
		c = natCmpSum(r, sc.hi, sc.s)
		up := c > 0 || inclusive && c == 0
		if !down && !up {
			ds.d = append(ds.d, byte('0'+q))
			continue
		}
		if down && up {
			// both endings are in range: take the nearer one
			c = natCmpSum(r, r, sc.s)
			up = c > 0 || c == 0 && q&1 == 1
		}
		ds.d = append(ds.d, byte('0'+q))
		if up {
			roundUpDigits(&ds)
		}
		break
	}
	trimZeros(&ds)
	return ds
}

// exactDigits produces up to n significant digits (n >= 0) of the scaled
// value, rounded half to even.
func exactDigits(sc scaled, n int) digitString {
	var ds digitString
	ds.dp = sc.k
	ds.d = make([]byte, 0, n+1)
	r := sc.r
	if n == 0 {
		// Round to a multiple of 10^k: up only past the midpoint (a tie
		// goes to the even multiple, zero).
		if natCmpSum(r, r, sc.s) > 0 {
			ds.d = append(ds.d, '1')
			ds.dp++
		} else {
			ds.dp = 0
		}
		return ds
	}
	for len(ds.d) < n && !r.isZero() {
		r = r.mulAdd(10, 0)
		var q uint32
		q, r = divSmallQuotient(r, sc.s)
		ds.d = append(ds.d, byte('0'+q))
	}
	if !r.isZero() {
		c := natCmpSum(r, r, sc.s)
		if c > 0 || c == 0 && (ds.d[len(ds.d)-1]-'0')&1 == 1 {
			roundUpDigits(&ds)
		}
	}
	trimZeros(&ds)
	return ds
}

// significantDigits returns mant*2^e rounded to n significant digits.
func significantDigits(mant uint64, e int, n int) digitString {
	if mant == 0 {
		return digitString{}
	}
	return exactDigits(scale(mant, e, false, floatLayout{}), n)
}

// fractionDigits returns mant*2^e rounded to prec digits after the point.
func fractionDigits(mant uint64, e int, prec int) digitString {
	if mant == 0 {
		return digitString{}
	}
	sc := scale(mant, e, false, floatLayout{})
	n := sc.k + prec
	if n < 0 {
		return digitString{}
	}
	return exactDigits(sc, n)
}

// appendExpForm writes -d.ddde±dd with prec digits after the point.
func appendExpForm(dst []byte, neg bool, ds digitString, prec int, fmt byte) []byte {
	if neg {
		dst = append(dst, '-')
	}
	first := byte('0')
	if len(ds.d) > 0 {
		first = ds.d[0]
	}
	dst = append(dst, first)
	if prec > 0 {
		dst = append(dst, '.')
		for i := 1; i <= prec; i++ {
			if i < len(ds.d) {
				dst = append(dst, ds.d[i])
			} else {
				dst = append(dst, '0')
			}
		}
	}
	dst = append(dst, fmt)
	x := ds.dp - 1
	if len(ds.d) == 0 {
		x = 0
	}
	if x < 0 {
		dst = append(dst, '-')
		x = -x
	} else {
		dst = append(dst, '+')
	}
	if x >= 100 {
		dst = append(dst, byte('0'+x/100))
		x %= 100
	}
	return append(dst, byte('0'+x/10), byte('0'+x%10))
}

// appendFixedForm writes -ddd.ddd with prec digits after the point.
func appendFixedForm(dst []byte, neg bool, ds digitString, prec int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	if ds.dp > 0 {
		for i := 0; i < ds.dp; i++ {
			if i < len(ds.d) {
				dst = append(dst, ds.d[i])
			} else {
				dst = append(dst, '0')
			}
		}
	} else {
		dst = append(dst, '0')
	}
	if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			j := ds.dp + i
			if j >= 0 && j < len(ds.d) {
				dst = append(dst, ds.d[j])
			} else {
				dst = append(dst, '0')
			}
		}
	}
	return dst
}

// appendBinaryForm writes -mantp±exp with a decimal mantissa.
func appendBinaryForm(dst []byte, neg bool, mant uint64, e int) []byte {
	if neg {
		dst = append(dst, '-')
	}
	dst = AppendUint(dst, mant, 10)
	dst = append(dst, 'p')
	if e >= 0 {
		dst = append(dst, '+')
	}
	return AppendInt(dst, int64(e), 10)
}

// appendHexForm writes -0x1.hhhhp±dd (normalized; zero is 0x0p+00).
func appendHexForm(dst []byte, neg bool, mant uint64, e int, fmt byte, prec int) []byte {
	digits := "0123456789abcdef"
	pch := byte('p')
	if fmt == 'X' {
		digits = "0123456789ABCDEF"
		pch = 'P'
	}
	x := 0
	if mant != 0 {
		// put the leading one at bit 60, leaving 15 hex digits below it
		n := bitLen64(mant)
		x = e + n - 1
		mant <<= uint(61 - n)
		if prec >= 0 && prec < 15 {
			drop := uint(60 - 4*prec)
			rest := mant & (uint64(1)<<drop - 1)
			half := uint64(1) << (drop - 1)
			mant >>= drop
			if rest > half || rest == half && mant&1 == 1 {
				mant++
			}
			mant <<= drop
			if mant>>61 != 0 {
				mant >>= 1
				x++
			}
		}
	}
	if neg {
		dst = append(dst, '-')
	}
	dst = append(dst, '0', fmt, byte('0'+mant>>60))
	frac := mant << 4
	if prec < 0 {
		if frac != 0 {
			dst = append(dst, '.')
			for frac != 0 {
				dst = append(dst, digits[frac>>60])
				frac <<= 4
			}
		}
	} else if prec > 0 {
		dst = append(dst, '.')
		for i := 0; i < prec; i++ {
			dst = append(dst, digits[frac>>60])
			frac <<= 4
		}
	}
	dst = append(dst, pch)
	if x < 0 {
		dst = append(dst, '-')
		x = -x
	} else {
		dst = append(dst, '+')
	}
	if x >= 1000 {
		dst = append(dst, byte('0'+x/1000))
		x %= 1000
		dst = append(dst, byte('0'+x/100))
		x %= 100
	} else if x >= 100 {
		dst = append(dst, byte('0'+x/100))
		x %= 100
	}
	return append(dst, byte('0'+x/10), byte('0'+x%10))
}
