// debug.SetMaxStack lowers the limit: the next growth past it is gc's stack overflow report (the limit in bytes, the stack's bounds, the goroutine's frames) with exit status 2
// armv7's fixed stacks never grow, so no limit is checked there:
// REQUIRES: stackmaps
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>&1 | FileCheck --match-full-lines -DFILE=%s %s
// RUN: %run %t >/dev/null 2>&1; test $? -eq 2
package main

import (
	"fmt"
	"runtime/debug"
)

func f(n int) int {
	if n < 0 {
		return 0
	}
	return f(n+1)*2 - n
}

func main() {
	fmt.Println(debug.SetMaxStack(1 << 20))
	fmt.Println(f(0))
}

// CHECK:1000000000
// CHECK-NEXT:runtime: goroutine stack exceeds 1048576-byte limit
// CHECK-NEXT:runtime: sp=0x{{[0-9a-f]+}} stack=[0x{{[0-9a-f]+}}, 0x{{[0-9a-f]+}}]
// CHECK-NEXT:fatal error: stack overflow
// CHECK:goroutine 1 [running]:
// CHECK-NEXT:main.f(...)
// CHECK-NEXT:	[[FILE]]:{{[0-9]+}} +0x{{[0-9a-f]+}}
