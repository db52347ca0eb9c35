// panic with an error value prints its Error() text, as gc does
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

type E struct{ code int }

func (e *E) Error() string { return "custom error" }

func main() {
	var err error = &E{3}
	panic(err)
}

// CHECK:panic: custom error
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
