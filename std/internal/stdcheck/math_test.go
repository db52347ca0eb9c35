package stdcheck

import (
	"math"
	"math/big"
	"math/rand"
	"testing"

	gm "goshimstd/math"
)

// ulps returns the distance between a and b in units in the last place
// (0 when both are NaN or equal, huge when only one is NaN).
func ulps(a, b float64) float64 {
	if math.IsNaN(a) || math.IsNaN(b) {
		if math.IsNaN(a) && math.IsNaN(b) {
			return 0
		}
		return math.Inf(1)
	}
	if a == b {
		if math.Signbit(a) != math.Signbit(b) {
			return math.Inf(1) // signed zeros must agree
		}
		return 0
	}
	ord := func(f float64) int64 {
		b := int64(math.Float64bits(f))
		if b < 0 {
			b = math.MinInt64 - b
		}
		return b
	}
	d := float64(ord(a) - ord(b))
	return math.Abs(d)
}

func sameBits(a, b float64) bool {
	return math.Float64bits(a) == math.Float64bits(b) || math.IsNaN(a) && math.IsNaN(b)
}

// mathInputs returns random float64s over all magnitudes plus specials.
func mathInputs(r *rand.Rand, n int) []float64 {
	xs := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3, 0.49999999999999994,
		math.Inf(1), math.Inf(-1), math.NaN(), math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64,
		-math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 1 << 52, 1<<52 + 0.5, 1 << 53, -(1 << 53) - 2, 4503599627370495.5,
		math.Pi, -math.Pi, math.Pi / 2, math.Pi / 4, 1e-300, 1e300, 710, -710, 709.78, -745.1, -745.2, 0.1, 10, 100, 1e22}
	for len(xs) < n {
		var x float64
		switch r.Intn(5) {
		case 0:
			x = math.Float64frombits(r.Uint64())
		case 1:
			x = (r.Float64() - 0.5) * 20
		case 2:
			x = float64(r.Intn(2000)-1000) / float64(1+r.Intn(8))
		case 3:
			x = math.Ldexp(r.Float64(), r.Intn(200)-100)
		default:
			x = (r.Float64() - 0.5) * 1000
		}
		xs = append(xs, x)
	}
	return xs
}

func TestMathConstants(t *testing.T) {
	fl := [][2]float64{{gm.E, math.E}, {gm.Pi, math.Pi}, {gm.Phi, math.Phi}, {gm.Sqrt2, math.Sqrt2}, {gm.SqrtE, math.SqrtE},
		{gm.SqrtPi, math.SqrtPi}, {gm.SqrtPhi, math.SqrtPhi}, {gm.Ln2, math.Ln2}, {gm.Log2E, math.Log2E}, {gm.Ln10, math.Ln10},
		{gm.Log10E, math.Log10E}, {gm.MaxFloat32, math.MaxFloat32}, {gm.SmallestNonzeroFloat32, math.SmallestNonzeroFloat32},
		{gm.MaxFloat64, math.MaxFloat64}, {gm.SmallestNonzeroFloat64, math.SmallestNonzeroFloat64}}
	for i, c := range fl {
		if !sameBits(c[0], c[1]) {
			t.Errorf("float constant %d: %v != %v", i, c[0], c[1])
		}
	}
	if gm.MaxInt != math.MaxInt || gm.MinInt != math.MinInt || gm.MaxInt8 != math.MaxInt8 || gm.MinInt8 != math.MinInt8 ||
		gm.MaxInt16 != math.MaxInt16 || gm.MinInt16 != math.MinInt16 || gm.MaxInt32 != math.MaxInt32 || gm.MinInt32 != math.MinInt32 ||
		gm.MaxInt64 != math.MaxInt64 || gm.MinInt64 != math.MinInt64 || gm.MaxUint != math.MaxUint || gm.MaxUint8 != math.MaxUint8 ||
		gm.MaxUint16 != math.MaxUint16 || gm.MaxUint32 != math.MaxUint32 || uint64(gm.MaxUint64) != math.MaxUint64 {
		t.Error("integer constants")
	}
	if float32(gm.MaxFloat32) != math.MaxFloat32 || float32(gm.SmallestNonzeroFloat32) != math.SmallestNonzeroFloat32 {
		t.Error("float32 constants")
	}
}

func TestMathExact(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	xs := mathInputs(r, 30000)
	n := 0
	one := func(name string, got, want float64, args ...float64) {
		n++
		if !sameBits(got, want) {
			t.Errorf("%s%v = %v (%x), want %v (%x)", name, args, got, math.Float64bits(got), want, math.Float64bits(want))
		}
	}
	for i, x := range xs {
		y := xs[(i*7+3)%len(xs)]
		if i%3 == 0 {
			y = float64(r.Intn(20) - 10)
		}
		one("Abs", gm.Abs(x), math.Abs(x), x)
		one("Copysign", gm.Copysign(x, y), math.Copysign(x, y), x, y)
		if gm.Signbit(x) != math.Signbit(x) || gm.IsNaN(x) != math.IsNaN(x) || gm.IsInf(x, 0) != math.IsInf(x, 0) ||
			gm.IsInf(x, 1) != math.IsInf(x, 1) || gm.IsInf(x, -1) != math.IsInf(x, -1) {
			t.Errorf("predicates(%v)", x)
		}
		one("Max", gm.Max(x, y), math.Max(x, y), x, y)
		one("Min", gm.Min(x, y), math.Min(x, y), x, y)
		one("Dim", gm.Dim(x, y), math.Dim(x, y), x, y)
		one("Floor", gm.Floor(x), math.Floor(x), x)
		one("Ceil", gm.Ceil(x), math.Ceil(x), x)
		one("Trunc", gm.Trunc(x), math.Trunc(x), x)
		one("Round", gm.Round(x), math.Round(x), x)
		one("RoundToEven", gm.RoundToEven(x), math.RoundToEven(x), x)
		gi, gf := gm.Modf(x)
		wi, wf := math.Modf(x)
		one("Modf.int", gi, wi, x)
		one("Modf.frac", gf, wf, x)
		gfr, ge := gm.Frexp(x)
		wfr, we := math.Frexp(x)
		one("Frexp", gfr, wfr, x)
		if ge != we {
			t.Errorf("Frexp(%v) exp %d want %d", x, ge, we)
		}
		for _, e := range []int{0, 1, -1, 52, -1074, -1100, 1023, 2000, -2000, r.Intn(4000) - 2000} {
			one("Ldexp", gm.Ldexp(x, e), math.Ldexp(x, e), x, float64(e))
		}
		one("Nextafter", gm.Nextafter(x, y), math.Nextafter(x, y), x, y)
		if a, b := gm.Nextafter32(float32(x), float32(y)), math.Nextafter32(float32(x), float32(y)); math.Float32bits(a) != math.Float32bits(b) && !(a != a && b != b) {
			t.Errorf("Nextafter32(%v, %v)", x, y)
		}
		one("Mod", gm.Mod(x, y), math.Mod(x, y), x, y)
		one("Mod2", gm.Mod(y, x), math.Mod(y, x), y, x)
		one("Remainder", gm.Remainder(x, y), math.Remainder(x, y), x, y)
		one("Remainder2", gm.Remainder(y, x), math.Remainder(y, x), y, x)
		one("Sqrt", gm.Sqrt(x), math.Sqrt(x), x)
		one("Sqrt|x|", gm.Sqrt(math.Abs(x)), math.Sqrt(math.Abs(x)), x)
		if gm.Float64bits(x) != math.Float64bits(x) || !sameBits(gm.Float64frombits(math.Float64bits(x)), x) ||
			gm.Float32bits(float32(x)) != math.Float32bits(float32(x)) {
			t.Errorf("bit conversions %v", x)
		}
	}
	for k := -330; k <= 320; k++ {
		one("Pow10", gm.Pow10(k), math.Pow10(k), float64(k))
	}
	one("Inf", gm.Inf(1), math.Inf(1))
	one("Inf-", gm.Inf(-1), math.Inf(-1))
	one("NaN", gm.NaN(), math.NaN())
	t.Logf("%d exact comparisons", n)
}

// goAsmQuirk reports inputs where Go 1.19's amd64 assembly Exp/Log give
// wrong answers (Exp overflows early above ~709.09, Log mishandles
// subnormals); the portable Go code, and this package, are right there.
func goAsmQuirk(name string, x float64) bool {
	switch name {
	case "Exp", "Sinh", "Cosh":
		return math.Abs(x) > 709
	case "Log", "Log2", "Log10":
		return x > 0 && x < 0x1p-1022
	}
	return false
}

// TestMathApprox compares the transcendental functions with exact values
// (math/big) and with Go's results. Special-case results must equal Go's.
func TestMathApprox(t *testing.T) {
	r := rand.New(rand.NewSource(12))
	xs := mathInputs(r, 25000)
	type fn struct {
		name      string
		g, w      func(float64) float64
		truth     func(float64) float64
		trueLimit float64 // allowed ulps from the exact value
	}
	fns := []fn{
		{"Exp", gm.Exp, math.Exp, bigExpF, 1},
		{"Exp2", gm.Exp2, math.Exp2, func(x float64) float64 { return bigExpF2(x) }, 1},
		{"Expm1", gm.Expm1, math.Expm1, bigExpm1F, 1},
		{"Log", gm.Log, math.Log, bigLogF, 1},
		{"Log2", gm.Log2, math.Log2, func(x float64) float64 { return f64(bnew().Quo(bigLog(bf(x)), bigLog(bf(2)))) }, 1},
		{"Log10", gm.Log10, math.Log10, func(x float64) float64 { return f64(bnew().Quo(bigLog(bf(x)), bigLog(bf(10)))) }, 2},
		{"Log1p", gm.Log1p, math.Log1p, bigLog1pF, 2},
		{"Sin", gm.Sin, math.Sin, bigSinF, 1},
		{"Cos", gm.Cos, math.Cos, bigCosF, 1},
		{"Tan", gm.Tan, math.Tan, bigTanF, 2},
		{"Atan", gm.Atan, math.Atan, bigAtanF, 1},
		{"Asin", gm.Asin, math.Asin, bigAsinF, 2},
		{"Acos", gm.Acos, math.Acos, bigAcosF, 2},
		{"Sinh", gm.Sinh, math.Sinh, nil, 0},
		{"Cosh", gm.Cosh, math.Cosh, nil, 0},
		{"Tanh", gm.Tanh, math.Tanh, nil, 0},
		{"Cbrt", gm.Cbrt, math.Cbrt, nil, 0},
	}
	for _, f := range fns {
		worstGo, n := 0.0, 0
		worstMine, worstTheirs, nt := 0.0, 0.0, 0
		var worstX float64
		for i, x := range xs {
			for k, v := range []float64{x, x / 700, math.Mod(x, 1), math.Mod(x, 10)} {
				g, w := f.g(v), f.w(v)
				n++
				if goAsmQuirk(f.name, v) {
					continue
				}
				special := math.IsInf(w, 0) || math.IsNaN(w) || w == 0 || math.IsInf(g, 0) || math.IsNaN(g) || g == 0
				if special && !sameBits(g, w) {
					t.Errorf("%s(%v) = %v, want %v", f.name, v, g, w)
					continue
				}
				if d := ulps(g, w); d > worstGo {
					worstGo = d
				}
				if f.truth != nil && (i+k)%20 == 0 && !special && math.Abs(v) < 1e300 {
					tv := f.truth(v)
					if tv == 0 || math.IsInf(tv, 0) || math.Abs(tv) < 0x1p-1022 {
						continue
					}
					nt++
					if d := ulps(g, tv); d > worstMine {
						worstMine, worstX = d, v
					}
					if d := ulps(w, tv); d > worstTheirs {
						worstTheirs = d
					}
				}
			}
		}
		if f.truth != nil && worstMine > f.trueLimit {
			t.Errorf("%s: %v ulps from the exact value at %v (got %v, exact %v)", f.name, worstMine, worstX, f.g(worstX), f.truth(worstX))
		}
		if f.truth != nil {
			t.Logf("%-6s %6d inputs: max %4v ulp from Go; on %5d exact checks max %v ulp (Go's own: %v)", f.name, n, worstGo, nt, worstMine, worstTheirs)
		} else {
			t.Logf("%-6s %6d inputs: max %4v ulp from Go", f.name, n, worstGo)
		}
	}
	// two-argument functions
	worstPow, worstAtan2, worstHypot := 0.0, 0.0, 0.0
	var px, py float64
	n := 0
	for i, x := range xs {
		y := xs[(i*13+5)%len(xs)]
		switch i % 4 {
		case 0:
			y = float64(r.Intn(40) - 20)
		case 1:
			y = float64(r.Intn(40)-20) / 4
		case 2:
			x = math.Abs(x)
		}
		n++
		g, w := gm.Pow(x, y), math.Pow(x, y)
		if (math.IsInf(w, 0) || math.IsNaN(w) || w == 0 || w == 1) && !sameBits(g, w) {
			t.Errorf("Pow(%v, %v) = %v, want %v", x, y, g, w)
		}
		if d := ulps(g, w) / (1 + math.Abs(y*math.Log(math.Abs(x)))); d > worstPow {
			worstPow, px, py = d, x, y
		}
		if d := ulps(gm.Atan2(x, y), math.Atan2(x, y)); d > worstAtan2 {
			worstAtan2 = d
			if d > 3 {
				t.Errorf("Atan2(%v, %v) = %v, want %v", x, y, gm.Atan2(x, y), math.Atan2(x, y))
			}
		}
		if d := ulps(gm.Hypot(x, y), math.Hypot(x, y)); d > worstHypot {
			worstHypot = d
			if d > 1 {
				t.Errorf("Hypot(%v, %v) = %v, want %v", x, y, gm.Hypot(x, y), math.Hypot(x, y))
			}
		}
	}
	if worstPow > 2 {
		t.Errorf("Pow: %v scaled ulps at (%v, %v): %v vs %v", worstPow, px, py, gm.Pow(px, py), math.Pow(px, py))
	}
	// integer powers of small integers are exact
	for b := -12.0; b <= 12; b++ {
		for e := -30.0; e <= 60; e++ {
			if !sameBits(gm.Pow(b, e), math.Pow(b, e)) {
				t.Errorf("Pow(%v, %v) = %v, want %v", b, e, gm.Pow(b, e), math.Pow(b, e))
			}
		}
	}
	specials := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 3, -3, math.Inf(1), math.Inf(-1), math.NaN(), 1 << 63, -(1 << 63), 1e300, -1e-300}
	for _, x := range specials {
		for _, y := range specials {
			if !sameBits(gm.Pow(x, y), math.Pow(x, y)) {
				t.Errorf("Pow(%v, %v) = %v, want %v", x, y, gm.Pow(x, y), math.Pow(x, y))
			}
			if !sameBits(gm.Atan2(x, y), math.Atan2(x, y)) && ulps(gm.Atan2(x, y), math.Atan2(x, y)) > 1 {
				t.Errorf("Atan2(%v, %v) = %v, want %v", x, y, gm.Atan2(x, y), math.Atan2(x, y))
			}
			if !sameBits(gm.Hypot(x, y), math.Hypot(x, y)) && ulps(gm.Hypot(x, y), math.Hypot(x, y)) > 1 {
				t.Errorf("Hypot(%v, %v) = %v, want %v", x, y, gm.Hypot(x, y), math.Hypot(x, y))
			}
		}
	}
	t.Logf("Pow/Atan2/Hypot: %d random pairs; max ulp from Go: Pow %.2g (scaled by 1+|y log x|), Atan2 %v, Hypot %v", n, worstPow, worstAtan2, worstHypot)
}

// Accuracy against exact values computed with math/big.
func TestMathTrueAccuracy(t *testing.T) {
	r := rand.New(rand.NewSource(13))
	const prec = 300
	bigExp := func(x float64) float64 {
		// e^x = (e^(x/2^k))^(2^k) with a Taylor series for the small part
		k := 12
		v := new(big.Float).SetPrec(prec).SetFloat64(x)
		v.SetMantExp(v, -k)
		sum := new(big.Float).SetPrec(prec).SetInt64(1)
		term := new(big.Float).SetPrec(prec).SetInt64(1)
		for i := int64(1); i < 60; i++ {
			term.Mul(term, v)
			term.Quo(term, new(big.Float).SetInt64(i))
			sum.Add(sum, term)
		}
		for i := 0; i < k; i++ {
			sum.Mul(sum, sum)
		}
		f, _ := sum.Float64()
		return f
	}
	worstExp, worstSqrt, worstCbrt := 0.0, 0.0, 0.0
	for i := 0; i < 3000; i++ {
		x := (r.Float64() - 0.5) * 1400
		if d := ulps(gm.Exp(x), bigExp(x)); d > worstExp {
			worstExp = d
		}
		y := math.Float64frombits(r.Uint64() &^ (1 << 63))
		if math.IsNaN(y) || math.IsInf(y, 0) {
			continue
		}
		bs := new(big.Float).SetPrec(prec).SetFloat64(y)
		bs.Sqrt(bs)
		s, _ := bs.Float64()
		if d := ulps(gm.Sqrt(y), s); d > worstSqrt {
			worstSqrt = d
		}
		// cube root: check that the neighbours of the result bracket y
		c := gm.Cbrt(y)
		cube := func(v float64) *big.Float {
			b := new(big.Float).SetPrec(prec).SetFloat64(v)
			return new(big.Float).SetPrec(prec).Mul(b, new(big.Float).SetPrec(prec).Mul(b, b))
		}
		lo, hi := math.Nextafter(c, 0), math.Nextafter(c, math.Inf(1))
		by := new(big.Float).SetPrec(prec).SetFloat64(y)
		if cube(lo).Cmp(by) > 0 || cube(hi).Cmp(by) < 0 {
			worstCbrt = 2
		}
	}
	if worstExp > 1 || worstSqrt > 0 || worstCbrt > 1 {
		t.Errorf("true accuracy: Exp %v ulp, Sqrt %v ulp, Cbrt %v", worstExp, worstSqrt, worstCbrt)
	}
	t.Logf("vs exact big.Float values: Exp max %v ulp, Sqrt %v ulp (correctly rounded), Cbrt within 1 ulp", worstExp, worstSqrt)
}

// Exact reference values computed with math/big at high precision.

const refPrec = 320

func bf(x float64) *big.Float { return new(big.Float).SetPrec(refPrec).SetFloat64(x) }
func bnew() *big.Float        { return new(big.Float).SetPrec(refPrec) }

var refPi = func() *big.Float {
	atanInv := func(n int64) *big.Float {
		p := uint(1600)
		x := new(big.Float).SetPrec(p).Quo(new(big.Float).SetPrec(p).SetInt64(1), new(big.Float).SetPrec(p).SetInt64(n))
		x2 := new(big.Float).SetPrec(p).Mul(x, x)
		sum := new(big.Float).SetPrec(p)
		term := new(big.Float).SetPrec(p).Set(x)
		for k := int64(0); k < 1200; k++ {
			tk := new(big.Float).SetPrec(p).Quo(term, new(big.Float).SetPrec(p).SetInt64(2*k+1))
			if k%2 == 0 {
				sum.Add(sum, tk)
			} else {
				sum.Sub(sum, tk)
			}
			term.Mul(term, x2)
		}
		return sum
	}
	a := new(big.Float).SetPrec(1600).Mul(new(big.Float).SetInt64(16), atanInv(5))
	b := new(big.Float).SetPrec(1600).Mul(new(big.Float).SetInt64(4), atanInv(239))
	return a.Sub(a, b)
}()

// bigExp returns e^v for a moderate big v.
func bigExp(v *big.Float) *big.Float {
	k := 14
	y := bnew().SetMantExp(v, -k)
	sum := bnew().SetInt64(1)
	term := bnew().SetInt64(1)
	for i := int64(1); i < 40; i++ {
		term.Mul(term, y)
		term.Quo(term, bnew().SetInt64(i))
		sum.Add(sum, term)
	}
	for i := 0; i < k; i++ {
		sum.Mul(sum, sum)
	}
	return sum
}

func f64(b *big.Float) float64 { f, _ := b.Float64(); return f }

func bigExpF(x float64) float64 { return f64(bigExp(bf(x))) }

func bigExpF2(x float64) float64 {
	ln2 := bigLog(bf(2))
	return f64(bigExp(bnew().Mul(bf(x), ln2)))
}

func bigExpm1F(x float64) float64 {
	if math.Abs(x) < 1e-5 {
		// series directly, to keep the relative precision
		v := bf(x)
		sum := bnew()
		term := bnew().SetInt64(1)
		for i := int64(1); i < 30; i++ {
			term.Mul(term, v)
			term.Quo(term, bnew().SetInt64(i))
			sum.Add(sum, term)
		}
		return f64(sum)
	}
	e := bigExp(bf(x))
	return f64(e.Sub(e, bnew().SetInt64(1)))
}

// bigLog solves e^y = v by Newton's method from the float64 logarithm.
func bigLog(v *big.Float) *big.Float {
	f, _ := v.Float64()
	y := bf(math.Log(f))
	for i := 0; i < 4; i++ {
		e := bigExp(y)
		// y += 2 (v - e) / (v + e)
		num := bnew().Sub(v, e)
		den := bnew().Add(v, e)
		num.Quo(num, den)
		num.Mul(num, bnew().SetInt64(2))
		y.Add(y, num)
	}
	return y
}

func bigLogF(x float64) float64 { return f64(bigLog(bf(x))) }

func bigLog1pF(x float64) float64 {
	if math.Abs(x) < 1e-5 {
		v := bf(x)
		sum := bnew()
		term := bnew().SetInt64(1)
		for i := int64(1); i < 40; i++ {
			term.Mul(term, v)
			t := bnew().Quo(term, bnew().SetInt64(i))
			if i%2 == 0 {
				sum.Sub(sum, t)
			} else {
				sum.Add(sum, t)
			}
		}
		return f64(sum)
	}
	return f64(bigLog(bnew().Add(bf(x), bnew().SetInt64(1))))
}

// bigReduce returns x mod 2pi in [-pi, pi) computed with 1600-bit pi.
func bigReduce(x float64) *big.Float {
	p := uint(1600)
	v := new(big.Float).SetPrec(p).SetFloat64(x)
	twoPi := new(big.Float).SetPrec(p).Mul(refPi, new(big.Float).SetInt64(2))
	q := new(big.Float).SetPrec(p).Quo(v, twoPi)
	qi, _ := q.Int(nil)
	r := new(big.Float).SetPrec(p).Sub(v, new(big.Float).SetPrec(p).Mul(new(big.Float).SetPrec(p).SetInt(qi), twoPi))
	if r.Cmp(refPi) >= 0 {
		r.Sub(r, twoPi)
	}
	if r.Cmp(new(big.Float).Neg(refPi)) < 0 {
		r.Add(r, twoPi)
	}
	return new(big.Float).SetPrec(refPrec).Set(r)
}

func bigSinCos(x float64) (*big.Float, *big.Float) {
	r := bigReduce(x)
	// halve the argument 8 times, then double back with sin 2a = 2 sin a cos a
	k := 8
	a := bnew().SetMantExp(r, -k)
	a2 := bnew().Mul(a, a)
	s, c := bnew(), bnew()
	ts, tc := bnew().Set(a), bnew().SetInt64(1)
	for i := int64(0); i < 30; i++ {
		if i%2 == 0 {
			s.Add(s, ts)
			c.Add(c, tc)
		} else {
			s.Sub(s, ts)
			c.Sub(c, tc)
		}
		ts.Mul(ts, a2)
		ts.Quo(ts, bnew().SetInt64((2*i+2)*(2*i+3)))
		tc.Mul(tc, a2)
		tc.Quo(tc, bnew().SetInt64((2*i+1)*(2*i+2)))
	}
	for i := 0; i < k; i++ {
		ns := bnew().Mul(s, c)
		ns.Mul(ns, bnew().SetInt64(2))
		nc := bnew().Mul(c, c)
		nc.Sub(nc, bnew().Mul(s, s))
		s, c = ns, nc
	}
	return s, c
}

func bigSinF(x float64) float64 { s, _ := bigSinCos(x); return f64(s) }
func bigCosF(x float64) float64 { _, c := bigSinCos(x); return f64(c) }
func bigTanF(x float64) float64 {
	s, c := bigSinCos(x)
	return f64(s.Quo(s, c))
}

func bigAtan(v *big.Float) *big.Float {
	// atan v = 2 atan(v / (1 + sqrt(1 + v^2))), four times, then Taylor
	y := bnew().Set(v)
	for i := 0; i < 4; i++ {
		d := bnew().Mul(y, y)
		d.Add(d, bnew().SetInt64(1))
		d.Sqrt(d)
		d.Add(d, bnew().SetInt64(1))
		y.Quo(y, d)
	}
	y2 := bnew().Mul(y, y)
	sum := bnew()
	term := bnew().Set(y)
	for i := int64(0); i < 120; i++ {
		t := bnew().Quo(term, bnew().SetInt64(2*i+1))
		if i%2 == 0 {
			sum.Add(sum, t)
		} else {
			sum.Sub(sum, t)
		}
		term.Mul(term, y2)
	}
	return sum.Mul(sum, bnew().SetInt64(16))
}

func bigAtanF(x float64) float64 {
	if math.IsInf(x, 0) {
		return math.Copysign(math.Pi/2, x)
	}
	return f64(bigAtan(bf(x)))
}

func bigAsin(x float64) *big.Float {
	v := bf(x)
	d := bnew().Mul(v, v)
	d.Sub(bnew().SetInt64(1), d)
	if d.Sign() == 0 {
		h := bnew().Quo(refPi, bnew().SetInt64(2))
		if x < 0 {
			h.Neg(h)
		}
		return h
	}
	d.Sqrt(d)
	return bigAtan(bnew().Quo(v, d))
}

func bigAsinF(x float64) float64 {
	if math.Abs(x) > 1 {
		return math.NaN()
	}
	return f64(bigAsin(x))
}

func bigAcosF(x float64) float64 {
	if math.Abs(x) > 1 {
		return math.NaN()
	}
	h := bnew().Quo(refPi, bnew().SetInt64(2))
	return f64(h.Sub(h, bigAsin(x)))
}
