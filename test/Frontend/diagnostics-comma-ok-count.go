// A comma-ok expression (receive, map index) assigned to three variables is
// reported at the expression as gc does; a variable of an undefined channel
// type causes no further errors; calling a non-function is reported at the
// call.
// RUN: not %goshim build -o %t %s 2>&1 | FileCheck %s -DFILE=%s
package main

func main() {
	c := make(chan int)
	m := map[int]int{}
	a, b, d := <-c
	var e, f, g = m[1]
	var h, i, j int
	h, i, j = <-c
	select {
	case k, l, n := <-c:
	}
	var u chan undefinedT
	<-u
	var x int
	go x()
	_, _, _, _, _, _, _, _, _ = a, b, d, e, f, g, h, i, j
}

// The expected lines are gc Go 1.19's (go build) for this file.
// CHECK: [[FILE]]:11:13: assignment mismatch: 3 variables but 1 value
// CHECK-NEXT: [[FILE]]:12:16: assignment mismatch: 3 variables but 1 value
// CHECK-NEXT: [[FILE]]:14:12: assignment mismatch: 3 variables but 1 value
// CHECK-NEXT: [[FILE]]:16:18: assignment mismatch: 3 variables but 1 value
// CHECK-NEXT: [[FILE]]:18:13: undefined: undefinedT
// CHECK-NEXT: [[FILE]]:21:5: invalid operation: cannot call non-function x (variable of type int)
// CHECK-NOT: {{.}}
