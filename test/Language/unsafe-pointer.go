// package unsafe: Pointer conversions, Add, Slice and its panics, Offsetof-based field access, pointer-keyed maps
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
	// Pointer arithmetic: walk an array through unsafe.Add.
	a := [4]int32{10, 20, 30, 40}
	p := unsafe.Pointer(&a[0])
	for i := 0; i < 4; i++ {
		q := (*int32)(unsafe.Add(p, i*int(unsafe.Sizeof(a[0]))))
		*q += 1
	}
	fmt.Println(a)
	// Through uintptr and back, in one expression.
	second := (*int32)(unsafe.Pointer(uintptr(p) + unsafe.Sizeof(a[0])))
	fmt.Println(*second)
	// Field access through Offsetof.
	s.B = 77
	pb := (*int32)(unsafe.Add(unsafe.Pointer(&s), unsafe.Offsetof(s.B)))
	fmt.Println(*pb)
	*pb = 78
	fmt.Println(s.B)
	// unsafe.Slice over an array.
	sl := unsafe.Slice(&a[1], 2)
	fmt.Println(sl, len(sl), cap(sl))
	sl[0] = 99
	fmt.Println(a[1])
	var np *int
	fmt.Println(len(unsafe.Slice(np, 0)), unsafe.Slice(np, 0) == nil)
	// Reinterpret float bits.
	f := 1.5
	fmt.Printf("%#x\n", *(*uint64)(unsafe.Pointer(&f)))
	// Pointer comparisons and nil.
	var up unsafe.Pointer
	fmt.Println(up == nil, unsafe.Pointer(&a) == unsafe.Pointer(&a[0]))
	// Map keyed by unsafe.Pointer.
	m := map[unsafe.Pointer]int{p: 1}
	fmt.Println(m[unsafe.Pointer(&a[0])])
	func() {
		defer func() { fmt.Println(recover()) }()
		n := -1
		_ = unsafe.Slice(&a[0], n)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		n := 3
		_ = unsafe.Slice(np, n)
	}()
}

// CHECK:[11 21 31 41]
// CHECK-NEXT:21
// CHECK-NEXT:77
// CHECK-NEXT:78
// CHECK-NEXT:[21 31] 2 2
// CHECK-NEXT:99
// CHECK-NEXT:0 true
// CHECK-NEXT:0x3ff8000000000000
// CHECK-NEXT:true true
// CHECK-NEXT:1
// CHECK-NEXT:runtime error: unsafe.Slice: len out of range
// CHECK-NEXT:runtime error: unsafe.Slice: ptr is nil and len is not zero
