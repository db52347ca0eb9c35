// go with a nil function value is a fatal error (a throw, exit status 2), as in gc
// RUN: %goshim build -o %t %s
// RUN: not env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t >/dev/null 2>&1; test $? -eq 2
// RUN: env GOMAXPROCS=1 %run %t >/dev/null 2>&1; test $? -eq 2
// RUN: env GOMAXPROCS=4 %run %t >/dev/null 2>&1; test $? -eq 2
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

func main() {
	println("start")
	var f func()
	go f()
	println("after")
}

// CHECK:start
// CHECK-NEXT:fatal error: go of nil func value
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
