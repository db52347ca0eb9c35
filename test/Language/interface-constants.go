// Untyped constants against interfaces take their default type (== and switch cases)
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

func main() {
	var x interface{}
	println(x == 1, x == nil)
	x = 'a'
	var y interface{} = 97
	println(x == 'a', x == y, y == 97)
	switch x {
	case 97:
		println("int")
	case 'a':
		println("rune")
	}
}

// CHECK:false true
// CHECK-NEXT:true false true
// CHECK-NEXT:rune
