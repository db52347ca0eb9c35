package main

func main() {
	x, y := 7, 3
	var u uint8 = 200
	println(x+y, x-y, x*y, x/y, x%y)
	println(x&y, x|y, x^y, x&^y, x<<2, x>>1, ^x, -x, +x)
	println(x == y, x != y, x < y, x <= y, x > y, x >= y)
	b := x > 0 && y > 0 || !(x < y)
	println(b, !b)
	x += 1
	x -= 2
	x *= 3
	x /= 2
	x %= 5
	x &= 6
	x |= 8
	x ^= 1
	x <<= 2
	x >>= 1
	x &^= 4
	x++
	y--
	u += 100
	f := 1.5
	f *= 2
	f /= 3
	s := "a" + "b"
	s += "c"
	println(x, y, u, f, s, s < "b", s >= "abc")
	p := &x
	*p = 10
	println(*p, x)
	const big = 1 << 62
	println(big>>60, uint64(1)<<63)
}
