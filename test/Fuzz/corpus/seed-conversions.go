package main

type MyInt int
type MyStr string
type Bytes []byte

func main() {
	i := 65
	f := float64(i) / 2
	u := uint32(f)
	i8 := int8(i)
	u64 := uint64(i8)
	c := complex(f, 1)
	c64 := complex64(c)
	println(f, u, i8, u64, real(c64), imag(c))
	s := string(rune(i))
	ms := MyStr(s)
	bs := Bytes(ms)
	println(s, string(ms), len(bs), MyInt(i)+1)
	var x uintptr = uintptr(i)
	println(x, float32(1)/3, int(-1.9*f))
	var any interface{} = MyInt(3)
	println(any.(MyInt))
	p := (*int)(nil)
	fn := (func())(nil)
	println(p == nil, fn == nil)
}
