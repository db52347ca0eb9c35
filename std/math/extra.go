package math

// Asinh returns the inverse hyperbolic sine of x.
// Asinh(±0) = ±0, Asinh(±Inf) = ±Inf, Asinh(NaN) = NaN.
func Asinh(x float64) float64 {
	if x == 0 || !isFinite(x) {
		return x
	}
	a := Abs(x)
	var r float64
	switch {
	case a > 0x1p28:
		r = Log(a) + Ln2
	case a > 2:
		r = Log(2*a + 1/(Sqrt(a*a+1)+a))
	default:
		r = Log1p(a + a*a/(1+Sqrt(1+a*a)))
	}
	if x < 0 {
		r = -r
	}
	return r
}

// Acosh returns the inverse hyperbolic cosine of x.
// Acosh(+Inf) = +Inf, Acosh(x) = NaN for x < 1, Acosh(NaN) = NaN.
func Acosh(x float64) float64 {
	switch {
	case x < 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return 0
	case x > 0x1p28:
		return Log(x) + Ln2 // also +Inf for +Inf
	case x > 2:
		return Log(2*x - 1/(x+Sqrt(x*x-1)))
	}
	t := x - 1
	return Log1p(t + Sqrt(2*t+t*t))
}

// Atanh returns the inverse hyperbolic tangent of x.
// Atanh(1) = +Inf, Atanh(±0) = ±0, Atanh(-1) = -Inf, Atanh(x) = NaN for
// |x| > 1, Atanh(NaN) = NaN.
func Atanh(x float64) float64 {
	switch {
	case x < -1 || x > 1 || IsNaN(x):
		return NaN()
	case x == 1:
		return Inf(1)
	case x == -1:
		return Inf(-1)
	case x == 0:
		return x
	}
	a := Abs(x)
	var r float64
	if a < 0.5 {
		r = 0.5 * Log1p(2*a+2*a*a/(1-a))
	} else {
		r = 0.5 * Log1p(2*a/(1-a))
	}
	if x < 0 {
		r = -r
	}
	return r
}

// Logb returns the binary exponent of x (that of its leading bit).
// Logb(±Inf) = +Inf, Logb(0) = -Inf, Logb(NaN) = NaN.
func Logb(x float64) float64 {
	switch {
	case x == 0:
		return Inf(-1)
	case IsInf(x, 0):
		return Inf(1)
	case IsNaN(x):
		return x
	}
	_, e := decompose(x)
	return float64(e + 52)
}

// Ilogb returns the binary exponent of x as an integer.
// Ilogb(±Inf) = MaxInt32, Ilogb(0) = MinInt32, Ilogb(NaN) = MaxInt32.
func Ilogb(x float64) int {
	switch {
	case x == 0:
		return MinInt32
	case IsNaN(x), IsInf(x, 0):
		return MaxInt32
	}
	_, e := decompose(x)
	return e + 52
}

// FMA returns x * y + z, computed with only one rounding.
func FMA(x, y, z float64) float64 {
	// With a zero, infinite or NaN operand at most one rounding happens
	// in the plain expression anyway.
	if x == 0 || y == 0 || !isFinite(x) || !isFinite(y) {
		return x*y + z
	}
	if z == 0 {
		// the exact sum is the exact product: one rounding, and its sign
		// survives even if it underflows to zero
		return x * y
	}
	if !isFinite(z) {
		return z
	}
	mx, ex := decompose(x)
	my, ey := decompose(y)
	mz, ez := decompose(z)
	pneg := Signbit(x) != Signbit(y)
	zneg := Signbit(z)

	// Exact product as 128 bits: ph:pl * 2^pe, leading bit moved to 125.
	ph, pl := mul64(mx, my) // 105 or 106 bits
	pe := ex + ey
	for ph>>61 == 0 {
		ph = ph<<1 | pl>>63
		pl <<= 1
		pe--
	}
	// z likewise: mz has its leading bit at 52; move it to 125.
	zh, zl := mz<<9, uint64(0) // bit 52+73 = 125
	ze := ez - 73

	// Let (ah, al, ae, aneg) be the operand with the larger exponent.
	ah, al, ae, aneg := ph, pl, pe, pneg
	bh, bl, be, bneg := zh, zl, ze, zneg
	if ze > pe || ze == pe && (zh > ph || zh == ph && zl > pl) {
		ah, al, ae, aneg, bh, bl, be, bneg = zh, zl, ze, zneg, ph, pl, pe, pneg
	}
	// Shift b right to a's exponent, folding lost bits into a sticky bit.
	d := ae - be
	if d >= 128 {
		sticky := uint64(0)
		if bh|bl != 0 {
			sticky = 1
		}
		bh, bl = 0, sticky
	} else if d > 0 {
		bh, bl = shr128Sticky(bh, bl, uint(d))
	}
	var rh, rl uint64
	if aneg == bneg {
		var c uint64
		rl, c = add64(al, bl, 0)
		rh = ah + bh + c // no overflow: both below 2^126
	} else {
		// |a| >= |b| by construction (after the shift b only shrank)
		rl = al - bl
		borrow := uint64(0)
		if al < bl {
			borrow = 1
		}
		rh = ah - bh - borrow
	}
	if rh == 0 && rl == 0 {
		return 0 // exact cancellation rounds to +0
	}
	// Normalize to 64 bits with a sticky bit, then round once.
	e := ae
	for rh>>63 == 0 {
		rh = rh<<1 | rl>>63
		rl <<= 1
		e--
	}
	if rl != 0 {
		rh |= 1
	}
	e += 64
	r := roundToFloat(rh, e)
	if aneg {
		r = -r
	}
	return r
}

// shr128Sticky shifts hi:lo right by 0 < s < 128, ORing the lost bits into
// the lowest bit of the result.
func shr128Sticky(hi, lo uint64, s uint) (uint64, uint64) {
	var lost uint64
	if s < 64 {
		lost = lo << (64 - s)
		lo = lo>>s | hi<<(64-s)
		hi >>= s
	} else {
		lost = lo
		if s > 64 {
			lost |= hi << (128 - s)
		}
		lo = hi >> (s - 64)
		hi = 0
	}
	if lost != 0 {
		lo |= 1
	}
	return hi, lo
}

// roundToFloat returns m * 2^e rounded to the nearest float64, ties to
// even, for m with its top bit set (so its lowest bits are below the
// rounding position even for subnormal results).
func roundToFloat(m uint64, e int) float64 {
	// value = m * 2^e with m in [2^63, 2^64): the leading bit has exponent e+63
	top := e + 63
	if top > 1023 {
		return Inf(1)
	}
	keep := 53 // significant bits kept
	if top < -1022 {
		keep = 53 - (-1022 - top)
		if keep < 0 {
			return 0
		}
	}
	drop := uint(64 - keep)
	q := m >> drop
	rest := m & (uint64(1)<<drop - 1)
	half := uint64(1) << (drop - 1)
	if rest > half || rest == half && q&1 == 1 {
		q++
	}
	// q * 2^(e+drop) is exact in float64 unless it reached 2^1024
	if keep == 53 && q == 1<<53 && top == 1023 {
		return Inf(1)
	}
	return Ldexp(float64(q), e+int(drop))
}
