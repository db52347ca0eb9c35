// Channel builtins with bad arguments, channel assignability and comparison
// by direction, comma-ok receives assigned to the wrong type, and unused
// range variables over channels, in gc's words.
// RUN: not %goshim build -o %t %s 2>&1 | FileCheck %s -DFILE=%s
package main

func main() {
	var r <-chan int
	var s chan<- int
	c := make(chan int)
	close(c, c)
	close()
	_ = make(chan int, -1)
	_ = make(chan int, 1, 2)
	_ = r == s
	var f float64
	f = <-c
	_ = f
	for v := range c {
	}
	_ = cap(r) + len(s)
	var b chan int = r
	var d <-chan int = c
	type C chan int
	var e C = c
	var g chan<- int = e
	var str string
	var ok bool
	str, ok = <-c
	_, _, _, _, _, _ = b, d, e, g, str, ok
}

// The expected lines are gc Go 1.19's (go build) for this file.
// CHECK: [[FILE]]:11:2: invalid operation: too many arguments for close(c, c) (expected 1, found 2)
// CHECK-NEXT: [[FILE]]:12:2: invalid operation: not enough arguments for close() (expected 1, found 0)
// CHECK-NEXT: [[FILE]]:13:21: invalid argument: index -1 (constant of type int) must not be negative
// CHECK-NEXT: [[FILE]]:14:6: invalid operation: make(chan int, 1, 2) expects 1 or 2 arguments; found 3
// CHECK-NEXT: [[FILE]]:15:11: invalid operation: r == s (mismatched types <-chan int and chan<- int)
// CHECK-NEXT: [[FILE]]:17:6: cannot use <-c (comma, ok expression of type int) as type float64 in assignment
// CHECK-NEXT: [[FILE]]:19:6: v declared but not used
// CHECK-NEXT: [[FILE]]:22:19: cannot use r (variable of type <-chan int) as type chan int in variable declaration
// CHECK-NEXT: [[FILE]]:29:12: cannot use <-c (value of type int) as type string in assignment
// CHECK-NOT: {{.}}
