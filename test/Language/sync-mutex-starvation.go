// A waiter gets a Mutex that another goroutine re-locks in a tight loop (starvation mode)
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// A goroutine re-locks a Mutex in a tight loop; another one must still get
// the lock repeatedly (starvation mode hands it over after 1 ms of waiting)
// instead of waiting for the hog to stop.
func main() {
	var mu sync.Mutex
	var stop, started int32
	var hog sync.WaitGroup
	hog.Add(1)
	spins := 0
	go func() {
		for atomic.LoadInt32(&stop) == 0 {
			mu.Lock()
			atomic.StoreInt32(&started, 1)
			for i := 0; i < 2000; i++ {
				spins++
			}
			mu.Unlock()
		}
		hog.Done()
	}()
	for atomic.LoadInt32(&started) == 0 {
		runtime.Gosched()
	}
	got := 0
	for i := 0; i < 20; i++ {
		mu.Lock()
		got++
		mu.Unlock()
	}
	atomic.StoreInt32(&stop, 1)
	hog.Wait()
	println("waiter got the lock", got, "times; the hog spun:", spins > 0)
}

// CHECK:waiter got the lock 20 times; the hog spun: true
