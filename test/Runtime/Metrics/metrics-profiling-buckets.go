// MemStats.BuckHashSys and /memory/classes/profiling/buckets:bytes count the memory of the profiles' buckets and tables (non-zero once allocations are sampled, equal to each other, included in Sys and in /memory/classes/total)
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"runtime/metrics"
)

var sink []*[64]byte

//go:noinline
func a(n int) {
	for i := 0; i < n; i++ {
		sink = append(sink, new([64]byte))
	}
}

//go:noinline
func b(n int) { a(n) }

//go:noinline
func c(n int) { b(n) }

func main() {
	runtime.MemProfileRate = 1
	a(1000)
	b(1000)
	c(1000)
	// No more sampling: the reads below allocate, and a new sample site
	// would grow the buckets between them.
	runtime.MemProfileRate = 0
	samples := []metrics.Sample{{Name: "/memory/classes/profiling/buckets:bytes"}, {Name: "/memory/classes/total:bytes"}}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	metrics.Read(samples)
	buckets, total := samples[0].Value.Uint64(), samples[1].Value.Uint64()
	fmt.Println("BuckHashSys > 0:", m.BuckHashSys > 0)
	fmt.Println("metric equals BuckHashSys:", buckets == m.BuckHashSys)
	fmt.Println("Sys counts it:", m.Sys >= m.HeapSys+m.StackSys+m.MSpanSys+m.MCacheSys+m.GCSys+m.BuckHashSys)
	fmt.Println("total equals Sys:", total == m.Sys)
}

// CHECK:BuckHashSys > 0: true
// CHECK-NEXT:metric equals BuckHashSys: true
// CHECK-NEXT:Sys counts it: true
// CHECK-NEXT:total equals Sys: true
