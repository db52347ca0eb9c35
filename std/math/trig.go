package math

// Sine, cosine and tangent.
//
// The argument is reduced to x = n*(pi/2) + r with |r| <= pi/4: for
// |x| < 2^19 by subtracting n*pi/2 in three exactly multiplied pieces
// (Cody and Waite), beyond that with the binary digits of 2/pi (Payne and
// Hanek) so that even huge arguments are reduced correctly. sin and cos
// of r come from their Taylor series.

// sinPoly returns sin(r + c) for |r| <= pi/4 and a tiny correction c.
func sinPoly(r, c float64) float64 {
	z := r * r
	p := -1.0 / 121645100408832000 // -1/19!
	p = 1.0/355687428096000 + z*p  // 1/17!
	p = -1.0/1307674368000 + z*p   // -1/15!
	p = 1.0/6227020800 + z*p       // 1/13!
	p = -1.0/39916800 + z*p        // -1/11!
	p = 1.0/362880 + z*p           // 1/9!
	p = -1.0/5040 + z*p            // -1/7!
	p = 1.0/120 + z*p              // 1/5!
	p = -1.0/6 + z*p               // -1/3!
	// sin(r+c) ~ sin(r) + c*cos(r), cos(r) ~ 1 - z/2 at this scale
	return r + (r*z*p + c*(1-0.5*z))
}

// cosPoly returns cos(r + c) for |r| <= pi/4 and a tiny correction c.
func cosPoly(r, c float64) float64 {
	z := r * r
	p := 1.0 / 2432902008176640000  // 1/20!
	p = -1.0/6402373705728000 + z*p // -1/18!
	p = 1.0/20922789888000 + z*p    // 1/16!
	p = -1.0/87178291200 + z*p      // -1/14!
	p = 1.0/479001600 + z*p         // 1/12!
	p = -1.0/3628800 + z*p          // -1/10!
	p = 1.0/40320 + z*p             // 1/8!
	p = -1.0/720 + z*p              // -1/6!
	p = 1.0/24 + z*p                // 1/4!
	h := 0.5 * z
	w := 1 - h
	// add back what was lost in forming 1 - h; cos(r+c) ~ cos(r) - c*r
	return w + (((1 - w) - h) + (z*z*p - c*r))
}

// twoSum returns a+b as s+e exactly (Knuth).
func twoSum(a, b float64) (s, e float64) {
	s = a + b
	bb := s - a
	e = (a - (s - bb)) + (b - bb)
	return s, e
}

// reduce returns n mod 4 and r+c with x = n*pi/2 + r + c, |r| <= pi/4
// (about) and c a correction below half an ulp of r, for finite x >= 0.
func reduce(x float64) (int, float64, float64) {
	if x < 0x1p19 {
		n := roundInt(x * twoOverPi)
		fn := float64(n)
		t := x - fn*pio2A // exact: fn*pio2A is exact and close to x
		r1, e1 := twoSum(t, -fn*pio2B)
		r, e2 := twoSum(r1, -fn*pio2C)
		return n & 3, r, e1 + e2
	}
	return reduceHuge(x)
}

// mul64 returns the 128-bit product of a and b.
func mul64(a, b uint64) (hi, lo uint64) {
	const mask32 = 1<<32 - 1
	a0, a1 := a&mask32, a>>32
	b0, b1 := b&mask32, b>>32
	w0 := a0 * b0
	t := a1*b0 + w0>>32
	w1 := t & mask32
	w2 := t >> 32
	w1 += a0 * b1
	hi = a1*b1 + w2 + w1>>32
	lo = a * b
	return hi, lo
}

// reduceHuge reduces x >= 2^19 with a 192-bit window of 2/pi's digits.
func reduceHuge(x float64) (int, float64, float64) {
	m, e := decompose(x) // x = m * 2^e, e >= -33
	// x*(2/pi) = sum over digits b_i (i >= 1) of m * b_i * 2^(e-i). Digits
	// with e-i >= 2 only add multiples of 4 and are skipped: the window
	// starts at digit s = e-1 (or the first digit).
	s := e - 1
	if s < 1 {
		s = 1
	}
	off := s - 1
	word, bit := off/64, uint(off%64)
	var w [3]uint64
	for i := 0; i < 3; i++ {
		w[i] = twoOverPiBits[word+i] << bit
		if bit != 0 {
			w[i] |= twoOverPiBits[word+i+1] >> (64 - bit)
		}
	}
	// P = m * W, 256 bits in p[0] (least significant) .. p[3]
	var p [4]uint64
	h2, l2 := mul64(m, w[2])
	h1, l1 := mul64(m, w[1])
	h0, l0 := mul64(m, w[0])
	var c1, c2 uint64
	p[0] = l2
	p[1], c1 = add64(h2, l1, 0)
	p[2], c2 = add64(h1, l0, c1)
	p[3] = h0 + c2
	// Normally x*(2/pi) mod 4 = P / 2^190; a window that starts later
	// than digit e-1 (small e) makes P larger by 2^shift.
	if shift := uint(s - (e - 1)); shift != 0 {
		for i := 0; i < 3; i++ {
			p[i] = p[i]>>shift | p[i+1]<<(64-shift)
		}
		p[3] >>= shift
	}
	n := int(p[2] >> 62)
	// 128 fraction bits, P bits 189 down to 62
	fhi := p[2]<<2 | p[1]>>62
	flo := p[1]<<2 | p[0]>>62
	neg := false
	if fhi>>63 != 0 {
		// fraction >= 1/2: round n up and use fraction - 1
		n++
		neg = true
		fhi, flo = ^fhi, ^flo
		flo++
		if flo == 0 {
			fhi++
		}
	}
	// normalize the 128-bit magnitude and convert it to a float64
	lz := 0
	for fhi>>63 == 0 && lz < 128 {
		fhi = fhi<<1 | flo>>63
		flo <<= 1
		lz++
	}
	// the fraction as a double-double vh+vl, times pi/2
	top := fhi >> 11 // 53 bits
	vh := Ldexp(float64(top), -53-lz)
	vl := Ldexp(float64(fhi&(1<<11-1))+float64(flo>>53)*0x1p-11, -64-lz)
	ph, pl := twoProd(vh, pio2Hi)
	rr, re := twoSum(ph, pl+vh*pio2Lo+vl*pio2Hi)
	if neg {
		rr, re = -rr, -re
	}
	return n & 3, rr, re
}

// add64 returns a+b+carry and the carry out.
func add64(a, b, carry uint64) (uint64, uint64) {
	sum := a + b + carry
	out := uint64(0)
	if sum < a || sum == a && (b|carry) != 0 {
		out = 1
	}
	return sum, out
}

// Sin returns the sine of the radian argument x.
// Sin(±0) = ±0, Sin(±Inf) = NaN, Sin(NaN) = NaN.
func Sin(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	n, r, c := reduce(Abs(x))
	var s float64
	switch n {
	case 0:
		s = sinPoly(r, c)
	case 1:
		s = cosPoly(r, c)
	case 2:
		s = -sinPoly(r, c)
	default:
		s = -cosPoly(r, c)
	}
	if x < 0 {
		s = -s
	}
	return s
}

// Cos returns the cosine of the radian argument x.
// Cos(±Inf) = NaN, Cos(NaN) = NaN.
func Cos(x float64) float64 {
	if IsNaN(x) || IsInf(x, 0) {
		return NaN()
	}
	n, r, c := reduce(Abs(x))
	switch n {
	case 0:
		return cosPoly(r, c)
	case 1:
		return -sinPoly(r, c)
	case 2:
		return -cosPoly(r, c)
	}
	return sinPoly(r, c)
}

// Sincos returns Sin(x), Cos(x).
func Sincos(x float64) (sin, cos float64) {
	return Sin(x), Cos(x)
}

// Tan returns the tangent of the radian argument x.
// Tan(±0) = ±0, Tan(±Inf) = NaN, Tan(NaN) = NaN.
func Tan(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	if IsInf(x, 0) {
		return NaN()
	}
	n, r, c := reduce(Abs(x))
	var t float64
	if n&1 == 0 {
		t = sinPoly(r, c) / cosPoly(r, c)
	} else {
		t = -cosPoly(r, c) / sinPoly(r, c)
	}
	if x < 0 {
		t = -t
	}
	return t
}
