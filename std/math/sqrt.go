package math

// Sqrt returns the square root of x, correctly rounded.
// Sqrt(+Inf) = +Inf, Sqrt(±0) = ±0, Sqrt(x < 0) = NaN, Sqrt(NaN) = NaN.
//
// It works on the integer significand, one result bit per step (the
// schoolbook method for binary square roots); goshim may substitute the
// processor's square-root instruction, which gives the same results.
func Sqrt(x float64) float64 {
	switch {
	case x == 0 || IsNaN(x) || IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	}
	m, e := decompose(x) // x = m * 2^e, m in [2^52, 2^53)
	if e&1 != 0 {
		m <<= 1 // make the exponent even
		e--
	}
	// q = floor(sqrt(m * 2^54)): 54 bits, the last one a rounding bit.
	// The radicand m*2^54 is fed in two bits at a time from the top; its
	// low 54 bits are zero.
	var q, r uint64
	for i := 53; i >= 0; i-- {
		var pair uint64
		if 2*i >= 54 {
			pair = (m >> uint(2*i-54)) & 3
		}
		r = r<<2 | pair
		t := q<<2 | 1
		q <<= 1
		if r >= t {
			r -= t
			q |= 1
		}
	}
	// sqrt(x) = sqrt(m*2^54) * 2^(e/2 - 27); round q to 53 bits.
	res := q >> 1
	if q&1 != 0 && (r != 0 || res&1 != 0) {
		res++
	}
	return Ldexp(float64(res), e/2-26)
}

// Cbrt returns the cube root of x. Cbrt(±0) = ±0, Cbrt(±Inf) = ±Inf,
// Cbrt(NaN) = NaN. Exact cubes give exact results.
func Cbrt(x float64) float64 {
	if x == 0 || !isFinite(x) {
		return x
	}
	a := Abs(x)
	// a = v * 2^(3k) with v in [1/2, 4), so cbrt(a) = cbrt(v) * 2^k.
	fr, ex := Frexp(a)
	k := ex / 3
	rem := ex - 3*k
	if rem < 0 {
		rem += 3
		k--
	}
	v := Ldexp(fr, rem)
	// Newton's method for t^3 = v from a linear first guess.
	t := 0.6 + 0.33*v
	for i := 0; i < 6; i++ {
		t = t - (t*t*t-v)/(3*t*t)
	}
	// Final correction with the exactly computed residual v - t^3.
	t2h, t2l := twoProd(t, t)
	c1h, c1l := twoProd(t2h, t)
	c2 := t2l * t
	res := (v - c1h) - c1l - c2
	t += res / (3 * t * t)
	return Copysign(Ldexp(t, k), x)
}

// twoProd returns a*b as the unevaluated sum hi+lo exactly (Dekker's
// algorithm; the operands are split into 26-bit halves).
func twoProd(a, b float64) (hi, lo float64) {
	const splitter = 134217729 // 2^27 + 1
	hi = a * b
	ta := splitter * a
	ah := ta - (ta - a)
	al := a - ah
	tb := splitter * b
	bh := tb - (tb - b)
	bl := b - bh
	lo = ((ah*bh - hi) + ah*bl + al*bh) + al*bl
	return hi, lo
}

// Hypot returns Sqrt(p*p + q*q) without undue overflow or underflow.
// Hypot(±Inf, q) = Hypot(p, ±Inf) = +Inf; otherwise a NaN gives NaN.
func Hypot(p, q float64) float64 {
	switch {
	case IsInf(p, 0) || IsInf(q, 0):
		return Inf(1)
	case IsNaN(p) || IsNaN(q):
		return NaN()
	}
	p, q = Abs(p), Abs(q)
	if p < q {
		p, q = q, p
	}
	if p == 0 {
		return 0
	}
	q = q / p
	return p * Sqrt(1+q*q)
}
