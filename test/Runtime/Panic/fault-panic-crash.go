// An unrecovered fault that became a panic (SetPanicOnFault) runs the deferred calls, then prints gc's report: the panic value, the [signal ...] line after it, and the goroutine's trace from the faulting frame (its line is the faulting instruction's); a fault that was recovered leaves no [signal ...] line on a later, ordinary panic.
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace --check-prefix=FAULT %s
// RUN: %run %t >/dev/null 2>&1; test $? -eq 2
// RUN: not %run %t later 2>&1 | FileCheck --match-full-lines --strict-whitespace --check-prefix=LATER %s
// ORACLE: exit=2 --match-full-lines --strict-whitespace --check-prefix=FAULT
// armv7's unwinder (EHABI) cannot describe a call injected at a faulting instruction: faults stay fatal there.
// UNSUPPORTED: shadow-stack
package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"unsafe"
)

//go:noinline
func read(addr uintptr) int {
	return *(*int)(unsafe.Pointer(addr))
}

func main() {
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		read(8)
	}()
	if len(os.Args) > 1 {
		panic("later")
	}
	debug.SetPanicOnFault(true)
	defer fmt.Println("deferred in main")
	fmt.Println(read(0xdead0000))
}

// FAULT:recovered: runtime error: invalid memory address or nil pointer dereference
// FAULT-NEXT:deferred in main
// FAULT-NEXT:panic: runtime error: invalid memory address or nil pointer dereference
// FAULT-NEXT:[signal SIGSEGV: segmentation violation code=0x{{[0-9a-f]+}} addr=0xdead0000 pc=0x{{[0-9a-f]+}}]
// FAULT-EMPTY:
// FAULT-NEXT:goroutine 1 [running]:
// FAULT-NEXT:main.read({{.*}})
// FAULT-NEXT:	{{.*}}fault-panic-crash.go:20{{( \+0x[0-9a-f]+)?}}
// FAULT-NEXT:main.main()
// FAULT-NEXT:	{{.*}}fault-panic-crash.go:33 +0x{{[0-9a-f]+}}

// LATER:recovered: runtime error: invalid memory address or nil pointer dereference
// LATER-NEXT:panic: later
// LATER-EMPTY:
// LATER-NEXT:goroutine 1 [running]:
// LATER-NEXT:main.main()
// LATER-NEXT:	{{.*}}fault-panic-crash.go:29 +0x{{[0-9a-f]+}}
