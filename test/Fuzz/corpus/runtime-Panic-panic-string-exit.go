// An unrecovered panic("msg") prints Go's header and exits with status 2.
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %run %t 2>/dev/null; test $? -eq 2
// ORACLE: exit=2 --match-full-lines
package main

func main() {
	println("start")
	panic("something bad happened")
}

// CHECK:start
// CHECK-NEXT:panic: something bad happened
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
