package stdcheck

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"testing"
	"unicode/utf8"

	gerrors "goshimstd/errors"
	gutf8 "goshimstd/unicode/utf8"
)

type wrapErr struct {
	msg string
	err error
}

func (e *wrapErr) Error() string { return e.msg }
func (e *wrapErr) Unwrap() error { return e.err }

type valErr struct{ code int } // comparable value type

func (e valErr) Error() string { return fmt.Sprint("code ", e.code) }

type isErr struct{ match error }

func (e isErr) Error() string        { return "is" }
func (e isErr) Is(target error) bool { return target == e.match }
func (e isErr) As(target any) bool {
	if p, ok := target.(*valErr); ok {
		*p = valErr{99}
		return true
	}
	return false
}

type otherIface interface{ Other() }

func TestErrors(t *testing.T) {
	a := gerrors.New("a")
	b := gerrors.New("a")
	if a.Error() != "a" || a == b {
		t.Fatal("New")
	}
	base := valErr{1}
	sentinel := errors.New("sentinel")
	chains := []error{
		nil, a, base, sentinel,
		&wrapErr{"w1", base},
		&wrapErr{"w2", &wrapErr{"w1", sentinel}},
		&wrapErr{"w3", isErr{sentinel}},
		fmt.Errorf("fmt: %w", &wrapErr{"w", valErr{2}}),
		&fs.PathError{Op: "open", Path: "x", Err: os.ErrNotExist},
		isErr{a},
		&wrapErr{"nil inside", nil},
	}
	targets := []error{nil, a, b, base, valErr{2}, sentinel, os.ErrNotExist, fs.ErrNotExist, isErr{a}}
	for _, e := range chains {
		if gerrors.Unwrap(e) != errors.Unwrap(e) {
			t.Errorf("Unwrap(%v)", e)
		}
		for _, tg := range targets {
			if gerrors.Is(e, tg) != errors.Is(e, tg) {
				t.Errorf("Is(%v, %v) = %v", e, tg, gerrors.Is(e, tg))
			}
		}
		// As into a concrete value type, a pointer type and interfaces
		var v1, v2 valErr
		if gerrors.As(e, &v1) != errors.As(e, &v2) || v1 != v2 {
			t.Errorf("As(%v, *valErr): %v %v", e, v1, v2)
		}
		var p1, p2 *fs.PathError
		if gerrors.As(e, &p1) != errors.As(e, &p2) || p1 != p2 {
			t.Errorf("As(%v, **PathError)", e)
		}
		var w1, w2 *wrapErr
		if gerrors.As(e, &w1) != errors.As(e, &w2) || w1 != w2 {
			t.Errorf("As(%v, **wrapErr)", e)
		}
		var i1, i2 interface{ Unwrap() error }
		if gerrors.As(e, &i1) != errors.As(e, &i2) || i1 != i2 {
			t.Errorf("As(%v, *interface{Unwrap})", e)
		}
		var o1, o2 otherIface
		if gerrors.As(e, &o1) != errors.As(e, &o2) {
			t.Errorf("As(%v, *otherIface)", e)
		}
		var e1, e2 interface{ Error() string }
		if gerrors.As(e, &e1) != errors.As(e, &e2) || e1 != e2 {
			t.Errorf("As(%v, *interface{Error})", e)
		}
	}
	mustPanic(t, "errors: target cannot be nil", func() { gerrors.As(a, nil) })
	mustPanic(t, "errors: target must be a non-nil pointer", func() { gerrors.As(a, 3) })
	mustPanic(t, "errors: target must be a non-nil pointer", func() { var p *valErr; gerrors.As(a, p) })
	mustPanic(t, "errors: *target must be interface or implement error", func() { var s string; gerrors.As(a, &s) })
}

func TestUTF8(t *testing.T) {
	n := 0
	// every sequence of up to 3 bytes, and 4-byte sequences with a
	// leading F0..F7 byte plus random tails
	check := func(p []byte) {
		n++
		s := string(p)
		r1, s1 := gutf8.DecodeRune(p)
		r2, s2 := utf8.DecodeRune(p)
		r3, s3 := gutf8.DecodeRuneInString(s)
		r4, s4 := gutf8.DecodeLastRune(p)
		r5, s5 := utf8.DecodeLastRune(p)
		r6, s6 := gutf8.DecodeLastRuneInString(s)
		if r1 != r2 || s1 != s2 || r3 != r2 || s3 != s2 || r4 != r5 || s4 != s5 || r6 != r5 || s6 != s5 {
			t.Fatalf("decode %x: %x/%d %x/%d last %x/%d %x/%d", p, r1, s1, r2, s2, r4, s4, r5, s5)
		}
		if gutf8.FullRune(p) != utf8.FullRune(p) || gutf8.FullRuneInString(s) != utf8.FullRune(p) ||
			gutf8.Valid(p) != utf8.Valid(p) || gutf8.ValidString(s) != utf8.Valid(p) ||
			gutf8.RuneCount(p) != utf8.RuneCount(p) || gutf8.RuneCountInString(s) != utf8.RuneCount(p) {
			t.Fatalf("predicates %x", p)
		}
	}
	check(nil)
	buf := make([]byte, 8)
	for i := 0; i < 256; i++ {
		check([]byte{byte(i)})
		if gutf8.RuneStart(byte(i)) != utf8.RuneStart(byte(i)) {
			t.Fatal("RuneStart")
		}
		for j := 0; j < 256; j++ {
			check([]byte{byte(i), byte(j)})
			if i >= 0xC0 || i < 0x80 && i%16 == 0 {
				for k := 0; k < 256; k++ {
					check([]byte{byte(i), byte(j), byte(k)})
				}
			}
		}
	}
	r := rand.New(rand.NewSource(14))
	for i := 0; i < 300000; i++ {
		buf = buf[:1+r.Intn(8)]
		for k := range buf {
			switch r.Intn(3) {
			case 0:
				buf[k] = byte(0x80 + r.Intn(64))
			case 1:
				buf[k] = byte(0xE0 + r.Intn(32))
			default:
				buf[k] = byte(r.Intn(256))
			}
		}
		check(buf)
	}
	// encoding of every rune and of invalid ones
	var g, w [4]byte
	for c := rune(-3); c <= utf8.MaxRune+3; c++ {
		if gutf8.RuneLen(c) != utf8.RuneLen(c) || gutf8.ValidRune(c) != utf8.ValidRune(c) {
			t.Fatalf("RuneLen/ValidRune %x", c)
		}
		n1 := gutf8.EncodeRune(g[:], c)
		n2 := utf8.EncodeRune(w[:], c)
		if n1 != n2 || g != w || string(gutf8.AppendRune([]byte("x"), c)) != string(utf8.AppendRune([]byte("x"), c)) {
			t.Fatalf("EncodeRune %x", c)
		}
	}
	for _, c := range []rune{-1 << 31, 1<<31 - 1, 0x110000, 0xD800} {
		if gutf8.RuneLen(c) != utf8.RuneLen(c) || gutf8.EncodeRune(g[:], c) != utf8.EncodeRune(w[:], c) || g != w {
			t.Fatal("invalid runes")
		}
	}
	if gutf8.RuneError != utf8.RuneError || gutf8.RuneSelf != utf8.RuneSelf || gutf8.MaxRune != utf8.MaxRune || gutf8.UTFMax != utf8.UTFMax {
		t.Fatal("constants")
	}
	t.Logf("%d byte sequences decoded, every rune encoded", n)
}
