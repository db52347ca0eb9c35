// Deadlock of every goroutine: Go's fatal error and the goroutine list with wait reasons
// RUN: %goshim build -o %t %s
// RUN: not env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t >/dev/null 2>&1; test $? -eq 2
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

import "sync"

// Every goroutine blocks: main on a WaitGroup, two workers on channels and
// a mutex, so the runtime reports the deadlock and exits with status 2.
func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	c := make(chan int)
	mu.Lock()
	wg.Add(2)
	go func() {
		<-c
		wg.Done()
	}()
	go func() {
		mu.Lock()
		wg.Done()
	}()
	println("waiting")
	wg.Wait()
}

// CHECK:waiting
// CHECK-NEXT:fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [semacquire]:
// The other goroutines' ids differ from gc's (its runtime starts goroutines
// of its own first); their wait reasons do not.
// CHECK:goroutine {{[0-9]+}} [chan receive]:
// CHECK:goroutine {{[0-9]+}} [semacquire]:
