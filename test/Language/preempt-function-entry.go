// Preemption at function entries: a goroutine in recursive calls without loops (no back-edge polls) is stopped by sysmon through the poisoned stack guard, so a sleeping goroutine wakes on time at GOMAXPROCS=1
// armv7 has no stack checks (fixed stacks), so no function-entry preemption yet:
// REQUIRES: stackmaps
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

// fib has calls but no loops: only a check at its entry can stop it.
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	runtime.GOMAXPROCS(1)
	var done int32
	go func() {
		fib(38)
		atomic.StoreInt32(&done, 1)
	}()
	time.Sleep(time.Millisecond) // lets the goroutine start
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	// The sleeper woke while fib was still running: fib was preempted.
	fmt.Println("woke before fib finished:", atomic.LoadInt32(&done) == 0)
	fmt.Println("woke within a second:", time.Since(start) < time.Second)
}

// CHECK:woke before fib finished: true
// CHECK-NEXT:woke within a second: true
