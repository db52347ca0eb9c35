// debug.SetMaxThreads returns the previous limit (10000 at start); a program that needs more OS threads than the limit (counting sysmon's, as gc) dies with gc's "thread exhaustion" fatal error and exit status 2
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: %run %t >/dev/null 2>&1; test $? -eq 2
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

func main() {
	fmt.Println(debug.SetMaxThreads(10))
	fmt.Println(debug.SetMaxThreads(10))
	for i := 0; i < 20; i++ {
		go func() {
			runtime.LockOSThread()
			time.Sleep(time.Hour)
		}()
	}
	time.Sleep(time.Second)
	fmt.Println("not reached")
}

// Each locked goroutine keeps its thread while it sleeps, so the twentieth
// needs more threads than ten.
// CHECK:10000
// CHECK-NEXT:10
// CHECK-NEXT:runtime: program exceeds 10-thread limit
// CHECK-NEXT:fatal error: thread exhaustion
// CHECK-NOT:not reached
