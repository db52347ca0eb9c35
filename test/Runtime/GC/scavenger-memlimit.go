// The memory limit is the background scavenger's goal from the next collection on, as gc's: with GOGC off, 64 MiB freed and collected stay held after debug.SetMemoryLimit(24 MiB) until a collection, then the scavenger brings the held heap (HeapSys - HeapReleased) under the limit.
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

const (
	block = 256 << 10
	total = 64 << 20
	limit = 24 << 20
)

var sink [][]byte

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
		sink = nil
		done <- true
	}()
	<-done
}

func held(m *runtime.MemStats) uint64 { return m.HeapSys - m.HeapReleased }

func main() {
	debug.SetGCPercent(-1)
	grow()
	runtime.GC()
	var m runtime.MemStats
	// With GOGC off the scavenger has no goal: the freed pages stay.
	time.Sleep(200 * time.Millisecond)
	runtime.ReadMemStats(&m)
	fmt.Println("held before the limit:", held(&m) > 48<<20)
	gcs := m.NumGC
	debug.SetMemoryLimit(limit)
	// As gc's, the scavenger takes the new limit as its goal at the next
	// collection: until then nothing is returned.
	time.Sleep(500 * time.Millisecond)
	runtime.ReadMemStats(&m)
	fmt.Println("held under the limit before a collection:", held(&m) < limit, "collections since:", m.NumGC-gcs)
	runtime.GC()
	for i := 0; i < 1500 && held(&m) >= limit; i++ {
		time.Sleep(20 * time.Millisecond)
		runtime.ReadMemStats(&m)
	}
	fmt.Println("held under the limit after one:", held(&m) < limit)
}

// CHECK:held before the limit: true
// CHECK-NEXT:held under the limit before a collection: false collections since: 0
// CHECK-NEXT:held under the limit after one: true
