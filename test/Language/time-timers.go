// time.Sleep ordering, Timer Stop/Reset, Ticker, AfterFunc, After in select, Tick(0)
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"sync"
	"time"
)

// Goroutines sleeping for different durations wake in order (100 ms apart:
// under a loaded qemu a goroutine may start its sleep tens of ms late); timers stop
// and reset; a ticker ticks; AfterFunc runs in its own goroutine; After
// works in a select with a timeout.
func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	order := []int{}
	for _, ms := range []int{300, 100, 200, 0, 400} {
		wg.Add(1)
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			mu.Lock()
			order = append(order, ms)
			mu.Unlock()
			wg.Done()
		}(ms)
	}
	wg.Wait()
	println("wake order:", order[0], order[1], order[2], order[3], order[4])

	t := time.NewTimer(time.Hour)
	println("stop pending:", t.Stop(), "stop again:", t.Stop())
	start := time.Now()
	t.Reset(10 * time.Millisecond)
	<-t.C
	println("reset timer fired after >= 10ms:", time.Since(start) >= 10*time.Millisecond)
	println("stop fired:", t.Stop())

	tk := time.NewTicker(5 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 4 {
			break
		}
	}
	tk.Stop()
	println("ticks:", n)

	done := make(chan string)
	time.AfterFunc(5*time.Millisecond, func() { done <- "afterfunc ran" })
	println(<-done)
	stopped := time.AfterFunc(time.Hour, func() { println("never") })
	println("afterfunc stopped:", stopped.Stop())

	never := make(chan int)
	select {
	case <-never:
		println("impossible")
	case <-time.After(15 * time.Millisecond):
		println("timeout")
	}
	println("nil tick:", time.Tick(0) == nil)
}

// CHECK:wake order: 0 100 200 300 400
// CHECK-NEXT:stop pending: true stop again: false
// CHECK-NEXT:reset timer fired after >= 10ms: true
// CHECK-NEXT:stop fired: false
// CHECK-NEXT:ticks: 4
// CHECK-NEXT:afterfunc ran
// CHECK-NEXT:afterfunc stopped: true
// CHECK-NEXT:timeout
// CHECK-NEXT:nil tick: true
