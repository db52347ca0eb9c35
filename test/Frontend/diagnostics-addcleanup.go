// runtime.AddCleanup is checked as a builtin (goshim has no type parameters): argument count, ptr a pointer, cleanup a func of one parameter S, arg assignable to S, and the generic function used without a call; a built-in used as a value in := is an error, not a crash.
// The messages follow types2's wording for these errors (Go 1.24); no gc of
// that release is installed to compare them with, so they are not oracle output.
// RUN: not %goshim build -o %t %s 2>&1 | FileCheck %s -DFILE=%s
// RUN: %goshim build -o %t %s 2>/dev/null; test $? -eq 1
package main

import "runtime"

type T struct{ n int }

func main() {
	t := &T{}
	runtime.AddCleanup(t, func(s string) {})
	runtime.AddCleanup(7, func(s string) {}, "x")
	runtime.AddCleanup(t, 7, "x")
	runtime.AddCleanup(t, func(s string) {}, 5)
	var i int
	runtime.AddCleanup(t, func(s string) {}, i)
	runtime.AddCleanup(t, func(a, b string) {}, "x")
	var c runtime.Cleanup = runtime.AddCleanup(t, func(s *T) {}, nil)
	c.Stop()
	f := runtime.AddCleanup
	h := len
	_, _ = f, h
}

// CHECK: [[FILE]]:14:41: not enough arguments in call to runtime.AddCleanup
// CHECK-NEXT: [[FILE]]:15:21: in call to runtime.AddCleanup, type untyped int of 7 does not match *T (cannot infer T and S)
// CHECK-NEXT: [[FILE]]:16:24: in call to runtime.AddCleanup, type untyped int of 7 does not match func(S) (cannot infer T and S)
// CHECK-NEXT: [[FILE]]:17:43: cannot use 5 (untyped int constant) as string value in argument to runtime.AddCleanup
// CHECK-NEXT: [[FILE]]:19:43: in call to runtime.AddCleanup, type int of i does not match inferred type string for S
// CHECK-NEXT: [[FILE]]:20:24: in call to runtime.AddCleanup, type func(string, string) of func(a, b string) {} does not match func(S) (cannot infer T and S)
// CHECK-NEXT: [[FILE]]:23:7: cannot use generic function runtime.AddCleanup without instantiation
// CHECK-NEXT: [[FILE]]:24:7: len (built-in function) must be called
// CHECK-NOT: {{.}}
