// select cases with direction errors and two defaults, and go statements
// whose call is a conversion or a builtin that only computes a value, in
// gc's words; go with runtime functions, close and methods is fine.
// RUN: not %goshim build -o %t %s 2>&1 | FileCheck %s -DFILE=%s
package main

import "runtime"

type T struct{}

func (T) M() {}

func main() {
	var r <-chan int
	var s chan<- int
	c := make(chan int)
	select {
	case r <- 1:
	case <-s:
	case y := <-s:
		_ = y
	case c <- "a":
	default:
	default:
	}
	go len("abc")
	go int(3)
	go new(int)
	go runtime.NumGoroutine()
	go close(c)
	var t T
	go t.M()
	go runtime.GOMAXPROCS(2)
}

// The expected lines are gc Go 1.19's (go build) for this file.
// CHECK: [[FILE]]:18:7: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)
// CHECK-NEXT: [[FILE]]:19:9: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)
// CHECK-NEXT: [[FILE]]:20:14: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)
// CHECK-NEXT: [[FILE]]:22:12: cannot use "a" (untyped string constant) as int value in send
// CHECK-NEXT: [[FILE]]:24:2: multiple defaults (first at [[FILE]]:23:2)
// CHECK-NEXT: [[FILE]]:26:5: go discards result of len("abc") (constant 3 of type int)
// CHECK-NEXT: [[FILE]]:27:5: go requires function call, not conversion int(3) (constant 3 of type int)
// CHECK-NEXT: [[FILE]]:28:5: go discards result of new(int) (value of type *int)
// CHECK-NOT: {{.}}
