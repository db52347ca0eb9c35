package stdcheck

import (
	"math"
	"math/rand"
	"os"
	"strconv"
	"testing"

	gs "goshimstd/strconv"
)

// TestLongFloat runs many more float conversions; it is skipped unless
// STDCHECK_LONG=1 is set (it takes a few minutes).
func TestLongFloat(t *testing.T) {
	if os.Getenv("STDCHECK_LONG") != "1" {
		t.Skip("set STDCHECK_LONG=1 to run")
	}
	r := rand.New(rand.NewSource(99))
	n := 0
	for i := 0; i < 2000000; i++ {
		f := math.Float64frombits(r.Uint64())
		if math.IsNaN(f) {
			continue
		}
		g := float64(math.Float32frombits(r.Uint32()))
		for _, c := range []struct {
			v    float64
			bits int
		}{{f, 64}, {g, 32}} {
			want := strconv.FormatFloat(c.v, 'g', -1, c.bits)
			if got := gs.FormatFloat(c.v, 'g', -1, c.bits); got != want {
				t.Fatalf("FormatFloat(%v, g, -1, %d) = %s want %s", c.v, c.bits, got, want)
			}
			prec := r.Intn(18)
			want = strconv.FormatFloat(c.v, 'e', prec, c.bits)
			if got := gs.FormatFloat(c.v, 'e', prec, c.bits); got != want {
				t.Fatalf("FormatFloat(%v, e, %d, %d) = %s want %s", c.v, prec, c.bits, got, want)
			}
			// parse back the shortest form and a truncated form
			for _, s := range []string{want, strconv.FormatFloat(c.v, 'g', -1, c.bits), strconv.FormatFloat(c.v, 'e', 25, 64)} {
				w, we := strconv.ParseFloat(s, c.bits)
				gv, ge := gs.ParseFloat(s, c.bits)
				if math.Float64bits(w) != math.Float64bits(gv) || errText(we) != errText(ge) {
					t.Fatalf("ParseFloat(%q, %d) = %v want %v", s, c.bits, gv, w)
				}
			}
			n += 5
		}
	}
	t.Logf("%d long-run float conversion cases", n)
}
