package stdcheck

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	gs "goshimstd/strings"
)

// textPieces are the building blocks of random test strings: ASCII,
// white space of all kinds, letters with case mappings (Latin-1,
// Latin Extended, Greek, Cyrillic, Armenian, Georgian, Cherokee, Deseret,
// special folds), and invalid UTF-8.
var textPieces = []string{"a", "b", "A", "B", "z", "Z", "ab", "aB", "abc", " ", "  ", "\t", "\n", "\v", "\f", "\r",
	"\u0085", "\u00a0", "\u1680", "\u2000", "\u2028", "\u3000", "\u200b", ",", ", ", "--", "-", "x", "X", "0", "9",
	"é", "É", "ß", "ÿ", "Ÿ", "µ", "Ω", "ω", "Σ", "σ", "ς", "ϑ", "Я", "я", "Ё", "ё", "Ա", "ա", "Ⴀ", "ა", "Ꭰ", "ꭰ",
	"𐐀", "𐐨", "ǅ", "ǆ", "Ǆ", "İ", "ı", "i", "I", "K", "k", "\u212a", "ſ", "s", "S", "\u1e9e", "ﬀ", "☺", "\U0001F600",
	"\ufffd", "\xff", "\xc3", "\xe2\x82", "\x80", "\xed\xa0\x80", "\U0010ffff", "aaa", "aXa", "ΑΒΓ", "Ǳ", "ǲ"}

func randText(r *rand.Rand, maxPieces int) string {
	var b []byte
	for k := r.Intn(maxPieces + 1); k > 0; k-- {
		b = append(b, textPieces[r.Intn(len(textPieces))]...)
	}
	return string(b)
}

var runePreds = []func(rune) bool{unicode.IsSpace, unicode.IsUpper, func(c rune) bool { return c == 'a' },
	func(c rune) bool { return c == utf8.RuneError }, func(c rune) bool { return c%2 == 0 }, unicode.IsLetter}

var runeMaps = []func(rune) rune{unicode.ToUpper, unicode.ToLower, func(c rune) rune {
	if c == 'a' {
		return -1
	}
	return c
}, func(c rune) rune { return c + 1 }, func(c rune) rune { return utf8.RuneError }, func(c rune) rune { return 0xD800 },
	func(c rune) rune { return c }}

type cmpT struct {
	t *testing.T
	n int
}

func (c *cmpT) eq(name string, args []interface{}, got, want interface{}) {
	c.n++
	if !reflect.DeepEqual(got, want) {
		c.t.Errorf("%s%q: got %#v want %#v", name, args, got, want)
	}
}

func TestStringsRandom(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	c := &cmpT{t: t}
	for i := 0; i < 12000; i++ {
		s := randText(r, 8)
		u := randText(r, 2)
		if r.Intn(4) == 0 && len(s) > 0 {
			// a substring of s, so searches often succeed
			a := r.Intn(len(s))
			b := a + r.Intn(len(s)-a+1)
			u = s[a:b]
		}
		a := []interface{}{s, u}
		c.eq("Compare", a, gs.Compare(s, u), strings.Compare(s, u))
		c.eq("Contains", a, gs.Contains(s, u), strings.Contains(s, u))
		c.eq("ContainsAny", a, gs.ContainsAny(s, u), strings.ContainsAny(s, u))
		c.eq("HasPrefix", a, gs.HasPrefix(s, u), strings.HasPrefix(s, u))
		c.eq("HasSuffix", a, gs.HasSuffix(s, u), strings.HasSuffix(s, u))
		c.eq("Index", a, gs.Index(s, u), strings.Index(s, u))
		c.eq("LastIndex", a, gs.LastIndex(s, u), strings.LastIndex(s, u))
		c.eq("IndexAny", a, gs.IndexAny(s, u), strings.IndexAny(s, u))
		c.eq("LastIndexAny", a, gs.LastIndexAny(s, u), strings.LastIndexAny(s, u))
		c.eq("Count", a, gs.Count(s, u), strings.Count(s, u))
		c.eq("EqualFold", a, gs.EqualFold(s, u), strings.EqualFold(s, u))
		c.eq("EqualFold upper", a, gs.EqualFold(s, strings.ToUpper(s)), strings.EqualFold(s, strings.ToUpper(s)))
		c.eq("EqualFold lower", a, gs.EqualFold(strings.ToLower(u), u), strings.EqualFold(strings.ToLower(u), u))
		c.eq("Split", a, gs.Split(s, u), strings.Split(s, u))
		c.eq("SplitAfter", a, gs.SplitAfter(s, u), strings.SplitAfter(s, u))
		for n := -1; n <= 3; n++ {
			c.eq(fmt.Sprint("SplitN ", n), a, gs.SplitN(s, u, n), strings.SplitN(s, u, n))
			c.eq(fmt.Sprint("SplitAfterN ", n), a, gs.SplitAfterN(s, u, n), strings.SplitAfterN(s, u, n))
			c.eq(fmt.Sprint("Replace ", n), a, gs.Replace(s, u, "<>", n), strings.Replace(s, u, "<>", n))
		}
		c.eq("ReplaceAll", a, gs.ReplaceAll(s, u, "é"), strings.ReplaceAll(s, u, "é"))
		c.eq("Trim", a, gs.Trim(s, u), strings.Trim(s, u))
		c.eq("TrimLeft", a, gs.TrimLeft(s, u), strings.TrimLeft(s, u))
		c.eq("TrimRight", a, gs.TrimRight(s, u), strings.TrimRight(s, u))
		c.eq("TrimPrefix", a, gs.TrimPrefix(s, u), strings.TrimPrefix(s, u))
		c.eq("TrimSuffix", a, gs.TrimSuffix(s, u), strings.TrimSuffix(s, u))
		b1, a1, f1 := gs.Cut(s, u)
		b2, a2, f2 := strings.Cut(s, u)
		c.eq("Cut", a, []interface{}{b1, a1, f1}, []interface{}{b2, a2, f2})
		c.eq("Fields", a, gs.Fields(s), strings.Fields(s))
		c.eq("TrimSpace", a, gs.TrimSpace(s), strings.TrimSpace(s))
		c.eq("ToUpper", a, gs.ToUpper(s), strings.ToUpper(s))
		c.eq("ToLower", a, gs.ToLower(s), strings.ToLower(s))
		c.eq("ToTitle", a, gs.ToTitle(s), strings.ToTitle(s))
		c.eq("ToValidUTF8", a, gs.ToValidUTF8(s, u), strings.ToValidUTF8(s, u))
		c.eq("Clone", a, gs.Clone(s), strings.Clone(s))
		c.eq("Repeat", a, gs.Repeat(s, i%4), strings.Repeat(s, i%4))
		if len(s) > 0 {
			c.eq("IndexByte", a, gs.IndexByte(s, s[len(s)/2]), strings.IndexByte(s, s[len(s)/2]))
			c.eq("LastIndexByte", a, gs.LastIndexByte(s, s[len(s)/2]), strings.LastIndexByte(s, s[len(s)/2]))
		}
		c.eq("IndexByte none", a, gs.IndexByte(s, 'q'), strings.IndexByte(s, 'q'))
		for _, ru := range []rune{'a', ' ', 'é', 'Я', 0x1F600, utf8.RuneError, -1, 0xD800, 0x110000} {
			c.eq("IndexRune", a, gs.IndexRune(s, ru), strings.IndexRune(s, ru))
			c.eq("ContainsRune", a, gs.ContainsRune(s, ru), strings.ContainsRune(s, ru))
		}
		for k, f := range runePreds {
			c.eq(fmt.Sprint("IndexFunc ", k), a, gs.IndexFunc(s, f), strings.IndexFunc(s, f))
			c.eq(fmt.Sprint("LastIndexFunc ", k), a, gs.LastIndexFunc(s, f), strings.LastIndexFunc(s, f))
			c.eq(fmt.Sprint("TrimFunc ", k), a, gs.TrimFunc(s, f), strings.TrimFunc(s, f))
			c.eq(fmt.Sprint("TrimLeftFunc ", k), a, gs.TrimLeftFunc(s, f), strings.TrimLeftFunc(s, f))
			c.eq(fmt.Sprint("TrimRightFunc ", k), a, gs.TrimRightFunc(s, f), strings.TrimRightFunc(s, f))
			c.eq(fmt.Sprint("FieldsFunc ", k), a, gs.FieldsFunc(s, f), strings.FieldsFunc(s, f))
		}
		for k, m := range runeMaps {
			c.eq(fmt.Sprint("Map ", k), a, gs.Map(m, s), strings.Map(m, s))
		}
		parts := strings.Split(s, " ")
		c.eq("Join", a, gs.Join(parts, u), strings.Join(parts, u))
		// Replacer, with pairs drawn from the pieces (sometimes empty)
		var oldnew []string
		for k := r.Intn(4); k >= 0; k-- {
			o := randText(r, 2)
			if r.Intn(3) == 0 && len(s) > 1 {
				p := r.Intn(len(s) - 1)
				o = s[p : p+1+r.Intn(2)]
			}
			oldnew = append(oldnew, o, randText(r, 1))
		}
		c.eq(fmt.Sprintf("Replacer%q", oldnew), a, gs.NewReplacer(oldnew...).Replace(s), strings.NewReplacer(oldnew...).Replace(s))
	}
	// long inputs exercise the rolling-hash search
	for i := 0; i < 300; i++ {
		s := randText(r, 200)
		for j := 0; j < 4; j++ {
			var u string
			if len(s) > 0 {
				p := r.Intn(len(s))
				u = s[p : p+r.Intn(len(s)-p+1)]
			}
			if j == 3 {
				u = u + "q"
			}
			a := []interface{}{s, u}
			c.eq("Index long", a, gs.Index(s, u), strings.Index(s, u))
			c.eq("LastIndex long", a, gs.LastIndex(s, u), strings.LastIndex(s, u))
			c.eq("Count long", a, gs.Count(s, u), strings.Count(s, u))
		}
	}
	t.Logf("%d strings comparisons", c.n)
}

func TestStringsCaseAllRunes(t *testing.T) {
	buf := make([]byte, 0, 8)
	for ru := rune(0); ru <= unicode.MaxRune; ru++ {
		buf = utf8.AppendRune(buf[:0], ru)
		s := string(buf)
		if gs.ToUpper(s) != strings.ToUpper(s) || gs.ToLower(s) != strings.ToLower(s) || gs.ToTitle(s) != strings.ToTitle(s) {
			t.Fatalf("case mapping of %U: %q %q %q", ru, gs.ToUpper(s), gs.ToLower(s), gs.ToTitle(s))
		}
		if gs.TrimSpace(s) != strings.TrimSpace(s) {
			t.Fatalf("TrimSpace(%U)", ru)
		}
		// every member of the rune's fold orbit compares equal, and
		// upper/lower forms agree with Go's EqualFold
		for f := unicode.SimpleFold(ru); f != ru; f = unicode.SimpleFold(f) {
			if !gs.EqualFold(s, string(f)) {
				t.Fatalf("EqualFold(%U, %U) false", ru, f)
			}
		}
		for _, o := range []rune{unicode.ToUpper(ru), unicode.ToLower(ru), 'i', 'k', 's', ru + 1} {
			if gs.EqualFold(s, string(o)) != strings.EqualFold(s, string(o)) {
				t.Fatalf("EqualFold(%U, %U)", ru, o)
			}
		}
	}
}

func TestBuilder(t *testing.T) {
	var b gs.Builder
	var w strings.Builder
	r := rand.New(rand.NewSource(6))
	for i := 0; i < 5000; i++ {
		switch r.Intn(6) {
		case 0:
			s := randText(r, 3)
			n1, e1 := b.WriteString(s)
			n2, e2 := w.WriteString(s)
			if n1 != n2 || e1 != e2 {
				t.Fatal("WriteString")
			}
		case 1:
			c := byte(r.Intn(256))
			if b.WriteByte(c) != w.WriteByte(c) {
				t.Fatal("WriteByte")
			}
		case 2:
			ru := []rune{'a', 'é', 0x1F600, -1, 0xD800, 0x110000}[r.Intn(6)]
			n1, _ := b.WriteRune(ru)
			n2, _ := w.WriteRune(ru)
			if n1 != n2 {
				t.Fatal("WriteRune")
			}
		case 3:
			p := []byte(randText(r, 2))
			n1, _ := b.Write(p)
			n2, _ := w.Write(p)
			if n1 != n2 {
				t.Fatal("Write")
			}
		case 4:
			n := r.Intn(100)
			b.Grow(n)
			w.Grow(n)
			if b.Cap()-b.Len() < n {
				t.Fatal("Grow")
			}
		case 5:
			if r.Intn(20) == 0 {
				b.Reset()
				w.Reset()
			}
		}
		if b.String() != w.String() || b.Len() != w.Len() {
			t.Fatalf("Builder state %q vs %q", b.String(), w.String())
		}
	}
	// misuse panics like Go's
	mustPanic(t, "strings.Builder.Grow: negative count", func() { var x gs.Builder; x.Grow(-1) })
	mustPanic(t, "strings: illegal use of non-zero Builder copied by value", func() {
		var x gs.Builder
		x.WriteByte('a')
		y := x
		y.WriteByte('b')
	})
	mustPanic(t, "strings: negative Repeat count", func() { gs.Repeat("a", -1) })
	mustPanic(t, "strings.NewReplacer: odd argument count", func() { gs.NewReplacer("a") })
}

func mustPanic(t *testing.T, want string, f func()) {
	t.Helper()
	defer func() {
		got := recover()
		if fmt.Sprint(got) != want {
			t.Errorf("panic %v, want %q", got, want)
		}
	}()
	f()
}
