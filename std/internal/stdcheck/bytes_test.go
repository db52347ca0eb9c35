package stdcheck

import (
	"bytes"
	"fmt"
	"io"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	gb "goshimstd/bytes"
)

// sliceShape describes a [][]byte including nil-ness and clipped capacities.
func sliceShape(v [][]byte) string {
	if v == nil {
		return "nil"
	}
	var b strings.Builder
	for _, e := range v {
		fmt.Fprintf(&b, "%q/%v/%d ", e, e == nil, cap(e)-len(e))
	}
	return b.String()
}

func byteShape(v []byte) string {
	return fmt.Sprintf("%q/%v", v, v == nil)
}

// last element of a split keeps its capacity in both implementations, so
// only compare clipping for the others
func clipShape(v [][]byte) string {
	if v == nil {
		return "nil"
	}
	var b strings.Builder
	for i, e := range v {
		extra := cap(e) - len(e)
		if i == len(v)-1 {
			extra = -1
		}
		fmt.Fprintf(&b, "%q/%v/%d ", e, e == nil, extra)
	}
	return b.String()
}

func TestBytesRandom(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	c := &cmpT{t: t}
	for i := 0; i < 12000; i++ {
		ss := randText(r, 8)
		us := randText(r, 2)
		if r.Intn(4) == 0 && len(ss) > 0 {
			a := r.Intn(len(ss))
			b := a + r.Intn(len(ss)-a+1)
			us = ss[a:b]
		}
		s, u := []byte(ss), []byte(us)
		if len(s) == 0 && r.Intn(2) == 0 {
			s = nil
		}
		if len(u) == 0 && r.Intn(2) == 0 {
			u = nil
		}
		a := []interface{}{ss, us}
		c.eq("Equal", a, gb.Equal(s, u), bytes.Equal(s, u))
		c.eq("Compare", a, gb.Compare(s, u), bytes.Compare(s, u))
		c.eq("Contains", a, gb.Contains(s, u), bytes.Contains(s, u))
		c.eq("ContainsAny", a, gb.ContainsAny(s, us), bytes.ContainsAny(s, us))
		c.eq("HasPrefix", a, gb.HasPrefix(s, u), bytes.HasPrefix(s, u))
		c.eq("HasSuffix", a, gb.HasSuffix(s, u), bytes.HasSuffix(s, u))
		c.eq("Index", a, gb.Index(s, u), bytes.Index(s, u))
		c.eq("LastIndex", a, gb.LastIndex(s, u), bytes.LastIndex(s, u))
		c.eq("IndexAny", a, gb.IndexAny(s, us), bytes.IndexAny(s, us))
		c.eq("LastIndexAny", a, gb.LastIndexAny(s, us), bytes.LastIndexAny(s, us))
		c.eq("Count", a, gb.Count(s, u), bytes.Count(s, u))
		c.eq("EqualFold", a, gb.EqualFold(s, u), bytes.EqualFold(s, u))
		c.eq("EqualFold upper", a, gb.EqualFold(s, bytes.ToUpper(s)), bytes.EqualFold(s, bytes.ToUpper(s)))
		c.eq("Split", a, clipShape(gb.Split(s, u)), clipShape(bytes.Split(s, u)))
		c.eq("SplitAfter", a, clipShape(gb.SplitAfter(s, u)), clipShape(bytes.SplitAfter(s, u)))
		for n := -1; n <= 3; n++ {
			c.eq(fmt.Sprint("SplitN ", n), a, clipShape(gb.SplitN(s, u, n)), clipShape(bytes.SplitN(s, u, n)))
			c.eq(fmt.Sprint("SplitAfterN ", n), a, clipShape(gb.SplitAfterN(s, u, n)), clipShape(bytes.SplitAfterN(s, u, n)))
			c.eq(fmt.Sprint("Replace ", n), a, byteShape(gb.Replace(s, u, []byte("<>"), n)), byteShape(bytes.Replace(s, u, []byte("<>"), n)))
		}
		c.eq("ReplaceAll", a, byteShape(gb.ReplaceAll(s, u, nil)), byteShape(bytes.ReplaceAll(s, u, nil)))
		c.eq("Trim", a, byteShape(gb.Trim(s, us)), byteShape(bytes.Trim(s, us)))
		c.eq("TrimLeft", a, byteShape(gb.TrimLeft(s, us)), byteShape(bytes.TrimLeft(s, us)))
		c.eq("TrimRight", a, byteShape(gb.TrimRight(s, us)), byteShape(bytes.TrimRight(s, us)))
		c.eq("TrimPrefix", a, byteShape(gb.TrimPrefix(s, u)), byteShape(bytes.TrimPrefix(s, u)))
		c.eq("TrimSuffix", a, byteShape(gb.TrimSuffix(s, u)), byteShape(bytes.TrimSuffix(s, u)))
		b1, a1, f1 := gb.Cut(s, u)
		b2, a2, f2 := bytes.Cut(s, u)
		c.eq("Cut", a, byteShape(b1)+byteShape(a1)+fmt.Sprint(f1), byteShape(b2)+byteShape(a2)+fmt.Sprint(f2))
		c.eq("Fields", a, sliceShape(gb.Fields(s)), sliceShape(bytes.Fields(s)))
		c.eq("TrimSpace", a, byteShape(gb.TrimSpace(s)), byteShape(bytes.TrimSpace(s)))
		c.eq("ToUpper", a, byteShape(gb.ToUpper(s)), byteShape(bytes.ToUpper(s)))
		c.eq("ToLower", a, byteShape(gb.ToLower(s)), byteShape(bytes.ToLower(s)))
		c.eq("ToTitle", a, byteShape(gb.ToTitle(s)), byteShape(bytes.ToTitle(s)))
		c.eq("ToValidUTF8", a, byteShape(gb.ToValidUTF8(s, u)), byteShape(bytes.ToValidUTF8(s, u)))
		c.eq("Runes", a, gb.Runes(s), bytes.Runes(s))
		c.eq("Repeat", a, byteShape(gb.Repeat(s, i%4)), byteShape(bytes.Repeat(s, i%4)))
		if len(s) > 0 {
			c.eq("IndexByte", a, gb.IndexByte(s, s[len(s)/2]), bytes.IndexByte(s, s[len(s)/2]))
			c.eq("LastIndexByte", a, gb.LastIndexByte(s, s[len(s)/2]), bytes.LastIndexByte(s, s[len(s)/2]))
		}
		for _, ru := range []rune{'a', ' ', 'é', 'Я', 0x1F600, utf8.RuneError, -1, 0xD800, 0x110000} {
			c.eq("IndexRune", a, gb.IndexRune(s, ru), bytes.IndexRune(s, ru))
			c.eq("ContainsRune", a, gb.ContainsRune(s, ru), bytes.ContainsRune(s, ru))
		}
		for k, f := range runePreds {
			c.eq(fmt.Sprint("IndexFunc ", k), a, gb.IndexFunc(s, f), bytes.IndexFunc(s, f))
			c.eq(fmt.Sprint("LastIndexFunc ", k), a, gb.LastIndexFunc(s, f), bytes.LastIndexFunc(s, f))
			c.eq(fmt.Sprint("TrimFunc ", k), a, byteShape(gb.TrimFunc(s, f)), byteShape(bytes.TrimFunc(s, f)))
			c.eq(fmt.Sprint("TrimLeftFunc ", k), a, byteShape(gb.TrimLeftFunc(s, f)), byteShape(bytes.TrimLeftFunc(s, f)))
			c.eq(fmt.Sprint("TrimRightFunc ", k), a, byteShape(gb.TrimRightFunc(s, f)), byteShape(bytes.TrimRightFunc(s, f)))
			c.eq(fmt.Sprint("FieldsFunc ", k), a, sliceShape(gb.FieldsFunc(s, f)), sliceShape(bytes.FieldsFunc(s, f)))
		}
		for k, m := range runeMaps {
			c.eq(fmt.Sprint("Map ", k), a, byteShape(gb.Map(m, s)), byteShape(bytes.Map(m, s)))
		}
		parts := bytes.Split(s, []byte(" "))
		if r.Intn(3) == 0 {
			parts = parts[:r.Intn(len(parts)+1)]
		}
		c.eq("Join", a, byteShape(gb.Join(parts, u)), byteShape(bytes.Join(parts, u)))
	}
	for i := 0; i < 300; i++ {
		s := []byte(randText(r, 200))
		for j := 0; j < 4; j++ {
			var u []byte
			if len(s) > 0 {
				p := r.Intn(len(s))
				u = s[p : p+r.Intn(len(s)-p+1)]
			}
			if j == 3 {
				u = append(append([]byte{}, u...), 'q')
			}
			a := []interface{}{string(s), string(u)}
			c.eq("Index long", a, gb.Index(s, u), bytes.Index(s, u))
			c.eq("LastIndex long", a, gb.LastIndex(s, u), bytes.LastIndex(s, u))
		}
	}
	t.Logf("%d bytes comparisons", c.n)
}

// TestBuffer drives a goshim Buffer and a Go Buffer with the same random
// operations and compares every result and the state after each step.
func TestBuffer(t *testing.T) {
	r := rand.New(rand.NewSource(8))
	steps := 0
	for round := 0; round < 200; round++ {
		var g gb.Buffer
		var w bytes.Buffer
		if round%3 == 1 {
			init := []byte(randText(r, 5))
			g = *gb.NewBuffer(append([]byte(nil), init...))
			w = *bytes.NewBuffer(append([]byte(nil), init...))
		} else if round%3 == 2 {
			s := randText(r, 5)
			g = *gb.NewBufferString(s)
			w = *bytes.NewBufferString(s)
		}
		eofText := func(e error) string {
			if e == io.EOF {
				return "EOF"
			}
			return errText(e)
		}
		for i := 0; i < 300; i++ {
			steps++
			var got, want string
			op := r.Intn(16)
			switch op {
			case 0:
				s := randText(r, 4)
				n1, e1 := g.WriteString(s)
				n2, e2 := w.WriteString(s)
				got, want = fmt.Sprint(n1, e1), fmt.Sprint(n2, e2)
			case 1:
				p := []byte(randText(r, 4))
				n1, e1 := g.Write(p)
				n2, e2 := w.Write(p)
				got, want = fmt.Sprint(n1, e1), fmt.Sprint(n2, e2)
			case 2:
				ch := byte(r.Intn(256))
				got, want = fmt.Sprint(g.WriteByte(ch)), fmt.Sprint(w.WriteByte(ch))
			case 3:
				ru := []rune{'a', 'é', 0x1F600, -1, 0xD800, 0x10FFFF}[r.Intn(6)]
				n1, e1 := g.WriteRune(ru)
				n2, e2 := w.WriteRune(ru)
				got, want = fmt.Sprint(n1, e1), fmt.Sprint(n2, e2)
			case 4:
				p1, p2 := make([]byte, r.Intn(6)), make([]byte, 0)
				p2 = make([]byte, len(p1))
				n1, e1 := g.Read(p1)
				n2, e2 := w.Read(p2)
				got, want = fmt.Sprintf("%d %q %s", n1, p1, eofText(e1)), fmt.Sprintf("%d %q %s", n2, p2, eofText(e2))
			case 5:
				c1, e1 := g.ReadByte()
				c2, e2 := w.ReadByte()
				got, want = fmt.Sprint(c1, eofText(e1)), fmt.Sprint(c2, eofText(e2))
			case 6:
				r1, s1, e1 := g.ReadRune()
				r2, s2, e2 := w.ReadRune()
				got, want = fmt.Sprint(r1, s1, eofText(e1)), fmt.Sprint(r2, s2, eofText(e2))
			case 7:
				got, want = errText(g.UnreadRune()), errText(w.UnreadRune())
			case 8:
				got, want = errText(g.UnreadByte()), errText(w.UnreadByte())
			case 9:
				d := "a \n\xff"[r.Intn(4)]
				l1, e1 := g.ReadString(d)
				l2, e2 := w.ReadString(d)
				got, want = fmt.Sprintf("%q %s", l1, eofText(e1)), fmt.Sprintf("%q %s", l2, eofText(e2))
			case 10:
				d := "a \n"[r.Intn(3)]
				l1, e1 := g.ReadBytes(d)
				l2, e2 := w.ReadBytes(d)
				got, want = byteShape(l1)+eofText(e1), byteShape(l2)+eofText(e2)
			case 11:
				n := r.Intn(5)
				got, want = fmt.Sprintf("%q", g.Next(n)), fmt.Sprintf("%q", w.Next(n))
			case 12:
				if g.Len() > 0 {
					n := r.Intn(g.Len() + 1)
					g.Truncate(n)
					w.Truncate(n)
				}
			case 13:
				n := r.Intn(200)
				g.Grow(n)
				w.Grow(n)
				if g.Cap()-g.Len() < n {
					t.Fatal("Grow did not make room")
				}
			case 14:
				if r.Intn(10) == 0 {
					g.Reset()
					w.Reset()
				}
			case 15:
				got, want = fmt.Sprintf("%q", g.Bytes()), fmt.Sprintf("%q", w.Bytes())
			}
			if got != want || g.String() != w.String() || g.Len() != w.Len() {
				t.Fatalf("round %d step %d op %d: got %q want %q; state %q vs %q", round, i, op, got, want, g.String(), w.String())
			}
		}
	}
	var nb *gb.Buffer
	if nb.String() != "<nil>" {
		t.Error("nil Buffer String")
	}
	mustPanic(t, "bytes.Buffer: truncation out of range", func() { var x gb.Buffer; x.WriteString("ab"); x.Truncate(3) })
	mustPanic(t, "bytes.Buffer.Grow: negative count", func() { var x gb.Buffer; x.Grow(-1) })
	mustPanic(t, "bytes: negative Repeat count", func() { gb.Repeat([]byte("a"), -1) })
	_ = reflect.DeepEqual
	t.Logf("%d Buffer steps", steps)
}
