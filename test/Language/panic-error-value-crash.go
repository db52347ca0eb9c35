// an unrecovered error value panic prints Error() after running defers
// RUN: %goshim build -o %t %s
// RUN: not env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t >/dev/null 2>&1; test $? -eq 2
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

import "errors"

type E struct{ code int }

func main() {
	defer println("deferred println")
	panic(errors.New("an error value"))
}

// CHECK:deferred println
// CHECK-NEXT:panic: an error value
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
