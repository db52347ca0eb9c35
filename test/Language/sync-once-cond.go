// sync.Once runs once across goroutines; sync.Cond Broadcast and Signal wake waiters
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"sync"
)

// Once runs its function once however many goroutines call Do; a Cond
// broadcast releases every waiter; Signal releases one at a time.
func main() {
	var once sync.Once
	var wg sync.WaitGroup
	count := 0
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			once.Do(func() { count++ })
			wg.Done()
		}()
	}
	wg.Wait()
	println("once ran", count, "time(s)")

	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	woke := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			mu.Lock()
			for !ready {
				c.Wait()
			}
			woke++
			mu.Unlock()
			wg.Done()
		}()
	}
	mu.Lock()
	ready = true
	c.Broadcast()
	mu.Unlock()
	wg.Wait()
	println("broadcast woke", woke)

	// A queue handed out one item per Signal.
	queue := []int{}
	got := make(chan int, 5)
	for i := 0; i < 5; i++ {
		go func() {
			mu.Lock()
			for len(queue) == 0 {
				c.Wait()
			}
			v := queue[0]
			queue = queue[1:]
			mu.Unlock()
			got <- v
		}()
	}
	sum := 0
	for i := 1; i <= 5; i++ {
		mu.Lock()
		queue = append(queue, i*10)
		c.Signal()
		mu.Unlock()
		sum += <-got
	}
	println("signal sum", sum)
}

// CHECK:once ran 1 time(s)
// CHECK-NEXT:broadcast woke 10
// CHECK-NEXT:signal sum 150
