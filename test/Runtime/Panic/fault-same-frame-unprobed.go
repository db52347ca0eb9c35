// Known divergence from gc: in a program that never calls debug.SetPanicOnFault, goshim does not probe memory accesses, so a nil-page fault at an instruction of a function whose own deferred call recovers has no landing pad to return through: the deferred call runs and recovers, then the program stops with a fatal error naming the cause (gc returns (0, the error)). A caller's deferred call recovers such a fault normally (set-panic-on-fault.go).
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: %run %t >/dev/null 2>&1; test $? -eq 2
// armv7's unwinder (EHABI) cannot describe a call injected at a faulting instruction: faults stay fatal there.
// UNSUPPORTED: shadow-stack
package main

import (
	"fmt"
	"unsafe"
)

func f(addr uintptr) (v int, err error) {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err = r.(error)
	}()
	return *(*int)(unsafe.Pointer(addr)), nil
}

func main() {
	fmt.Println(f(8))
}

// CHECK:recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:fatal error: recover: a function cannot return after a fault in its own code unless the program uses debug.SetPanicOnFault
