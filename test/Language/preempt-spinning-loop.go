// A goroutine spinning in call-free loops is preempted at their back-edges, so main runs again even with one P
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// GODEBUG=asyncpreemptoff=1 turns off gc's signal-based preemption; goshim has none, and its compiler-inserted polls stay on:
// RUN: env GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "runtime"

// A goroutine spinning in a loop without calls is preempted at the loop's
// back-edge, so main gets to run again even with a single P.
func main() {
	started := make(chan bool)
	go func() {
		started <- true
		n := 0
		for {
			n++
		}
	}()
	<-started
	runtime.Gosched()
	xs := make([]int, 1000)
	go func() {
		for {
			for i := range xs {
				xs[i]++
			}
		}
	}()
	runtime.Gosched()
	println("main runs again")
}

// CHECK:main runs again
