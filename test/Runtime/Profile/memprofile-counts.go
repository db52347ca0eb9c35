// runtime.MemProfile with MemProfileRate=1: the allocations of a //go:noinline function are found by its name in the record stacks with exact object and byte counts, frees appear once collected, counts are as of the last completed collection, and a short slice gives ok=false
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
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

func show(when string) {
	found, r := profile()
	fmt.Println(when, "found:", found)
	fmt.Println("  alloc objects:", r.AllocObjects, "bytes:", r.AllocBytes)
	fmt.Println("  free objects:", r.FreeObjects, "bytes:", r.FreeBytes)
	fmt.Println("  in use objects:", r.InUseObjects(), "bytes:", r.InUseBytes())
}

func main() {
	runtime.MemProfileRate = 1
	allocBlocks()
	runtime.GC()
	show("after allocating:")
	for i := 0; i < 40; i++ {
		keep[i] = nil
	}
	runtime.GC()
	runtime.GC()
	show("after dropping 40:")
	for i := range keep {
		keep[i] = nil
	}
	runtime.GC()
	runtime.GC()
	show("after dropping all:")
	allocBlocks() // not shown until a collection completes
	show("allocated again, no collection yet:")
	runtime.GC()
	show("after one more collection:")
	n, ok := runtime.MemProfile(nil, true)
	fmt.Println("nil slice: n > 0:", n > 0, "ok:", ok)
	n, ok = runtime.MemProfile(make([]runtime.MemProfileRecord, n-1), true)
	fmt.Println("one short: ok:", ok)
}

// CHECK:after allocating: found: true
// CHECK-NEXT:  alloc objects: 100 bytes: 12800
// CHECK-NEXT:  free objects: 0 bytes: 0
// CHECK-NEXT:  in use objects: 100 bytes: 12800
// CHECK-NEXT:after dropping 40: found: true
// CHECK-NEXT:  alloc objects: 100 bytes: 12800
// CHECK-NEXT:  free objects: 40 bytes: 5120
// CHECK-NEXT:  in use objects: 60 bytes: 7680
// CHECK-NEXT:after dropping all: found: true
// CHECK-NEXT:  alloc objects: 100 bytes: 12800
// CHECK-NEXT:  free objects: 100 bytes: 12800
// CHECK-NEXT:  in use objects: 0 bytes: 0
// CHECK-NEXT:allocated again, no collection yet: found: true
// CHECK-NEXT:  alloc objects: 100 bytes: 12800
// CHECK-NEXT:  free objects: 100 bytes: 12800
// CHECK-NEXT:  in use objects: 0 bytes: 0
// CHECK-NEXT:after one more collection: found: true
// CHECK-NEXT:  alloc objects: 200 bytes: 25600
// CHECK-NEXT:  free objects: 100 bytes: 12800
// CHECK-NEXT:  in use objects: 100 bytes: 12800
// CHECK-NEXT:nil slice: n > 0: true ok: false
// CHECK-NEXT:one short: ok: false

// Not under the GC stress job: the test checks the profile between collections it makes itself, and GOGC=0 adds its own.
// UNSUPPORTED: gcstress
