package main
func main() {
	var a int8 = -128
	var b int8 = -1
	println(a/b, a%b, -a)
	var x int = -9223372036854775808
	println(x/-1, x%-1)
	var u uint32 = 1 << 31
	println(u<<1, u>>31, int32(u))
	var f float64 = 1e308
	println(f*10, int64(f/1e300), uint8(300 % 256))
	var sh uint = 70
	println(1<<sh == 0, int64(-1)>>sh, uint64(1)<<sh)
	var neg = -5
	println(neg)
}
