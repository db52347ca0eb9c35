// debug.PrintStack writes debug.Stack's trace to standard error: the calling goroutine with runtime/debug.Stack on top, then the callers (gc's shape: "f()" for a function without parameters, "(...)" for the others and inlined frames)
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 >/dev/null | FileCheck --match-full-lines --strict-whitespace -DFILE=%s %s
package main

import "runtime/debug"

//go:noinline
func report() {
	debug.PrintStack()
}

func main() {
	report()
}

// CHECK:goroutine 1 [running]:
// CHECK-NEXT:runtime/debug.Stack{{\(\)|\(\.\.\.\)}}
// CHECK-NEXT:	{{.*}}/runtime/debug/stack.go:{{[0-9]+}} +0x{{[0-9a-f]+}}
// CHECK-NEXT:runtime/debug.PrintStack{{\(\)|\(\.\.\.\)}}
// CHECK-NEXT:	{{.*}}/runtime/debug/stack.go:{{[0-9]+}}{{( \+0x[0-9a-f]+)?}}
// CHECK-NEXT:main.report{{\(\)|\(\.\.\.\)}}
// CHECK-NEXT:	[[FILE]]:10{{( \+0x[0-9a-f]+)?}}
// CHECK-NEXT:main.main()
// CHECK-NEXT:	[[FILE]]:14{{( \+0x[0-9a-f]+)?}}
// CHECK-EMPTY:
