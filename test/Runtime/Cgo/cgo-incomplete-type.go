// runtime/cgo.Incomplete (Go 1.20) exists as a zero-size struct type usable through pointers; gc's not-in-heap restriction (no new(Incomplete)) is not enforced by goshim. Go 1.19 has no Incomplete, so no oracle.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
package main

import (
	"fmt"
	"runtime/cgo"
	"unsafe"
)

type opaque struct {
	_ cgo.Incomplete
}

func main() {
	var p *cgo.Incomplete
	var q *opaque
	fmt.Println(p == nil, q == nil, unsafe.Sizeof(opaque{}))
	fmt.Printf("%T\n", p)
}

// CHECK:true true 0
// CHECK-NEXT:*cgo.Incomplete
