package main
func main() {
	s := uint(3)
	var a int64 = 1 << s
	var b = 1 << s
	var c float64 = float64(1 << s)
	var d int8 = 1 << 7 >> 1
	var e uint8 = 255
	e <<= s
	println(a, b, c, d, e, 1<<s == 8, 2.0<<s)
	var i interface{} = 1 << s
	println(i != nil)
}
