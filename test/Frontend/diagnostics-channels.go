// Misused channel operations (direction, non-channel operands, element type,
// range) are reported in gc's words as file:line:col: message, and the front
// end exits with status 1.
// RUN: not %goshim build -o %t %s 2>&1 | FileCheck %s -DFILE=%s
// RUN: %goshim build -o %t %s 2>/dev/null; test $? -eq 1
package main

func main() {
	var r <-chan int
	var s chan<- int
	c := make(chan int)
	r <- 1
	<-s
	x := <-s
	_ = x
	close(r)
	for range s {
	}
	for a, b := range c {
		_, _ = a, b
	}
	c <- "s"
	var i int
	i <- 1
	<-i
	close(i)
}

// The expected lines are gc Go 1.19's (go build) for this file.
// CHECK: [[FILE]]:12:2: invalid operation: cannot send to receive-only channel r (variable of type <-chan int)
// CHECK-NEXT: [[FILE]]:13:4: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)
// CHECK-NEXT: [[FILE]]:14:9: invalid operation: cannot receive from send-only channel s (variable of type chan<- int)
// CHECK-NEXT: [[FILE]]:16:8: invalid operation: cannot close receive-only channel r (variable of type <-chan int)
// CHECK-NEXT: [[FILE]]:17:12: cannot range over s (variable of type chan<- int) (receive from send-only channel)
// CHECK-NEXT: [[FILE]]:19:9: range over c (variable of type chan int) permits only one iteration variable
// CHECK-NEXT: [[FILE]]:22:7: cannot use "s" (untyped string constant) as int value in send
// CHECK-NEXT: [[FILE]]:24:2: invalid operation: cannot send to non-channel i (variable of type int)
// CHECK-NEXT: [[FILE]]:25:4: invalid operation: cannot receive from non-channel i (variable of type int)
// CHECK-NEXT: [[FILE]]:26:8: invalid operation: cannot close non-channel i (variable of type int)
// CHECK-NEXT: [[FILE]]:26:8: too many errors
// CHECK-NOT: {{.}}
