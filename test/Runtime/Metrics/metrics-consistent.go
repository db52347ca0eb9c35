// runtime/metrics values agree with each other and with runtime.ReadMemStats, and follow what the program does (allocation, runtime.GC, GOMAXPROCS, goroutines, scheduling hand-offs); histograms are well formed and reused by Read
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

var names = []string{
	"/gc/cycles/automatic:gc-cycles",
	"/gc/cycles/forced:gc-cycles",
	"/gc/cycles/total:gc-cycles",
	"/gc/heap/allocs:bytes",
	"/gc/heap/allocs:objects",
	"/gc/heap/frees:bytes",
	"/gc/heap/frees:objects",
	"/gc/heap/goal:bytes",
	"/gc/heap/objects:objects",
	"/gc/heap/tiny/allocs:objects",
	"/memory/classes/heap/objects:bytes",
	"/memory/classes/total:bytes",
	"/sched/gomaxprocs:threads",
	"/sched/goroutines:goroutines",
	"/gc/heap/allocs-by-size:bytes",
	"/gc/heap/frees-by-size:bytes",
	"/gc/pauses:seconds",
	"/sched/latencies:seconds",
	"/gc/stack/starting-size:bytes",
}

type snap map[string]metrics.Value

func read() snap {
	s := make([]metrics.Sample, len(names))
	for i := range names {
		s[i].Name = names[i]
	}
	metrics.Read(s)
	m := snap{}
	for _, x := range s {
		m[x.Name] = x.Value
	}
	return m
}

func (s snap) u(name string) uint64 { return s[name].Uint64() }

func (s snap) hsum(name string) uint64 {
	var n uint64
	for _, c := range s[name].Float64Histogram().Counts {
		n += c
	}
	return n
}

func check(what string, ok bool) {
	if ok {
		fmt.Println("ok:", what)
	} else {
		fmt.Println("FAIL:", what)
	}
}

func between(a, m, b uint64) bool { return a <= m && m <= b }

type node struct {
	next *node
	v    [2]int64
}

var keep [][]*node

// allocate makes n objects of 20 bytes or more with a pointer (not tiny).
//go:noinline
func allocate(n int) {
	objs := make([]*node, n)
	for i := range objs {
		objs[i] = new(node)
	}
	keep = append(keep, objs)
}

func main() {
	// One snapshot is consistent with itself.
	s := read()
	classes := []string{"heap/free", "heap/objects", "heap/released", "heap/stacks", "heap/unused",
		"metadata/mcache/free", "metadata/mcache/inuse", "metadata/mspan/free", "metadata/mspan/inuse",
		"metadata/other", "os-stacks", "other", "profiling/buckets"}
	cs := make([]metrics.Sample, len(classes)+1)
	for i, c := range classes {
		cs[i].Name = "/memory/classes/" + c + ":bytes"
	}
	cs[len(classes)].Name = "/memory/classes/total:bytes"
	metrics.Read(cs)
	var sum uint64
	for _, c := range cs[:len(classes)] {
		sum += c.Value.Uint64()
	}
	check("the memory classes sum to /memory/classes/total:bytes", sum == cs[len(classes)].Value.Uint64())
	check("cycles: automatic + forced == total", s.u("/gc/cycles/automatic:gc-cycles")+s.u("/gc/cycles/forced:gc-cycles") == s.u("/gc/cycles/total:gc-cycles"))
	check("heap objects == allocs - frees", s.u("/gc/heap/objects:objects") == s.u("/gc/heap/allocs:objects")-s.u("/gc/heap/frees:objects"))
	check("heap object bytes == allocated - freed bytes", s.u("/memory/classes/heap/objects:bytes") == s.u("/gc/heap/allocs:bytes")-s.u("/gc/heap/frees:bytes"))
	check("allocs-by-size counts sum to allocs:objects", s.hsum("/gc/heap/allocs-by-size:bytes") == s.u("/gc/heap/allocs:objects"))
	check("frees-by-size counts sum to frees:objects", s.hsum("/gc/heap/frees-by-size:bytes") == s.u("/gc/heap/frees:objects"))
	for _, h := range []string{"/gc/heap/allocs-by-size:bytes", "/gc/heap/frees-by-size:bytes", "/gc/pauses:seconds", "/sched/latencies:seconds"} {
		hist := s[h].Float64Histogram()
		inc := true
		for i := 1; i < len(hist.Buckets); i++ {
			if !(hist.Buckets[i-1] < hist.Buckets[i]) {
				inc = false
			}
		}
		check(h+": len(Buckets) == len(Counts)+1, boundaries increasing", len(hist.Buckets) == len(hist.Counts)+1 && len(hist.Counts) > 0 && inc)
	}
	st := s.u("/gc/stack/starting-size:bytes")
	check("the starting stack size is a power of two of at least 2 KiB", st >= 2048 && st&(st-1) == 0)

	// Against MemStats, with collection off so nothing moves between the
	// reads but the reads' own allocations.
	old := debug.SetGCPercent(-1)
	var ms runtime.MemStats
	a := read()
	runtime.ReadMemStats(&ms)
	b := read()
	check("NumGC == /gc/cycles/total", uint64(ms.NumGC) == a.u("/gc/cycles/total:gc-cycles") && uint64(ms.NumGC) == b.u("/gc/cycles/total:gc-cycles"))
	check("NumForcedGC == /gc/cycles/forced", uint64(ms.NumForcedGC) == a.u("/gc/cycles/forced:gc-cycles") && uint64(ms.NumForcedGC) == b.u("/gc/cycles/forced:gc-cycles"))
	check("HeapAlloc within /memory/classes/heap/objects of the reads around it", between(a.u("/memory/classes/heap/objects:bytes"), ms.HeapAlloc, b.u("/memory/classes/heap/objects:bytes")))
	check("TotalAlloc within /gc/heap/allocs:bytes around it", between(a.u("/gc/heap/allocs:bytes"), ms.TotalAlloc, b.u("/gc/heap/allocs:bytes")))
	check("Mallocs within allocs:objects + tiny allocs around it", between(a.u("/gc/heap/allocs:objects")+a.u("/gc/heap/tiny/allocs:objects"), ms.Mallocs, b.u("/gc/heap/allocs:objects")+b.u("/gc/heap/tiny/allocs:objects")))
	check("HeapObjects within /gc/heap/objects around it", between(a.u("/gc/heap/objects:objects"), ms.HeapObjects, b.u("/gc/heap/objects:objects")))
	check("Sys within /memory/classes/total around it", between(a.u("/memory/classes/total:bytes"), ms.Sys, b.u("/memory/classes/total:bytes")))
	debug.SetGCPercent(old)
	// The goal changes only at a cycle: retry if one came in between.
	goalOK := false
	for i := 0; i < 10 && !goalOK; i++ {
		a = read()
		runtime.ReadMemStats(&ms)
		b = read()
		goalOK = ms.NextGC == a.u("/gc/heap/goal:bytes") && ms.NextGC == b.u("/gc/heap/goal:bytes")
	}
	check("NextGC == /gc/heap/goal", goalOK)

	// Allocation is counted.
	const n = 10000
	a = read()
	allocate(n)
	b = read()
	// gc counts a P's allocations span by span, so it may lag by one
	// span of the class (fewer than 512 objects of 20 bytes or more).
	check("allocs:objects grows by at least N less a span", b.u("/gc/heap/allocs:objects")-a.u("/gc/heap/allocs:objects") >= n-512)
	check("allocs:bytes grows by at least N*16", b.u("/gc/heap/allocs:bytes")-a.u("/gc/heap/allocs:bytes") >= n*16)
	check("allocs-by-size grows by at least N less a span", b.hsum("/gc/heap/allocs-by-size:bytes")-a.hsum("/gc/heap/allocs-by-size:bytes") >= n-512)

	// runtime.GC is a forced cycle with its pause(s) recorded; the objects
	// dropped before it are freed.
	keep = nil
	a = read()
	runtime.GC()
	b = read()
	check("runtime.GC: forced cycles +1", b.u("/gc/cycles/forced:gc-cycles") == a.u("/gc/cycles/forced:gc-cycles")+1)
	check("runtime.GC: total cycles grow", b.u("/gc/cycles/total:gc-cycles") > a.u("/gc/cycles/total:gc-cycles"))
	check("runtime.GC: pauses recorded", b.hsum("/gc/pauses:seconds") > a.hsum("/gc/pauses:seconds"))
	check("runtime.GC: frees:objects grows by at least N/2", b.u("/gc/heap/frees:objects")-a.u("/gc/heap/frees:objects") >= n/2)
	check("runtime.GC: frees-by-size grows by at least N/2", b.hsum("/gc/heap/frees-by-size:bytes")-a.hsum("/gc/heap/frees-by-size:bytes") >= n/2)

	// GOMAXPROCS.
	procs := runtime.GOMAXPROCS(0)
	check("gomaxprocs == GOMAXPROCS(0)", read().u("/sched/gomaxprocs:threads") == uint64(procs))
	runtime.GOMAXPROCS(3)
	check("gomaxprocs follows GOMAXPROCS(3)", read().u("/sched/gomaxprocs:threads") == 3)
	runtime.GOMAXPROCS(procs)
	check("gomaxprocs restored", read().u("/sched/gomaxprocs:threads") == uint64(procs))

	// Goroutines, and scheduling latencies from many hand-offs.
	base := read().u("/sched/goroutines:goroutines")
	check("goroutines == NumGoroutine", base == uint64(runtime.NumGoroutine()))
	lat0 := read().hsum("/sched/latencies:seconds")
	stop := make(chan bool)
	done := make(chan bool)
	ping := make(chan int)
	for i := 0; i < 10; i++ {
		go func() {
			<-stop
			done <- true
		}()
	}
	go func() {
		for v := range ping {
			_ = v
		}
		done <- true
	}()
	for i := 0; i < 2000; i++ {
		ping <- i
	}
	check("goroutines grows by 11", read().u("/sched/goroutines:goroutines") == base+11)
	check("goroutines == NumGoroutine with them", read().u("/sched/goroutines:goroutines") == uint64(runtime.NumGoroutine()))
	close(stop)
	close(ping)
	for i := 0; i < 11; i++ {
		<-done
	}
	check("sched latencies recorded", read().hsum("/sched/latencies:seconds") > lat0)
	for i := 0; i < 100 && read().u("/sched/goroutines:goroutines") != base; i++ {
		runtime.Gosched()
	}
	check("goroutines back to the start", read().u("/sched/goroutines:goroutines") == base)

	// A histogram already in a Value is reused.
	hs := []metrics.Sample{{Name: "/gc/pauses:seconds"}}
	metrics.Read(hs)
	h1 := hs[0].Value.Float64Histogram()
	runtime.GC()
	metrics.Read(hs)
	h2 := hs[0].Value.Float64Histogram()
	check("Read refills the histogram in place", h1 == h2)
}

// CHECK:ok: the memory classes sum to /memory/classes/total:bytes
// CHECK-NEXT:ok: cycles: automatic + forced == total
// CHECK-NEXT:ok: heap objects == allocs - frees
// CHECK-NEXT:ok: heap object bytes == allocated - freed bytes
// CHECK-NEXT:ok: allocs-by-size counts sum to allocs:objects
// CHECK-NEXT:ok: frees-by-size counts sum to frees:objects
// CHECK-NEXT:ok: /gc/heap/allocs-by-size:bytes: len(Buckets) == len(Counts)+1, boundaries increasing
// CHECK-NEXT:ok: /gc/heap/frees-by-size:bytes: len(Buckets) == len(Counts)+1, boundaries increasing
// CHECK-NEXT:ok: /gc/pauses:seconds: len(Buckets) == len(Counts)+1, boundaries increasing
// CHECK-NEXT:ok: /sched/latencies:seconds: len(Buckets) == len(Counts)+1, boundaries increasing
// CHECK-NEXT:ok: the starting stack size is a power of two of at least 2 KiB
// CHECK-NEXT:ok: NumGC == /gc/cycles/total
// CHECK-NEXT:ok: NumForcedGC == /gc/cycles/forced
// CHECK-NEXT:ok: HeapAlloc within /memory/classes/heap/objects of the reads around it
// CHECK-NEXT:ok: TotalAlloc within /gc/heap/allocs:bytes around it
// CHECK-NEXT:ok: Mallocs within allocs:objects + tiny allocs around it
// CHECK-NEXT:ok: HeapObjects within /gc/heap/objects around it
// CHECK-NEXT:ok: Sys within /memory/classes/total around it
// CHECK-NEXT:ok: NextGC == /gc/heap/goal
// CHECK-NEXT:ok: allocs:objects grows by at least N less a span
// CHECK-NEXT:ok: allocs:bytes grows by at least N*16
// CHECK-NEXT:ok: allocs-by-size grows by at least N less a span
// CHECK-NEXT:ok: runtime.GC: forced cycles +1
// CHECK-NEXT:ok: runtime.GC: total cycles grow
// CHECK-NEXT:ok: runtime.GC: pauses recorded
// CHECK-NEXT:ok: runtime.GC: frees:objects grows by at least N/2
// CHECK-NEXT:ok: runtime.GC: frees-by-size grows by at least N/2
// CHECK-NEXT:ok: gomaxprocs == GOMAXPROCS(0)
// CHECK-NEXT:ok: gomaxprocs follows GOMAXPROCS(3)
// CHECK-NEXT:ok: gomaxprocs restored
// CHECK-NEXT:ok: goroutines == NumGoroutine
// CHECK-NEXT:ok: goroutines grows by 11
// CHECK-NEXT:ok: goroutines == NumGoroutine with them
// CHECK-NEXT:ok: sched latencies recorded
// CHECK-NEXT:ok: goroutines back to the start
// CHECK-NEXT:ok: Read refills the histogram in place

// Not under the GC stress job: the test compares MemStats with metrics read just after, and GOGC=0 collects between the two reads.
// UNSUPPORTED: gcstress
