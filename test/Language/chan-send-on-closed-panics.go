// A send on a closed channel panics with Go's message and exit status 2
// RUN: %goshim build -o %t %s
// RUN: not env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t >/dev/null 2>&1; test $? -eq 2
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

func main() {
	c := make(chan int, 1)
	close(c)
	println("closed")
	c <- 1
	println("not reached")
}

// CHECK:closed
// CHECK-NEXT:panic: send on closed channel
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
