// runtime.Gosched/NumGoroutine/GOMAXPROCS/NumCPU/LockOSThread/UnlockOSThread/Goexit, and go with builtins and runtime functions
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "runtime"

// The runtime package's scheduler calls: Gosched, NumGoroutine, GOMAXPROCS
// (returns the previous value; n < 1 only queries), NumCPU,
// LockOSThread/UnlockOSThread, and Goexit ending a goroutine; go with
// builtins and runtime functions.
func main() {
	block := make(chan bool)
	ready := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() {
			ready <- true
			<-block
		}()
	}
	for i := 0; i < 10; i++ {
		<-ready
	}
	println("goroutines >= 11:", runtime.NumGoroutine() >= 11)
	close(block)
	runtime.Gosched()
	prev := runtime.GOMAXPROCS(3)
	println("previous >= 1:", prev >= 1)
	println("now 3:", runtime.GOMAXPROCS(0) == 3, runtime.GOMAXPROCS(-1) == 3)
	runtime.GOMAXPROCS(prev)
	println("NumCPU >= 1:", runtime.NumCPU() >= 1)
	runtime.LockOSThread()
	runtime.LockOSThread()
	runtime.UnlockOSThread()
	runtime.UnlockOSThread()
	out := make(chan string)
	go func() {
		out <- "before Goexit"
		runtime.Goexit()
		out <- "not reached"
	}()
	println(<-out)
	c := make(chan int)
	go close(c)
	v, ok := <-c
	println("closed by go close:", v, ok)
	go runtime.Gosched()
	go runtime.GC()
	done := make(chan bool)
	go func() {
		runtime.LockOSThread()
		done <- true
	}()
	println(<-done)
}

// CHECK:goroutines >= 11: true
// CHECK-NEXT:previous >= 1: true
// CHECK-NEXT:now 3: true true
// CHECK-NEXT:NumCPU >= 1: true
// CHECK-NEXT:before Goexit
// CHECK-NEXT:closed by go close: 0 false
// CHECK-NEXT:true
