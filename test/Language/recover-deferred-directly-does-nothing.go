// defer recover() does not stop a panic: recover is not called by a deferred function
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

func f() {
	defer fmt.Println("after")
	defer recover()
	panic("x")
}

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	f()
}

// CHECK:after
// CHECK-NEXT:main recovered: x
