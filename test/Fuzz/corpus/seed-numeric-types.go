package main

func main() {
	var i8 int8 = 127
	var i16 int16 = -32768
	var i32 int32 = 1 << 30
	var i64 int64 = 1<<63 - 1
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 1<<32 - 1
	var u64 uint64 = 1<<64 - 1
	var f32 float32 = 3.4e38
	var f64 float64 = 1.7e308
	var c64 complex64 = 1 + 2i
	var c128 complex128 = complex(f64, 0)
	var b byte = 'x'
	var r rune = '世'
	var up uintptr = 0
	i8++
	u8++
	println(i8, i16, i32, i64, u8, u16, u32, u64, f32, f64, real(c64), imag(c128), b, r, up)
	println(i64/-1, i16 / -1, -i16, u64>>63, i32<<2, float32(i32)*f32)
	println(f64*10, -f64*10, f64-f64*10 == 0)
	var zero float64
	println(1/zero, -1/zero, zero/zero == zero/zero)
}
