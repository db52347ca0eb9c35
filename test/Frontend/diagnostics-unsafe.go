// Misuse of package unsafe gets gc 1.19's messages (checked with go build).
// RUN: not %goshim build -o %t %s 2>&1 | FileCheck %s -DFILE=%s
package main

import "unsafe"

type T struct{ a int }

func (T) M() {}

func main() {
	var t T
	var x int
	_ = unsafe.Offsetof(x)
	_ = unsafe.Offsetof(t.M)
	_ = unsafe.Slice(x, 1)
	_ = unsafe.Add(x, 1)
	_ = unsafe.Sizeof(nil)
	_ = unsafe.Slice(&x, -1)
	_ = unsafe.Pointer(3.5)
	_ = (*int)(x)
}

// CHECK: [[FILE]]:14:22: invalid argument: x is not a selector expression
// CHECK-NEXT: [[FILE]]:15:22: invalid argument: t.M is a method value
// CHECK-NEXT: [[FILE]]:16:19: invalid argument: x (variable of type int) is not a pointer
// CHECK-NEXT: [[FILE]]:17:17: cannot use x (variable of type int) as type unsafe.Pointer in argument to unsafe.Add
// CHECK-NEXT: [[FILE]]:18:20: use of untyped nil in argument to unsafe.Sizeof
// CHECK-NEXT: [[FILE]]:19:23: invalid argument: length -1 (constant of type int) must not be negative
// CHECK-NEXT: [[FILE]]:20:21: cannot convert 3.5 (untyped float constant) to type unsafe.Pointer
// CHECK-NEXT: [[FILE]]:21:13: cannot convert x (variable of type int) to type *int
