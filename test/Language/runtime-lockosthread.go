// LockOSThread/UnlockOSThread nesting; locked goroutines block and resume; exiting locked ends the thread
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"runtime"
	"sync"
)

// A goroutine wired to its thread keeps working while it blocks and other
// goroutines run; LockOSThread nests; a goroutine that exits while locked
// takes its thread with it and the program carries on.
func main() {
	var wg sync.WaitGroup
	ping, pong := make(chan int), make(chan int)
	wg.Add(1)
	go func() {
		runtime.LockOSThread()
		runtime.LockOSThread()
		runtime.UnlockOSThread() // still locked: one more Lock than Unlock
		for v := range ping {
			runtime.Gosched()
			pong <- v * 2
		}
		runtime.UnlockOSThread()
		wg.Done()
	}()
	others := 0
	var mu sync.Mutex
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			for j := 0; j < 100; j++ {
				mu.Lock()
				others++
				mu.Unlock()
				runtime.Gosched()
			}
			wg.Done()
		}()
	}
	sum := 0
	for i := 1; i <= 1000; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	wg.Wait()
	println("locked goroutine doubled:", sum, "others:", others)

	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			runtime.LockOSThread()
			done <- true
			// exits still locked: its thread ends
		}()
		<-done
	}
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	runtime.UnlockOSThread() // no-op when not locked
	println("main still runs, goroutines:", runtime.NumGoroutine() <= 2)
}

// CHECK:locked goroutine doubled: 1001000 others: 800
// CHECK-NEXT:main still runs, goroutines: true
