// Value of a deleted runtime/cgo Handle is an unrecovered panic: gc's message and exit status 2
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: %run %t >/dev/null 2>&1; test $? -eq 2
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime/cgo"
)

func main() {
	h := cgo.NewHandle("v")
	fmt.Println(h.Value())
	h.Delete()
	fmt.Println(h.Value())
}

// CHECK:v
// CHECK-NEXT:panic: runtime/cgo: misuse of an invalid Handle
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
