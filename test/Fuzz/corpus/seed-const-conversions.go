package main
type Str string
const c = 'a'
const s Str = "hi"
func main() {
	println(string(c), Str("x")+s, len(s), float32(c), complex64(c))
	const big = 1 << 40
	println(big/1<<30, float64(big), uint64(big))
	println(int('x'), rune(120), byte(65), uint8(c))
	println(1 == 1.0, 'a' == 97, 2.0*3 == 6)
}
