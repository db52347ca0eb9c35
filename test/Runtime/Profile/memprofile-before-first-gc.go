// runtime.MemProfile before the first collection (GC off from the start): the sampled allocations are reported, not an empty profile (gc's 'nothing published yet' rule)
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

type block [16]int64 // 128 bytes: one size class in gc and goshim alike

var keep [100]*block

//go:noinline
func allocBlocks() {
	for i := range keep {
		keep[i] = new(block)
	}
}

// The records whose stacks pass through main.allocBlocks, summed.
func profile() (found bool, sum runtime.MemProfileRecord) {
	n, _ := runtime.MemProfile(nil, true)
	var recs []runtime.MemProfileRecord
	for {
		recs = make([]runtime.MemProfileRecord, n+50)
		var ok bool
		n, ok = runtime.MemProfile(recs, true)
		if ok {
			break
		}
	}
	for i := 0; i < n; i++ {
		r := &recs[i]
		frames := runtime.CallersFrames(r.Stack())
		for {
			f, more := frames.Next()
			if strings.HasSuffix(f.Function, "main.allocBlocks") {
				found = true
				sum.AllocObjects += r.AllocObjects
				sum.AllocBytes += r.AllocBytes
				sum.FreeObjects += r.FreeObjects
				sum.FreeBytes += r.FreeBytes
				break
			}
			if !more {
				break
			}
		}
	}
	return
}

func main() {
	// No collection ever runs: the profile holds everything sampled so far
	// rather than nothing.
	debug.SetGCPercent(-1)
	runtime.MemProfileRate = 1
	allocBlocks()
	found, r := profile()
	fmt.Println("before any collection: found:", found)
	fmt.Println("  alloc objects:", r.AllocObjects, "bytes:", r.AllocBytes)
	fmt.Println("  free objects:", r.FreeObjects, "bytes:", r.FreeBytes)
	var st runtime.MemStats
	runtime.ReadMemStats(&st)
	fmt.Println("collections:", st.NumGC)
}

// CHECK:before any collection: found: true
// CHECK-NEXT:  alloc objects: 100 bytes: 12800
// CHECK-NEXT:  free objects: 0 bytes: 0
// CHECK-NEXT:collections: 0

// Not under the GC stress job: the test checks the profile before any collection, and GOGC=0 collects at once.
// UNSUPPORTED: gcstress
