// unsafe.Sizeof/Alignof/Offsetof on the 64-bit layout
// armv7: gc's 32-bit ARM aligns 64-bit values to 4 bytes, goshim keeps LLVM's 8 (docs/FRONTEND.md).
// UNSUPPORTED: target-armv7
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"unsafe"
)

type Inner struct {
	A byte
	B int32
}

type S struct {
	X bool
	Y int64
	Inner
	Z string
	W []int
	V interface{}
	P *int
}

func main() {
	var s S
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s), unsafe.Sizeof(s.Inner), unsafe.Alignof(s.X))
	fmt.Println(unsafe.Offsetof(s.X), unsafe.Offsetof(s.Y), unsafe.Offsetof(s.Inner), unsafe.Offsetof(s.B), unsafe.Offsetof(s.Z), unsafe.Offsetof(s.W), unsafe.Offsetof(s.V), unsafe.Offsetof(s.P))
	fmt.Println(unsafe.Sizeof(int(0)), unsafe.Sizeof(""), unsafe.Sizeof([3]int16{}), unsafe.Sizeof(complex64(0)), unsafe.Sizeof(struct{}{}), unsafe.Sizeof(uintptr(0)))
	const c = unsafe.Sizeof(s.Y)
	var arr [c]byte
	fmt.Println(len(arr))

}

// CHECK:88 8 8 1
// CHECK-NEXT:0 8 16 20 24 40 64 80
// CHECK-NEXT:8 16 6 8 0 8
// CHECK-NEXT:8
