// an unrecovered index error prints the runtime error after running defers
// RUN: %goshim build -o %t %s
// RUN: not env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t >/dev/null 2>&1; test $? -eq 2
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

import "fmt"

func main() {
	a := []int{1, 2, 3}
	i := 5
	defer fmt.Println("deferred before crash")
	fmt.Println(a[i])
}

// CHECK:deferred before crash
// CHECK-NEXT:panic: runtime error: index out of range [5] with length 3
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
