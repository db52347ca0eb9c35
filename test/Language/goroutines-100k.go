// 10^5 goroutines alive at once, released by one close, counted through a WaitGroup
// UNSUPPORTED: target-armv7
// (fixed 64 KiB stacks on armv7 need 6.5 GB of address space for 10^5 goroutines; segmented stacks: issue 7)
// RUN: %goshim build -o %t %s
// RUN: env %if gcstress %{GOGC=5%} GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env %if gcstress %{GOGC=5%} GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// The GC stress job (GOGC=0) collects at nearly every allocation, each time scanning every frame and object: at this scale that is quadratic, so it runs these at GOGC=5.
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"runtime"
	"sync"
)

// 100000 goroutines alive at once, all blocked on one channel until main
// closes it, then each reports back through a WaitGroup and an atomic-free
// buffered channel count.
func main() {
	const n = 100000
	start := make(chan struct{})
	var wg sync.WaitGroup
	results := make(chan int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			<-start
			results <- i % 7
			wg.Done()
		}(i)
	}
	println("alive:", runtime.NumGoroutine() >= n)
	close(start)
	wg.Wait()
	close(results)
	sum := 0
	for v := range results {
		sum += v
	}
	println("sum:", sum)
}

// CHECK:alive: true
// CHECK-NEXT:sum: 299995
