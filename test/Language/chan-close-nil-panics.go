// Closing a nil channel panics with Go's message and exit status 2
// RUN: %goshim build -o %t %s
// RUN: not env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t >/dev/null 2>&1; test $? -eq 2
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

func main() {
	var c chan string
	println("closing nil")
	close(c)
}

// CHECK:closing nil
// CHECK-NEXT:panic: close of nil channel
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
