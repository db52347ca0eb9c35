package stdcheck

import (
	"math"
	"math/rand"
	"strconv"
	"testing"

	gm "goshimstd/math"
	gs "goshimstd/strconv"
)

func TestMathExtras(t *testing.T) {
	r := rand.New(rand.NewSource(15))
	xs := mathInputs(r, 30000)
	worst := map[string]float64{}
	for i, x := range xs {
		for _, v := range []float64{x, x / 700, math.Mod(x, 1) * 1.01} {
			for _, f := range []struct {
				name string
				g, w func(float64) float64
			}{{"Asinh", gm.Asinh, math.Asinh}, {"Acosh", gm.Acosh, math.Acosh}, {"Atanh", gm.Atanh, math.Atanh}, {"Logb", gm.Logb, math.Logb}} {
				g, w := f.g(v), f.w(v)
				if (math.IsInf(w, 0) || math.IsNaN(w) || w == 0) && !sameBits(g, w) {
					t.Errorf("%s(%v) = %v, want %v", f.name, v, g, w)
				}
				if d := ulps(g, w); d > worst[f.name] {
					worst[f.name] = d
				}
			}
			if gm.Ilogb(v) != math.Ilogb(v) {
				t.Errorf("Ilogb(%v)", v)
			}
		}
		// FMA must be exact: compare bit for bit
		y := xs[(i*5+1)%len(xs)]
		z := xs[(i*11+2)%len(xs)]
		if i%3 == 0 {
			// make the product and z cancel heavily
			z = -x * y
			if r.Intn(2) == 0 {
				z = math.Nextafter(z, 0)
			}
		}
		if i%5 == 1 {
			x, y = math.Ldexp(x, -600), math.Ldexp(y, -500) // subnormal products
		}
		g, w := gm.FMA(x, y, z), math.FMA(x, y, z)
		if !sameBits(g, w) {
			t.Errorf("FMA(%v, %v, %v) = %v, want %v", x, y, z, g, w)
		}
	}
	for name, w := range worst {
		limit := 2.0
		if name == "Logb" {
			limit = 0
		}
		if w > limit {
			t.Errorf("%s: %v ulps from Go", name, w)
		}
		t.Logf("%s: max %v ulp from Go", name, w)
	}
}

func TestComplexConversions(t *testing.T) {
	r := rand.New(rand.NewSource(16))
	parts := []string{"1", "-1", "+1", "1.5e3", "-0", "Inf", "-Inf", "+Inf", "NaN", "+NaN", "-NaN", "1e400", "-1e400", "0x1p-2", "i", "", "+", "-", "++", "(", ")", "x", "1_0", "3.4e38", "3.5e38"}
	n := 0
	for i := 0; i < 20000; i++ {
		s := ""
		for k := r.Intn(4); k >= 0; k-- {
			s += parts[r.Intn(len(parts))]
		}
		if r.Intn(3) == 0 {
			s += "i"
		}
		if r.Intn(4) == 0 {
			s = "(" + s + ")"
		}
		for _, bs := range []int{64, 128} {
			wv, we := strconv.ParseComplex(s, bs)
			gv, ge := gs.ParseComplex(s, bs)
			if !sameBits(real(gv), real(wv)) || !sameBits(imag(gv), imag(wv)) || errText(ge) != errText(we) {
				t.Errorf("ParseComplex(%q, %d) = %v, %v; want %v, %v", s, bs, gv, ge, wv, we)
			}
			n++
		}
	}
	for i := 0; i < 5000; i++ {
		c := complex(randFloat64(r), randFloat64(r))
		for _, fm := range []byte{'e', 'f', 'g', 'x'} {
			prec := r.Intn(12) - 1
			if gs.FormatComplex(c, fm, prec, 128) != strconv.FormatComplex(c, fm, prec, 128) ||
				gs.FormatComplex(c, fm, prec, 64) != strconv.FormatComplex(c, fm, prec, 64) {
				t.Errorf("FormatComplex(%v, %q, %d)", c, fm, prec)
			}
			n += 2
		}
	}
	mustPanic(t, "invalid bitSize", func() { gs.FormatComplex(1, 'g', -1, 32) })
	t.Logf("%d complex conversion cases", n)
}
