// runtime/metrics reports Go 1.21/1.22 metrics the runtime already knows: /gc/gogc:percent follows debug.SetGCPercent (off as -1, gc's cast), /gc/gomemlimit:bytes debug.SetMemoryLimit, /gc/heap/live:bytes the last cycle's live heap, /sched/pauses/total/gc:seconds the same pauses as /gc/pauses:seconds. Not an oracle test: Go 1.19 has none of these names.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

func read(names ...string) []metrics.Sample {
	s := make([]metrics.Sample, len(names))
	for i := range names {
		s[i].Name = names[i]
	}
	metrics.Read(s)
	return s
}

func hsum(v metrics.Value) uint64 {
	var n uint64
	for _, c := range v.Float64Histogram().Counts {
		n += c
	}
	return n
}

func main() {
	for _, d := range metrics.All() {
		switch d.Name {
		case "/gc/gogc:percent", "/gc/gomemlimit:bytes", "/gc/heap/live:bytes", "/sched/pauses/total/gc:seconds":
			fmt.Println(d.Name, d.Kind, d.Cumulative)
		}
	}
	fmt.Println("gogc:", read("/gc/gogc:percent")[0].Value.Uint64())
	old := debug.SetGCPercent(50)
	fmt.Println("gogc after SetGCPercent(50):", read("/gc/gogc:percent")[0].Value.Uint64())
	debug.SetGCPercent(-1)
	fmt.Println("gogc off is -1:", int64(read("/gc/gogc:percent")[0].Value.Uint64()))
	debug.SetGCPercent(old)
	fmt.Println("gomemlimit unset is MaxInt64:", read("/gc/gomemlimit:bytes")[0].Value.Uint64() == 1<<63-1)
	oldLimit := debug.SetMemoryLimit(1 << 30)
	fmt.Println("gomemlimit after SetMemoryLimit(1 GiB):", read("/gc/gomemlimit:bytes")[0].Value.Uint64())
	debug.SetMemoryLimit(oldLimit)

	var keep []*[64]byte
	for i := 0; i < 1000; i++ {
		keep = append(keep, new([64]byte))
	}
	runtime.GC()
	s := read("/gc/heap/live:bytes", "/memory/classes/heap/objects:bytes", "/gc/pauses:seconds", "/sched/pauses/total/gc:seconds")
	live, pauses := s[0].Value.Uint64(), s[2].Value
	fmt.Println("live after GC holds what was kept:", live >= 64000, "and no more than the heap:", live <= s[1].Value.Uint64())
	fmt.Println("GC pauses counted in both pause metrics:", hsum(pauses) > 0 && hsum(pauses) == hsum(s[3].Value))
	runtime.KeepAlive(keep)
}

// CHECK:/gc/gogc:percent 1 false
// CHECK-NEXT:/gc/gomemlimit:bytes 1 false
// CHECK-NEXT:/gc/heap/live:bytes 1 false
// CHECK-NEXT:/sched/pauses/total/gc:seconds 3 true
// CHECK-NEXT:gogc: 100
// CHECK-NEXT:gogc after SetGCPercent(50): 50
// CHECK-NEXT:gogc off is -1: -1
// CHECK-NEXT:gomemlimit unset is MaxInt64: true
// CHECK-NEXT:gomemlimit after SetMemoryLimit(1 GiB): 1073741824
// CHECK-NEXT:live after GC holds what was kept: true and no more than the heap: true
// CHECK-NEXT:GC pauses counted in both pause metrics: true

// Not under the GC stress job: the test reads the default GOGC (100), which the job sets to 0.
// UNSUPPORTED: gcstress
