package math

// Inverse trigonometric functions. Atan folds its argument into
// |t| <= tan(pi/8) with atan(x) = pi/2 - atan(1/x) and
// atan(x) = pi/4 + atan((x-1)/(x+1)), then sums the Taylor series.

// atanSeries returns atan(t) - t for |t| <= tan(pi/8) ~ 0.4142.
func atanSeries(t float64) float64 {
	z := t * t
	var p float64
	for k := 45; k >= 3; k -= 2 {
		c := 1 / float64(k)
		if (k/2)&1 == 1 {
			c = -c
		}
		p = c + z*p
	}
	return t * z * p
}

// Atan returns the arctangent, in radians, of x.
// Atan(±0) = ±0, Atan(±Inf) = ±Pi/2.
func Atan(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	a := Abs(x)
	var r float64
	switch {
	case a > 2.414213562373095: // tan(3pi/8): atan a = pi/2 - atan(1/a)
		t := 1 / a
		tl := 0.0
		if a < 0x1p500 {
			// t + tl = 1/a more exactly
			ph, pl := twoProd(t, a)
			tl = ((1 - ph) - pl) / a
		}
		s, e := twoSum(pio2Hi, -t)
		r = s + (e + pio2Lo - tl/(1+t*t) - atanSeries(t))
	case a > 0.41421356237309503: // tan(pi/8): atan a = pi/4 + atan((a-1)/(a+1))
		num := a - 1 // exact
		den, de := twoSum(a, 1)
		t := num / den
		ph, pl := twoProd(t, den)
		tl := (((num - ph) - pl) - t*de) / den
		s, e := twoSum(pio4Hi, t)
		r = s + (e + pio4Lo + tl/(1+t*t) + atanSeries(t))
	default:
		r = a + atanSeries(a)
	}
	if x < 0 {
		r = -r
	}
	return r
}

// Atan2 returns the arc tangent of y/x, using the signs of the two to
// determine the quadrant of the return value. Special cases, in order:
//
//	Atan2(y, NaN) = NaN
//	Atan2(NaN, x) = NaN
//	Atan2(+0, x>=0) = +0
//	Atan2(-0, x>=0) = -0
//	Atan2(+0, x<=-0) = +Pi
//	Atan2(-0, x<=-0) = -Pi
//	Atan2(y>0, 0) = +Pi/2
//	Atan2(y<0, 0) = -Pi/2
//	Atan2(+Inf, +Inf) = +Pi/4
//	Atan2(-Inf, +Inf) = -Pi/4
//	Atan2(+Inf, -Inf) = 3Pi/4
//	Atan2(-Inf, -Inf) = -3Pi/4
//	Atan2(y, +Inf) = 0
//	Atan2(y>0, -Inf) = +Pi
//	Atan2(y<0, -Inf) = -Pi
//	Atan2(+Inf, x) = +Pi/2
//	Atan2(-Inf, x) = -Pi/2
func Atan2(y, x float64) float64 {
	switch {
	case IsNaN(y) || IsNaN(x):
		return NaN()
	case y == 0:
		if x >= 0 && !Signbit(x) {
			return Copysign(0, y)
		}
		return Copysign(Pi, y)
	case x == 0:
		return Copysign(Pi/2, y)
	case IsInf(x, 0):
		if IsInf(x, 1) {
			if IsInf(y, 0) {
				return Copysign(Pi/4, y)
			}
			return Copysign(0, y)
		}
		if IsInf(y, 0) {
			return Copysign(3*Pi/4, y)
		}
		return Copysign(Pi, y)
	case IsInf(y, 0):
		return Copysign(Pi/2, y)
	}
	q := Atan(y / x)
	if x < 0 {
		if q <= 0 {
			return q + Pi
		}
		return q - Pi
	}
	return q
}

// Asin returns the arcsine, in radians, of x.
// Asin(±0) = ±0, Asin(x) = NaN if x < -1 or x > 1.
func Asin(x float64) float64 {
	if x == 0 {
		return x
	}
	if x > 1 || x < -1 || IsNaN(x) {
		return NaN()
	}
	return Atan(x / Sqrt((1-x)*(1+x)))
}

// Acos returns the arccosine, in radians, of x.
// Acos(x) = NaN if x < -1 or x > 1.
func Acos(x float64) float64 {
	if x > 1 || x < -1 || IsNaN(x) {
		return NaN()
	}
	// acos(x) = 2 atan(sqrt((1-x)/(1+x))), accurate near both ends
	return 2 * Atan(Sqrt((1-x)/(1+x)))
}

// Sinh returns the hyperbolic sine of x.
// Sinh(±0) = ±0, Sinh(±Inf) = ±Inf, Sinh(NaN) = NaN.
func Sinh(x float64) float64 {
	if x == 0 || !isFinite(x) {
		return x
	}
	a := Abs(x)
	var r float64
	if a > 21 {
		r = Exp(a) * 0.5
	} else {
		em := Expm1(a)
		r = 0.5 * (em + em/(em+1))
	}
	if x < 0 {
		r = -r
	}
	return r
}

// Cosh returns the hyperbolic cosine of x.
// Cosh(±0) = 1, Cosh(±Inf) = +Inf, Cosh(NaN) = NaN.
func Cosh(x float64) float64 {
	a := Abs(x)
	if a > 21 {
		return Exp(a) * 0.5
	}
	e := Exp(a)
	return 0.5 * (e + 1/e)
}

// Tanh returns the hyperbolic tangent of x.
// Tanh(±0) = ±0, Tanh(±Inf) = ±1, Tanh(NaN) = NaN.
func Tanh(x float64) float64 {
	if x == 0 || IsNaN(x) {
		return x
	}
	a := Abs(x)
	var r float64
	if a > 22 {
		r = 1
	} else {
		em := Expm1(2 * a)
		r = em / (em + 2)
	}
	if x < 0 {
		r = -r
	}
	return r
}
