// Strings: range decoding (including invalid UTF-8), indexing, slicing, concatenation, comparison, conversions
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

func main() {
	str := "héllo, 世界"
	for i, r := range str {
		print(i, ":", r, " ")
	}
	println()
	println(str[1], len(str), str[7:])
	x := "abc" + "def"
	y := x + str[0:1]
	println(y, y == "abcdefh", y != "abcdefh", y < "b", "b" >= y)
	b := []byte("hello")
	b[0] = 'j'
	println(string(b), len(b))
	rs := []rune(str)
	println(len(rs), string(rs[1]), string(rune(19990)), string(rune(-1)) == "\uFFFD")
	bad := "a\xffb"
	for i, r := range bad {
		print(i, ":", r, " ")
	}
	println()
	var sb []byte
	for i := 0; i < 3; i++ {
		sb = append(sb, "xy"...)
	}
	println(string(sb))
	n := 0
	for range str {
		n++
	}
	println(n)
}

// CHECK:0:104 1:233 3:108 4:108 5:111 6:44 7:32 8:19990 11:30028 
// CHECK-NEXT:195 14  世界
// CHECK-NEXT:abcdefh true false true true
// CHECK-NEXT:jello 5
// CHECK-NEXT:9 é 世 true
// CHECK-NEXT:0:97 1:65533 2:98 
// CHECK-NEXT:xyxyxy
// CHECK-NEXT:9
