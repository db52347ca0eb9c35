// A non-constant shift of an untyped constant takes the type of the other operand of a binary expression (the spec's "type it would assume if the shift expression were replaced by its left operand alone"): u8 + 1<<s is a uint8 (and wraps as one), u8 == 1<<s compares uint8s, flags&(1<<uint(i)) != 0 works for every integer type, on either side.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

func main() {
	var s uint = 2
	var u8 uint8 = 254
	fmt.Println(u8 + 1<<s)
	fmt.Println(u8 == 1<<s, 1<<s == u8, 1<<s+u8)
	var flags uint16 = 0x8005
	for i := 0; i < 16; i++ {
		if flags&(1<<uint(i)) != 0 {
			fmt.Print(i, " ")
		}
	}
	fmt.Println()
	var i64 int64 = -1
	fmt.Println(i64<<s, i64-(1<<s), (1<<s)*i64)
	var i8 int8 = 100
	fmt.Println(i8+1<<s, i8+(1<<(s+4)))
	x := 1 << s
	fmt.Printf("%T %v\n", x, x)
}

// CHECK:2
// CHECK-NEXT:false false 2
// CHECK-NEXT:0 2 15 
// CHECK-NEXT:-4 -5 -4
// CHECK-NEXT:104 -92
// CHECK-NEXT:int 4
