// a deferred call that panics replaces the current panic; unrecovered output lists both
// RUN: %goshim build -o %t %s
// RUN: not env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t >/dev/null 2>&1; test $? -eq 2
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

import "fmt"

func main() {
	defer fmt.Println("first defer runs")
	defer func() {
		panic("second")
	}()
	panic("first")
}

// CHECK:first defer runs
// CHECK-NEXT:panic: first
