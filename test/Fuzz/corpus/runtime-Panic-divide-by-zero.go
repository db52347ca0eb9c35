// Integer division by a zero variable panics with Go's runtime error message;
// MinInt64 / -1 wraps instead of trapping.
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>&1 | FileCheck --match-full-lines %s
// ORACLE: exit=2 --match-full-lines
package main

func div(a, b int64) int64 { return a / b }
func rem(a, b int64) int64 { return a % b }

func main() {
	var min int64 = -9223372036854775808
	println(div(min, -1), rem(min, -1), div(7, -2), rem(-7, 2))
	println(div(1, 0))
}

// CHECK:-9223372036854775808 0 -3 -1
// CHECK-NEXT:panic: runtime error: integer divide by zero
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
