// sync.Mutex, RWMutex, WaitGroup and atomics keep shared counters exact across 50 goroutines
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"sync"
	"sync/atomic"
)

// Many goroutines increment shared counters: under a Mutex, under an
// RWMutex write lock, and with atomic adds. A WaitGroup waits for them all.
func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	var n1, n2 int
	var n3 int64
	var n4 atomic.Uint32
	const workers, iters = 50, 2000
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			done := wg.Done
			for i := 0; i < iters; i++ {
				mu.Lock()
				n1++
				mu.Unlock()
				rw.Lock()
				n2++
				rw.Unlock()
				atomic.AddInt64(&n3, 1)
				n4.Add(1)
				if i%100 == 0 {
					rw.RLock()
					_ = n2
					rw.RUnlock()
				}
			}
			done()
		}()
	}
	wg.Wait()
	println(n1, n2, atomic.LoadInt64(&n3), n4.Load())
}

// CHECK:100000 100000 100000 100000
