// recover only stops a panic when called directly by the deferred function
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

func helper() interface{} { return recover() }

func main() {
	defer func() {
		fmt.Println("direct:", recover())
	}()
	defer func() {
		fmt.Println("indirect:", helper())
	}()
	panic("only the direct call recovers")
}

// CHECK:indirect: <nil>
// CHECK-NEXT:direct: only the direct call recovers
