// GOMAXPROCS changed 7 times while goroutines run, block and sleep on timers; nothing lost
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// GOMAXPROCS changes while goroutines run, block on channels and sleep on
// timers: every change stops the world and resizes the Ps (timers of a
// dropped P move to another); nothing may be lost.
func main() {
	var wg sync.WaitGroup
	var work int64
	stop := make(chan struct{})
	c := make(chan int, 16)
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func(w int) {
			for {
				select {
				case <-stop:
					wg.Done()
					return
				case c <- w:
				}
				atomic.AddInt64(&work, 1)
				if w%2 == 0 {
					time.Sleep(100 * time.Microsecond)
				}
			}
		}(w)
	}
	sleepers := make(chan int)
	for i := 0; i < 20; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i) * time.Millisecond)
			sleepers <- i
		}(i)
	}
	prev := runtime.GOMAXPROCS(0)
	for round, n := range []int{1, 4, 2, 3, 1, 4, 2} {
		got := runtime.GOMAXPROCS(n)
		if got != prev {
			println("round", round, "previous", got, "want", prev)
		}
		prev = n
		for i := 0; i < 200; i++ {
			<-c
		}
	}
	sum := 0
	for i := 0; i < 20; i++ {
		sum += <-sleepers
	}
	close(stop)
	wg.Wait()
	println("sleepers:", sum, "GOMAXPROCS now:", runtime.GOMAXPROCS(0), "work done:", atomic.LoadInt64(&work) >= 1400)
}

// CHECK:sleepers: 190 GOMAXPROCS now: 2 work done: true
