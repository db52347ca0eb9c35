// A select case that is neither a send nor a receive is an error (a syntax
// error in gc, reported with the same words here).
// RUN: not %goshim build -o %t %s 2>&1 | FileCheck %s -DFILE=%s
package main

func main() {
	c := make(chan int)
	select {
	case c == nil:
	case <-c:
	}
}

// The expected lines are gc Go 1.19's (go build) for this file.
// CHECK: [[FILE]]:9:9: select case must be send or receive (possibly with assignment)
// CHECK-NOT: {{.}}
