// recover is nil without a panic and in a literal called by the deferred function
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

func noPanic() (r interface{}) {
	defer func() { r = recover() }()
	return "unchanged"
}

func viaDeferredHelper() {
	defer func() {
		// A nested literal called by the deferred function does not recover.
		func() { fmt.Println("nested literal:", recover()) }()
		fmt.Println("deferred function:", recover())
	}()
	panic("p")
}

func main() {
	fmt.Println("no panic:", noPanic())
	viaDeferredHelper()
	fmt.Println("done")
}

// CHECK:no panic: <nil>
// CHECK-NEXT:nested literal: <nil>
// CHECK-NEXT:deferred function: p
// CHECK-NEXT:done
