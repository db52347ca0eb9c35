// runtime.Goexit ends a goroutine; main calling it and then running out of goroutines is Go's fatal error
// RUN: %goshim build -o %t %s
// RUN: not env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t >/dev/null 2>&1; test $? -eq 2
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

import "runtime"

func main() {
	c := make(chan int)
	go func() {
		println("worker exits via Goexit")
		c <- 1
		runtime.Goexit()
		println("not reached")
	}()
	<-c
	go func() {
		println("last goroutine done")
	}()
	runtime.Goexit()
}

// CHECK:worker exits via Goexit
// CHECK-NEXT:last goroutine done
// CHECK-NEXT:fatal error: no goroutines (main called runtime.Goexit) - deadlock!
