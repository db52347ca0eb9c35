// GODEBUG=gcstress=N, the collector's stress mode: every Nth Go function entry that checks its stack, every Nth allocation and every Nth loop back-edge poll collects; pointers held only in a caller's frame across those calls survive (freed memory would read 0xdeadbeef under clobberfree=1). Without the knob, calls that do not allocate never collect.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --check-prefix=OFF %s
// RUN: env GODEBUG=gcstress=1,clobberfree=1 %run %t 2>&1 | FileCheck --check-prefix=EVERY %s
// RUN: env GODEBUG=gcstress=10,clobberfree=1 %run %t 2>&1 | FileCheck --check-prefix=TENTH %s
// The checked entries are those of targets whose stacks move; armv7 has none (gc-stress-polls.go covers it).
// UNSUPPORTED: shadow-stack
// Not under the GC stress job: counts collections, which the GC stress job's GOGC=0 adds everywhere.
// UNSUPPORTED: gcstress
package main

import (
	"fmt"
	"runtime"
)

type pair struct {
	a *int
	s string
}

var depth int

//go:noinline
func leaf(n int) int { return n + depth }

// Calls a function, so it checks its stack at entry.
//
//go:noinline
func entry(n int) int { return leaf(n) + 1 }

func numGC() uint32 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.NumGC
}

func main() {
	x := 7
	depth = len(fmt.Sprint(x)) - 1
	p := &pair{&x, fmt.Sprint("kept", x)}
	// numGC's own stress points (ReadMemStats copies its arrays in loops
	// that poll), taken off each count below.
	o := numGC()
	overhead := numGC() - o
	// Each iteration: entry's checked entry and the loop's poll.
	before := numGC()
	sum := 0
	for i := 0; i < 1000; i++ {
		sum += entry(i)
	}
	calls := numGC() - before - overhead
	fmt.Println("sum", sum, *p.a, p.s)
	fmt.Println("collections per call: none", calls == 0, "all", calls >= 2000, "a tenth", calls >= 190 && calls < 300)
	// Each iteration: an allocation and the poll.
	before = numGC()
	objs := make([]*pair, 0, 100)
	for i := 0; i < 100; i++ {
		objs = append(objs, &pair{&x, "p"})
	}
	allocs := numGC() - before - overhead
	fmt.Println("collections per allocation: none", allocs == 0, "all", allocs >= 200, "a tenth", allocs >= 19 && allocs < 40, len(objs), *objs[99].a)
	// No call, no allocation: only the poll; p lives across it in a
	// register or a spill slot the poll's stack map names.
	before = numGC()
	acc := 0
	for i := 0; i < 1000; i++ {
		acc += i * *p.a
	}
	polls := numGC() - before - overhead
	fmt.Println("collections per poll: none", polls == 0, "all", polls >= 1000, "a tenth", polls >= 95 && polls < 150, acc, p.s)
}

// OFF: sum 500500 7 kept7
// OFF-NEXT: collections per call: none true all false a tenth false
// OFF-NEXT: collections per allocation: none true all false a tenth false 100 7
// OFF-NEXT: collections per poll: none true all false a tenth false 3496500 kept7
// EVERY: sum 500500 7 kept7
// EVERY-NEXT: collections per call: none false all true a tenth false
// EVERY-NEXT: collections per allocation: none false all true a tenth false 100 7
// EVERY-NEXT: collections per poll: none false all true a tenth false 3496500 kept7
// TENTH: sum 500500 7 kept7
// TENTH-NEXT: collections per call: none false all false a tenth true
// TENTH-NEXT: collections per allocation: none false all false a tenth true 100 7
// TENTH-NEXT: collections per poll: none false all false a tenth true 3496500 kept7
