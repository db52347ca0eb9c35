// A map whose only reference is a running range loop's iterator survives collections other goroutines run while the loop is stopped (the iterator's private words hold the map header and table, which the collector must see as pointers)
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 GODEBUG=clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=2 GODEBUG=clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 GODEBUG=clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

var sink map[int]int
var stop int32

func makeMap(n int) map[int]int {
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i] = 2 * i
	}
	return m
}

func main() {
	done := make(chan bool)
	go func() {
		// Collections, and new maps of the same shape to reuse whatever
		// they freed.
		for atomic.LoadInt32(&stop) == 0 {
			runtime.GC()
			sink = makeMap(200)
			runtime.Gosched()
		}
		done <- true
	}()
	keys, vals, spin := 0, 0, 0
	// The map is not named anywhere else: once the loop has started, its
	// iterator is the only thing that keeps it.
	for k, v := range makeMap(200) {
		// A stretch without calls: the world stops this goroutine at the
		// loop's preemption poll, the iterator alone live in its frame.
		for i := 0; i < 100000; i++ {
			spin += i & 1
		}
		keys += k
		vals += v
	}
	atomic.StoreInt32(&stop, 1)
	<-done
	fmt.Println("keys", keys, "values", vals, "spin", spin)
}

// CHECK:keys 19900 values 39800 spin 10000000
