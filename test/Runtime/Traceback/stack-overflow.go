// Unbounded recursion hits the goroutine stack's guard page: gc's "fatal error: stack overflow" report, then the first 100 frames and "...additional frames elided...", exit status 2 (not a silent SIGSEGV)
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace -DFILE=%s %s
// RUN: %run %t >/dev/null 2>&1; test $? -eq 2
package main

func f(n int) int {
	if n < 0 {
		return 0
	}
	r := f(n + 1) // not a tail call: the square below needs r
	return r*r - n
}

func main() {
	println(f(0))
}

// CHECK:runtime: goroutine stack exceeds {{[0-9]+}}-byte limit
// CHECK-NEXT:runtime: sp=0x{{[0-9a-f]+}} stack=[0x{{[0-9a-f]+}}, 0x{{[0-9a-f]+}}]
// CHECK-NEXT:fatal error: stack overflow
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
// CHECK-NEXT:main.f(...)
// CHECK-NEXT:	[[FILE]]:{{[0-9]+}} +0x{{[0-9a-f]+}}
// CHECK-NEXT:main.f(...)
// CHECK-NEXT:	[[FILE]]:11 +0x{{[0-9a-f]+}}
// CHECK:...additional frames elided...
