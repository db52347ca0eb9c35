// panic with a fmt.Stringer value prints its String() text, as gc 1.19 does
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

type S struct{ n int }

func (s S) String() string { return "stringer!" }

func main() {
	panic(S{1})
}

// CHECK:panic: stringer!
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
