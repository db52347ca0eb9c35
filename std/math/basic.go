package math

// Max returns the larger of x and y. Max(x, +Inf) = Max(+Inf, x) = +Inf;
// otherwise a NaN argument gives NaN; +0 is larger than -0.
func Max(x, y float64) float64 {
	switch {
	case IsInf(x, 1) || IsInf(y, 1):
		return Inf(1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return y
		}
		return x
	case x > y:
		return x
	}
	return y
}

// Min returns the smaller of x and y. Min(x, -Inf) = Min(-Inf, x) = -Inf;
// otherwise a NaN argument gives NaN; -0 is smaller than +0.
func Min(x, y float64) float64 {
	switch {
	case IsInf(x, -1) || IsInf(y, -1):
		return Inf(-1)
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0 && x == y:
		if Signbit(x) {
			return x
		}
		return y
	case x < y:
		return x
	}
	return y
}

// Dim returns the maximum of x-y and 0. Dim(+Inf, +Inf), Dim(-Inf, -Inf)
// and NaN arguments give NaN.
func Dim(x, y float64) float64 {
	v := x - y
	if v <= 0 {
		return 0 // a NaN v falls through
	}
	return v
}

// Modf splits f into an integer part and a fractional part, both with
// f's sign. Modf(±Inf) = ±Inf, NaN; Modf(NaN) = NaN, NaN.
func Modf(f float64) (ipart float64, fpart float64) {
	if Abs(f) < 1 {
		// no integer part; keep the sign on the zero
		return Copysign(0, f), f
	}
	b := Float64bits(f)
	e := int(b>>52)&expMask - expBias // unbiased exponent, >= 0 here
	if e < 52 {
		b &^= uint64(1)<<uint(52-e) - 1 // clear the fraction bits
	}
	ipart = Float64frombits(b)
	fpart = f - ipart
	if fpart == 0 {
		fpart = Copysign(0, f)
	}
	return ipart, fpart
}

// Trunc returns the integer value of x, rounding toward zero.
func Trunc(x float64) float64 {
	if x == 0 || !isFinite(x) {
		return x
	}
	i, _ := Modf(x)
	return i
}

// Floor returns the greatest integer value less than or equal to x.
func Floor(x float64) float64 {
	if x == 0 || !isFinite(x) {
		return x
	}
	i, f := Modf(x)
	if f < 0 {
		i--
	}
	return i
}

// Ceil returns the least integer value greater than or equal to x.
func Ceil(x float64) float64 {
	return -Floor(-x)
}

// Round returns the nearest integer to x, rounding half away from zero.
func Round(x float64) float64 {
	if x == 0 || !isFinite(x) {
		return x
	}
	i, f := Modf(x)
	if Abs(f) >= 0.5 {
		i += Copysign(1, x)
	}
	if i == 0 {
		return Copysign(0, x)
	}
	return i
}

// RoundToEven returns the nearest integer to x, rounding ties to even.
func RoundToEven(x float64) float64 {
	if x == 0 || !isFinite(x) {
		return x
	}
	i, f := Modf(x)
	a := Abs(f)
	if a > 0.5 || a == 0.5 && Mod(i, 2) != 0 {
		i += Copysign(1, x)
	}
	if i == 0 {
		return Copysign(0, x)
	}
	return i
}

// decompose splits a finite nonzero x into |x| = m * 2^e with m an
// integer in [2^52, 2^53).
func decompose(x float64) (m uint64, e int) {
	b := Float64bits(x)
	be := int(b>>52) & expMask
	m = b & fracMask
	if be == 0 {
		be = 1
		for m < hiddenBit {
			m <<= 1
			be--
		}
	} else {
		m |= hiddenBit
	}
	return m, be - expBias - 52
}

// Frexp breaks f into a fraction in [½, 1) and a power of two with
// f == frac × 2^exp. Frexp(±0), Frexp(±Inf) and Frexp(NaN) return f, 0.
func Frexp(f float64) (frac float64, exp int) {
	if f == 0 || !isFinite(f) {
		return f, 0
	}
	m, e := decompose(f)
	b := Float64bits(f)&signBit | uint64(expBias-1)<<52 | m&fracMask
	return Float64frombits(b), e + 53
}

// Ldexp returns frac × 2^exp, correctly rounded (it is the inverse of
// Frexp). Ldexp(±0, exp) = ±0, Ldexp(±Inf, exp) = ±Inf, Ldexp(NaN, exp) = NaN.
func Ldexp(frac float64, exp int) float64 {
	if frac == 0 || !isFinite(frac) {
		return frac
	}
	sign := Float64bits(frac) & signBit
	m, e := decompose(frac)
	// keep exp in a range where the sums below cannot overflow
	if exp > 5000 {
		exp = 5000
	} else if exp < -5000 {
		exp = -5000
	}
	be := e + exp + 52 + expBias // biased exponent of the result
	if be >= expMask {
		return Float64frombits(sign | 0x7FF0000000000000)
	}
	if be >= 1 {
		return Float64frombits(sign | uint64(be)<<52 | m&fracMask)
	}
	// subnormal result: drop 1-be low bits, rounding half to even
	drop := uint(1 - be)
	if drop > 54 {
		return Float64frombits(sign)
	}
	q := m >> drop
	rest := m & (uint64(1)<<drop - 1)
	half := uint64(1) << (drop - 1)
	if rest > half || rest == half && q&1 == 1 {
		q++ // may carry into the smallest normal, which encodes the same way
	}
	return Float64frombits(sign | q)
}

// Nextafter returns the next representable float64 after x towards y.
// Nextafter(x, x) = x; a NaN argument gives NaN.
func Nextafter(x, y float64) float64 {
	switch {
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == y:
		return x
	case x == 0:
		return Copysign(Float64frombits(1), y)
	case (y > x) == (x > 0):
		return Float64frombits(Float64bits(x) + 1)
	}
	return Float64frombits(Float64bits(x) - 1)
}

// Nextafter32 returns the next representable float32 after x towards y.
func Nextafter32(x, y float32) float32 {
	switch {
	case x != x || y != y:
		return float32(NaN())
	case x == y:
		return x
	case x == 0:
		return float32(Copysign(float64(Float32frombits(1)), float64(y)))
	case (y > x) == (x > 0):
		return Float32frombits(Float32bits(x) + 1)
	}
	return Float32frombits(Float32bits(x) - 1)
}

// Mod returns the floating-point remainder of x/y, exactly: the result
// has the sign of x and a magnitude below |y|. Mod(±Inf, y), Mod(NaN, y),
// Mod(x, 0) and Mod(x, NaN) are NaN; Mod(x, ±Inf) = x.
func Mod(x, y float64) float64 {
	if y == 0 || !isFinite(x) || IsNaN(y) {
		return NaN()
	}
	ay := Abs(y)
	if Abs(x) < ay {
		return x
	}
	mx, ex := decompose(x)
	my, ey := decompose(y)
	// |x| = mx*2^ex with ex >= ey: reduce mx*2^(ex-ey) modulo my, feeding
	// in at most 11 bits at a time so the shifted value fits in 64 bits.
	r := mx % my
	for k := ex - ey; k > 0; {
		s := k
		if s > 11 {
			s = 11
		}
		r = (r << uint(s)) % my
		k -= s
	}
	if r == 0 {
		return Copysign(0, x)
	}
	return Copysign(Ldexp(float64(r), ey), x)
}

// Remainder returns the IEEE 754 remainder of x/y: x - n*y with n the
// integer nearest x/y (ties to even). Remainder(±Inf, y), Remainder(NaN,
// y), Remainder(x, 0) and Remainder(x, NaN) are NaN; Remainder(x, ±Inf) = x.
func Remainder(x, y float64) float64 {
	if y == 0 || !isFinite(x) || IsNaN(y) {
		return NaN()
	}
	if IsInf(y, 0) {
		return x
	}
	ay := Abs(y)
	// r = |x| mod 2|y| (exact), then fold into [-|y|/2, |y|/2]
	r := Abs(x)
	if ay <= MaxFloat64/2 {
		r = Mod(r, 2*ay)
	}
	if r == 0 {
		return Copysign(0, x)
	}
	// r in [0, 2|y|): subtract |y| once or twice as needed; the
	// comparisons are exact via doubling (no overflow since r < 2|y|)
	if ay < 0x1p-1021 {
		if r+r > ay {
			r -= ay
			if r+r >= ay {
				r -= ay
			}
		}
	} else {
		h := 0.5 * ay
		if r > h {
			r -= ay
			if r >= h {
				r -= ay
			}
		}
	}
	if r == 0 {
		return Copysign(0, x)
	}
	if Signbit(x) {
		return -r
	}
	return r
}
