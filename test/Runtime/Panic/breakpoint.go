// runtime.Breakpoint without a debugger attached ends the program as gc does: the signal's name (SIGTRAP: trace trap, or SIGILL where the target's trap instruction is an undefined one), a PC= m= sigcode= line, a blank line, the goroutine's trace through main.main, every other goroutine, exit status 2. gc also dumps the registers; goshim does not.
// RUN: %goshim build -o %t %s
// RUN: not %run %t > %t.out 2> %t.err; FileCheck --input-file %t.err %s; FileCheck --check-prefix=OUT --input-file %t.out %s
// RUN: %run %t > /dev/null 2>&1; test $? -eq 2
package main

import (
	"fmt"
	"runtime"
)

//go:noinline
func stop() {
	runtime.Breakpoint()
	fmt.Println("after the breakpoint")
}

func main() {
	done := make(chan bool)
	go func() { <-done }()
	fmt.Println("before the breakpoint")
	stop()
}

// OUT:before the breakpoint
// OUT-NOT:after the breakpoint

// CHECK:{{^}}SIG{{TRAP: trace trap|ILL: illegal instruction}}
// CHECK-NEXT:{{^}}PC=0x{{[0-9a-f]+}} m={{[0-9]+}} sigcode={{[0-9]+$}}
// CHECK-EMPTY:
// CHECK-NEXT:{{^}}goroutine 1 [running]:
// CHECK:{{^}}main.stop()
// CHECK:{{^}}main.main()
// CHECK:{{^}}goroutine {{[0-9]+}} [chan receive]:
