// Constant overflow and division errors use gc's wording and per-line deduplication (as go build prints them).
// RUN: not %goshim build -o %t %s 2>&1 | FileCheck %s -DFILE=%s
package main

func main() {
	println(uint8(255) + 1)
	var x int8 = 200
	println(x, 1/0, 1.0/0.0)
}

// CHECK: [[FILE]]:6:10: uint8(255) + 1 (constant 256 of type uint8) overflows uint8
// CHECK-NEXT: [[FILE]]:7:15: cannot use 200 (untyped int constant) as int8 value in variable declaration (overflows)
// CHECK-NEXT: [[FILE]]:8:15: invalid operation: division by zero
// CHECK-NOT: division
