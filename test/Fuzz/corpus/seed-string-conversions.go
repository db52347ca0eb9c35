package main
type R rune
type B []byte
func main() {
	println(string(rune(65)), string(R(0x4e16)), string(B("hi")), string([]rune{72, 105}))
	var u8 byte = 'z'
	println(string(rune(u8)), []byte("x")[0])
	s := "abc"
	for i := range []byte(s) {
		print(i)
	}
	println()
	println(len(string(rune(-1))))
}
