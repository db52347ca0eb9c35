package main

func f() (int, int) { return 1, 2 }
func g(int)          {}
func h() int         {}

func main() {
	x := f()
	g(f())
	g()
	g(1, 2)
	var a int
	a.b()
	a()
	a[0] = 1
	a := 2
	b, c := 1
	_ = 1 / 0
	_ = 1.0 % 2
	_ = "a" - "b"
	_ = 1 << 1.5
	_ = -"x"
	_ = !1
	_ = ^1.0
	_ = &1
	_ = *a
	_ = <-a
	a <- 1
	break
	continue
	fallthrough
	goto nowhere
	var unused int
	for i := range 5.5 {
	}
	const c2 = 256
	var u8 uint8 = c2
	_ = int8(200)
	_ = uint(-1)
	_ = x
	_, _ = b, c
	return 1
}
