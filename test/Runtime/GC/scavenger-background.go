// The background scavenger returns freed heap pages to the OS without debug.FreeOSMemory: 64 MiB grown (every page touched), dropped and collected; ReadMemStats then shows HeapReleased grown by three quarters of it within seconds (gc: about 1.5 s).
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// GODEBUG=madvdontneed=0: the pages go with MADV_FREE, counted the same.
// RUN: env GOMAXPROCS=2 GODEBUG=madvdontneed=0 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"time"
)

const (
	block = 256 << 10
	total = 64 << 20
)

var sink [][]byte

// grow allocates total bytes in blocks and touches every page of them, so
// the pages are really backed by memory. It runs on a goroutine of its own:
// once that has exited no stale word of its stack can keep the blocks when
// they are dropped (the runtime's frames are scanned conservatively).
func grow() {
	done := make(chan bool)
	go func() {
		for i := 0; i < total/block; i++ {
			b := make([]byte, block)
			for j := 0; j < len(b); j += 4096 {
				b[j] = 1
			}
			sink = append(sink, b)
		}
		done <- true
	}()
	<-done
}

func main() {
	grow()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("grown to 64 MiB in use:", m.HeapInuse >= total)
	// The baseline is taken while the blocks are still in use: the
	// scavenger may start on them as soon as the collection ends.
	start := m.HeapReleased
	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&m)
	forced := m.NumForcedGC
	// The background scavenger returns the freed pages, paced to a small
	// share of a CPU: about a second natively.
	released := false
	deadline := time.Now().Add(30 * time.Second)
	for !released && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		runtime.ReadMemStats(&m)
		released = m.HeapReleased >= start+total*3/4
	}
	fmt.Println("three quarters of it released without FreeOSMemory:", released)
	fmt.Println("released <= idle:", m.HeapReleased <= m.HeapIdle, "no other forced GC:", m.NumForcedGC == forced)
}

// CHECK:grown to 64 MiB in use: true
// CHECK-NEXT:three quarters of it released without FreeOSMemory: true
// CHECK-NEXT:released <= idle: true no other forced GC: true
