package math

// Exponentials and logarithms.
//
// Exp and Exp2 reduce the argument to x = (32k + j) * ln2/32 + r with
// |r| <= ln2/64, look up 2^(j/32) as a double-double, and evaluate
// e^r - 1 by its Taylor series (seven terms suffice for |r| < 0.011).
// Log writes x = 2^k * (1 + f) with 1 + f in [sqrt(1/2), sqrt(2)) and uses
// log(1 + f) = 2 atanh(s), s = f / (2 + f), arranged so the leading term
// f is exact.

// expm1Small returns e^r - 1 for |r| <= 0.011 (error below 2^-60 relative).
func expm1Small(r float64) float64 {
	p := 1.0 / 5040
	p = 1.0/720 + r*p
	p = 1.0/120 + r*p
	p = 1.0/24 + r*p
	p = 1.0/6 + r*p
	p = 0.5 + r*p
	return r + r*r*p
}

// scale2 returns y * 2^k for y in [0.5, 4) and any k in [-1100, 1100],
// rounding once even when the result is subnormal.
func scale2(y float64, k int) float64 {
	if k > 1000 {
		return y * Float64frombits(uint64(1000+expBias)<<52) * Float64frombits(uint64(k-1000+expBias)<<52)
	}
	if k < -1000 {
		return y * Float64frombits(uint64(k+1000+expBias)<<52) * Float64frombits(uint64(-1000+expBias)<<52)
	}
	return y * Float64frombits(uint64(k+expBias)<<52)
}

// expReduced returns 2^(n/32) * e^r for |r| <= ~ln2/64.
func expReduced(n int, r float64) float64 {
	j := n & 31
	k := n >> 5 // floor(n / 32)
	th, tl := exp2Table[2*j], exp2Table[2*j+1]
	p := expm1Small(r)
	y := th + (tl + th*p)
	return scale2(y, k)
}

// roundInt returns x rounded to the nearest integer (|x| < 2^31).
func roundInt(x float64) int {
	if x < 0 {
		return -int(0.5 - x)
	}
	return int(x + 0.5)
}

// Exp returns e**x. Exp(+Inf) = +Inf, Exp(NaN) = NaN; very large
// arguments give +Inf and very negative ones 0.
func Exp(x float64) float64 {
	const (
		overflow  = 7.09782712893383973096e+02
		underflow = -7.45133219101941108420e+02
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0 // includes -Inf
	case Abs(x) < 0x1p-54:
		return 1 + x
	}
	n := roundInt(x * invLn2o32)
	fn := float64(n)
	r := (x - fn*ln2o32Hi) - fn*ln2o32Lo
	return expReduced(n, r)
}

// Exp2 returns 2**x. Exp2(+Inf) = +Inf, Exp2(NaN) = NaN; very large
// arguments give +Inf and very negative ones 0.
func Exp2(x float64) float64 {
	const (
		overflow  = 1.0239999999999999e+03
		underflow = -1.0740e+03
	)
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case x > overflow:
		return Inf(1)
	case x < underflow:
		return 0
	}
	n := roundInt(x * 32)
	t := x - float64(n)/32 // exact
	r := t*ln2Hi + t*ln2Lo
	return expReduced(n, r)
}

// Expm1 returns e**x - 1, accurately also for x near zero.
// Expm1(+Inf) = +Inf, Expm1(-Inf) = -1, Expm1(NaN) = NaN.
func Expm1(x float64) float64 {
	switch {
	case IsNaN(x) || IsInf(x, 1) || x == 0:
		return x
	case x < -40:
		return -1
	case Abs(x) < 0x1p-54:
		return x
	case Abs(x) <= Ln2:
		// e^x - 1 = (T - 1) + T*(e^r - 1) with T = 2^(n/32) in [1/2, 2],
		// where T - 1 is exact
		n := roundInt(x * invLn2o32)
		fn := float64(n)
		r := (x - fn*ln2o32Hi) - fn*ln2o32Lo
		j, k := n&31, n>>5
		th, tl := exp2Table[2*j], exp2Table[2*j+1]
		if k != 0 {
			f := Float64frombits(uint64(k+expBias) << 52)
			th *= f
			tl *= f
		}
		p := expm1Small(r)
		return (th - 1) + (tl + th*p)
	}
	return Exp(x) - 1
}

// Log returns the natural logarithm of x. Log(+Inf) = +Inf, Log(0) = -Inf,
// Log(x < 0) = NaN, Log(NaN) = NaN.
func Log(x float64) float64 {
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case x < 0:
		return NaN()
	case x == 0:
		return Inf(-1)
	}
	m, e := decompose(x) // x = m * 2^e
	k := e + 52
	// 1+f = m / 2^52 in [1, 2); move to [sqrt(1/2), sqrt(2))
	y := Float64frombits(uint64(expBias)<<52 | m&fracMask)
	if y > Sqrt2 {
		y *= 0.5
		k++
	}
	f := y - 1 // exact
	return float64(k)*ln2Hi + (float64(k)*ln2Lo + log1pReduced(f))
}

// log1pReduced returns log(1+f) for f in [sqrt(1/2)-1, sqrt(2)-1].
func log1pReduced(f float64) float64 {
	s := f / (2 + f)
	z := s * s
	// R = 2z/3 + 2z^2/5 + 2z^3/7 + ... (z <= 0.0295)
	var poly float64
	for i := 23; i >= 3; i -= 2 {
		poly = 2/float64(i) + z*poly
	}
	rr := z * poly
	half := 0.5 * f * f
	// log(1+f) = f - s*(f - R) = f - (half - s*(half + R))
	return f - (half - s*(half+rr))
}

// Log2 returns the binary logarithm of x (exact for powers of two).
// Special cases as for Log.
func Log2(x float64) float64 {
	fr, ex := Frexp(x)
	if fr == 0.5 {
		return float64(ex - 1)
	}
	if x <= 0 || !isFinite(x) {
		return Log(x)
	}
	// x = 2^k * y with y in [sqrt(1/2), sqrt(2)): log2 x = k + log(y)/ln 2
	k := ex
	y := fr
	if y < Sqrt2/2 {
		y *= 2
		k--
	}
	l := log1pReduced(y - 1)
	const invLn2Hi = 0x1.71547652b82fep+00
	const invLn2Lo = 0x1.777d0ffda0d24p-56
	h := l * invLn2Hi
	return float64(k) + (h + l*invLn2Lo)
}

// Log10 returns the decimal logarithm of x. Special cases as for Log.
func Log10(x float64) float64 {
	return Log(x) * (1 / Ln10)
}

// Log1p returns the natural logarithm of 1 plus x, accurately also for x
// near zero. Log1p(+Inf) = +Inf, Log1p(±0) = ±0, Log1p(-1) = -Inf,
// Log1p(x < -1) = NaN, Log1p(NaN) = NaN.
func Log1p(x float64) float64 {
	switch {
	case IsNaN(x) || IsInf(x, 1):
		return x
	case x < -1:
		return NaN()
	case x == -1:
		return Inf(-1)
	}
	if x > -0.2928932188134524 && x < 0.41421356237309503 {
		return log1pReduced(x) // 1+x in [sqrt(1/2), sqrt(2)]: f = x exactly
	}
	u := 1 + x
	if Abs(x) >= 0x1p53 {
		return Log(u)
	}
	// log(1+x) = log(u) + log(1 + (x-(u-1))/u), the second term tiny
	return Log(u) + (x-(u-1))/u
}

// isOddInt reports whether x is an odd integer.
func isOddInt(x float64) bool {
	if Abs(x) >= 1<<53 {
		return false // such floats are all even integers
	}
	i, f := Modf(x)
	return f == 0 && int64(i)&1 == 1
}

// Pow returns x**y, with the special cases of Go's math.Pow:
//
//	Pow(x, ±0) = 1 for any x
//	Pow(1, y) = 1 for any y
//	Pow(x, 1) = x for any x
//	Pow(NaN, y) = NaN
//	Pow(x, NaN) = NaN
//	Pow(±0, y) = ±Inf for y an odd integer < 0
//	Pow(±0, -Inf) = +Inf
//	Pow(±0, +Inf) = +0
//	Pow(±0, y) = +Inf for finite y < 0 and not an odd integer
//	Pow(±0, y) = ±0 for y an odd integer > 0
//	Pow(±0, y) = +0 for finite y > 0 and not an odd integer
//	Pow(-1, ±Inf) = 1
//	Pow(x, +Inf) = +Inf for |x| > 1
//	Pow(x, -Inf) = +0 for |x| > 1
//	Pow(x, +Inf) = +0 for |x| < 1
//	Pow(x, -Inf) = +Inf for |x| < 1
//	Pow(+Inf, y) = +Inf for y > 0
//	Pow(+Inf, y) = +0 for y < 0
//	Pow(-Inf, y) = Pow(-0, -y)
//	Pow(x, y) = NaN for finite x < 0 and finite non-integer y
//
// The integer part of y is applied by repeated squaring of x's
// significand (with the binary exponent kept separately, so intermediate
// results cannot overflow); a fractional part f in [-1/2, 1/2] is applied
// as Exp(f * Log(x)). Integer powers whose result is exactly
// representable are therefore exact.
func Pow(x, y float64) float64 {
	switch {
	case y == 0 || x == 1:
		return 1
	case y == 1:
		return x
	case IsNaN(x) || IsNaN(y):
		return NaN()
	case x == 0:
		if y < 0 {
			if isOddInt(y) {
				return Copysign(Inf(1), x)
			}
			return Inf(1)
		}
		if isOddInt(y) {
			return x
		}
		return 0
	case IsInf(y, 0):
		if x == -1 {
			return 1
		}
		if (Abs(x) < 1) == (y > 0) {
			return 0
		}
		return Inf(1)
	case IsInf(x, 0):
		if x < 0 {
			return Pow(Copysign(0, -1), -y)
		}
		if y < 0 {
			return 0
		}
		return Inf(1)
	case y == 0.5:
		return Sqrt(x)
	case y == -0.5:
		return 1 / Sqrt(x)
	}

	whole, frac := Modf(Abs(y))
	if frac != 0 && x < 0 {
		return NaN()
	}
	if whole >= 1<<63 {
		// y is a huge even integer: the result overflows or underflows
		// for every x other than ±1
		switch {
		case x == -1:
			return 1
		case (Abs(x) < 1) == (y > 0):
			return 0
		}
		return Inf(1)
	}

	// result = acc * 2^accExp
	acc, accExp := 1.0, 0
	if frac != 0 {
		if frac > 0.5 {
			frac--
			whole++
		}
		acc = Exp(frac * Log(x))
	}
	base, baseExp := Frexp(x) // base in [1/2, 1)
	for n := uint64(whole); n != 0; n >>= 1 {
		if baseExp < -4096 || baseExp > 4096 {
			// x^n is certainly out of range; the exponent decides which way
			accExp += baseExp
			break
		}
		if n&1 != 0 {
			acc *= base
			accExp += baseExp
		}
		base *= base
		baseExp *= 2
		if base < 0.5 {
			base += base
			baseExp--
		}
	}
	if y < 0 {
		acc = 1 / acc
		accExp = -accExp
	}
	return Ldexp(acc, accExp)
}

var pow10small = [32]float64{1e00, 1e01, 1e02, 1e03, 1e04, 1e05, 1e06, 1e07, 1e08, 1e09,
	1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
	1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31}

var pow10big = [10]float64{1e00, 1e32, 1e64, 1e96, 1e128, 1e160, 1e192, 1e224, 1e256, 1e288}

var pow10tiny = [11]float64{1e-00, 1e-32, 1e-64, 1e-96, 1e-128, 1e-160, 1e-192, 1e-224, 1e-256, 1e-288, 1e-320}

// Pow10 returns 10**n: 0 for n < -323 and +Inf for n > 308.
func Pow10(n int) float64 {
	if n >= 0 && n <= 308 {
		return pow10big[n/32] * pow10small[n%32]
	}
	if n < 0 && n >= -323 {
		return pow10tiny[-n/32] / pow10small[-n%32]
	}
	if n > 0 {
		return Inf(1)
	}
	return 0
}
