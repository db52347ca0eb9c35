// Memory is reclaimed (1.25 GiB allocated, the heap stays small), runtime.ReadMemStats is consistent, runtime.GC counts as forced, debug.SetGCPercent (-1 turns collection off), debug.FreeOSMemory releases pages, debug.ReadGCStats agrees with MemStats.
// Not under the GC stress job: checks exact collection counts (NumGC, ReadGCStats), which GOGC=0 changes.
// UNSUPPORTED: gcstress
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// GODEBUG=harddecommit=1: released pages become inaccessible, and the allocation after FreeOSMemory must open them again.
// RUN: env GOMAXPROCS=4 GODEBUG=harddecommit=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"time"
)

var sink []byte

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.NumGC
	keep := make([][]byte, 0, 16)
	// 1.25 GiB allocated in 64 KiB blocks, at most ~640 KiB of them kept.
	for i := 0; i < 20000; i++ {
		b := make([]byte, 64<<10)
		b[i%len(b)] = 1
		sink = b
		if i%2000 == 0 {
			keep = append(keep, b)
		}
	}
	runtime.ReadMemStats(&m)
	fmt.Println("collected:", m.NumGC > before)
	fmt.Println("bounded:", m.HeapSys < 256<<20, m.HeapAlloc < 64<<20)
	fmt.Println("consistent:", m.Alloc == m.HeapAlloc, m.HeapIdle+m.HeapInuse == m.HeapSys,
		m.Mallocs >= m.Frees, m.HeapObjects == m.Mallocs-m.Frees,
		m.TotalAlloc >= 20000*(64<<10), m.Sys >= m.HeapSys+m.StackSys,
		m.GCCPUFraction >= 0 && m.GCCPUFraction < 1)

	n := m.NumForcedGC
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("forced:", m.NumForcedGC == n+1, m.LastGC > 0, m.PauseEnd[(m.NumGC+255)%256] == m.LastGC,
		m.PauseTotalNs > 0, m.NextGC > 0, m.EnableGC)

	old := debug.SetGCPercent(-1)
	fmt.Println("percent:", old, debug.SetGCPercent(-1))
	runtime.ReadMemStats(&m)
	g := m.NumGC
	for i := 0; i < 200; i++ {
		sink = make([]byte, 64<<10)
	}
	runtime.ReadMemStats(&m)
	fmt.Println("off:", m.NumGC == g)
	fmt.Println("restored:", debug.SetGCPercent(old))

	debug.FreeOSMemory()
	runtime.ReadMemStats(&m)
	fmt.Println("released:", m.HeapReleased > 0, m.HeapReleased <= m.HeapIdle)

	var s debug.GCStats
	s.PauseQuantiles = make([]time.Duration, 5)
	debug.ReadGCStats(&s)
	fmt.Println("gcstats:", s.NumGC == int64(m.NumGC), len(s.Pause) == len(s.PauseEnd), len(s.Pause) > 0,
		s.PauseQuantiles[0] <= s.PauseQuantiles[2] && s.PauseQuantiles[2] <= s.PauseQuantiles[4],
		s.PauseTotal > 0, s.LastGC.UnixNano() == int64(m.LastGC), s.PauseEnd[0].UnixNano() == int64(m.LastGC))
	fmt.Println("kept:", len(keep), keep[3][6000])
}

// CHECK:collected: true
// CHECK-NEXT:bounded: true true
// CHECK-NEXT:consistent: true true true true true true true
// CHECK-NEXT:forced: true true true true true true
// CHECK-NEXT:percent: 100 -1
// CHECK-NEXT:off: true
// CHECK-NEXT:restored: -1
// CHECK-NEXT:released: true true
// CHECK-NEXT:gcstats: true true true true true true true
// CHECK-NEXT:kept: 10 1
