// println/print of every basic type, formatted exactly as gc Go prints them.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: %goshim build -O0 -o %t.O0 %s
// RUN: %run %t.O0 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

func main() {
	var i8 int8 = -128
	var i16 int16 = 32767
	var i32 int32 = -2147483648
	var i64 int64 = 9223372036854775807
	var u8 uint8 = 255
	var u16 uint16 = 65535
	var u32 uint32 = 4294967295
	var u64 uint64 = 18446744073709551615
	var i int = -42
	var u uint = 42
	var up uintptr = 4096
	var f32 float32 = 0.1
	var f64 float64 = 1.5
	var c64 complex64 = complex(1, -2)
	var c128 complex128 = complex(0.5, 3)
	var b bool = true
	var s string = "héllo"
	var r rune = 'x'
	var by byte = 'A'
	println(i8, i16, i32, i64)
	println(u8, u16, u32, u64)
	println(i, u, up)
	println(f32, f64, -0.0, 1e300*10)
	println(c64, c128)
	println(b, !b, s, r, by)
	println()
	print("no", "spaces", 1, 2, "\n")
	var p *int
	println(p)
	println(int64(1)<<62, 'a', 2.5, "const")
}

// CHECK:-128 32767 -2147483648 9223372036854775807
// CHECK-NEXT:255 65535 4294967295 18446744073709551615
// CHECK-NEXT:-42 42 4096
// CHECK-NEXT:+1.000000e-001 +1.500000e+000 +0.000000e+000 +1.000000e+301
// CHECK-NEXT:(+1.000000e+000-2.000000e+000i) (+5.000000e-001+3.000000e+000i)
// CHECK-NEXT:true false héllo 120 65
// CHECK-EMPTY:
// CHECK-NEXT:nospaces12
// CHECK-NEXT:0x0
// CHECK-NEXT:4611686018427387904 97 +2.500000e+000 const
