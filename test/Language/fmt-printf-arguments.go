// fmt: missing, extra and bad operands, argument indexes, * width and precision, Print's spacing
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "x", nil, T{1}, []int{1})
	fmt.Printf("no verbs\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("abc%")
	fmt.Println()
	fmt.Printf("%z %Z %ä\n", 1, "s", 2)
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%[3]d %d\n", 1, 2, 3)
	fmt.Printf("%[5]d|%[0]d|%[x]d|%[1d|%[]d\n", 1, 2)
	fmt.Printf("%[2]*[1]d|\n", 12, 5)
	fmt.Printf("%*d|%-*d|%*d|\n", 5, 1, 5, 2, -5, 3)
	fmt.Printf("%.*f|%*.*f|\n", 2, 3.14159, 8, 3, 2.71828)
	fmt.Printf("%*d|%.*d\n", "x", 1, "y", 2)
	fmt.Printf("%*d\n", int8(4), 7)
	fmt.Printf("%*d\n", uint(3), 7)
	fmt.Printf("%.*d|\n", -1, 7)
	fmt.Printf("%*d\n", 10000000, 7)
	fmt.Printf("%[1]d %[1]x %[1]o %#[1]v\n", 64)
	fmt.Printf("%[2]d %d %d\n", 1, 2, 3)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%3[2]d|%.2[1]d\n", 5, 6)
	fmt.Printf("%v %v\n", nil, []interface{}{nil})
	fmt.Printf("%d %s %x\n", nil, nil, nil)
	fmt.Printf("%T\n", nil)
	fmt.Printf("%%d %5% %-5%|\n")
	fmt.Printf("%.3v %.3v %10.4v|\n", "abcdef", 3.14159, "xyz12345")
	fmt.Printf("%v%v%v\n", 1, "a", true)
	fmt.Print(1, 2, "a", 3, "b", "c", 4.5, nil, nil, true, '\n')
	fmt.Print("\n")
	fmt.Print(T{1}, T{2}, "x", []int{1}, []int{2}, "\n")
	fmt.Println("a", 1, "b", nil, T{3})
	s := fmt.Sprint("x", 1, 2, "y")
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintln("a", 1) + "|")
	fmt.Println(fmt.Sprintf("%08.3f|%-8.3f|%+08d|%x", -3.5, 2.25, 42, "hi"))
	fmt.Printf("%d %d %d\n", []interface{}{1, 2, 3}...)
	fmt.Printf("%v %v\n", [...]interface{}{1, "a"}, struct{}{})
	fmt.Printf("%-+5d|%+-5d|%0-5d|%-05d|\n", 3, 3, 3, 3)
	fmt.Printf("%#-8x|%#08x|%# x|\n", 255, 255, "ab")
}

// CHECK:1 %!d(MISSING)
// CHECK-NEXT:1
// CHECK-NEXT:%!(EXTRA int=2, string=x, <nil>, main.T={1}, []int=[1])no verbs
// CHECK-NEXT:%!(EXTRA int=1)%!!(MISSING)
// CHECK-NEXT:%!(NOVERB)
// CHECK-NEXT:abc%!(NOVERB)
// CHECK-NEXT:%!z(int=1) %!Z(string=s) %!ä(int=2)
// CHECK-NEXT:2 1
// CHECK-NEXT:3 %!d(MISSING)
// CHECK-NEXT:%!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)
// CHECK-NEXT:   12|
// CHECK-NEXT:    1|2    |3    |
// CHECK-NEXT:3.14|   2.718|
// CHECK-NEXT:%!(BADWIDTH)1|%!(BADPREC)2
// CHECK-NEXT:   7
// CHECK-NEXT:  7
// CHECK-NEXT:%!(BADPREC)7|
// CHECK-NEXT:%!(BADWIDTH)7
// CHECK-NEXT:64 40 100 64
// CHECK-NEXT:2 3 %!d(MISSING)
// CHECK-NEXT:1 2 1 2
// CHECK-NEXT:  6|05
// CHECK-NEXT:<nil> [<nil>]
// CHECK-NEXT:%!d(<nil>) %!s(<nil>) %!x(<nil>)
// CHECK-NEXT:<nil>
// CHECK-NEXT:%d % %|
// CHECK-NEXT:abc 3.14       xyz1|
// CHECK-NEXT:1atrue
// CHECK-NEXT:1 2a3bc4.5 <nil> <nil> true 10
// CHECK-NEXT:{1} {2}x[1] [2]
// CHECK-NEXT:a 1 b <nil> {3}
// CHECK-NEXT:x1 2y 5
// CHECK-NEXT:a 1
// CHECK-NEXT:|
// CHECK-NEXT:-003.500|2.250   |+0000042|6869
// CHECK-NEXT:1 2 3
// CHECK-NEXT:[1 a] {}
// CHECK-NEXT:+3   |+3   |3    |3    |
// CHECK-NEXT:0xff    |0x000000ff|0x61 0x62|
