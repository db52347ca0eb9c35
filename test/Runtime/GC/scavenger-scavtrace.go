// GODEBUG=scavtrace=1 prints gc 1.19's line at the end of every collection with the background scavenger's work since the previous line (here: most of 64 MiB freed and collected, released while the program waited), and after debug.FreeOSMemory a line of its own marked (forced), whose total is HeapReleased.
// RUN: %goshim build -o %t %s
// RUN: env GODEBUG=scavtrace=1 GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GODEBUG=scavtrace=1 GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// Off by default.
// RUN: %run %t 2>&1 | FileCheck --check-prefix=OFF %s
// gc's background scavenger may release a page or two between its forced line and ReadMemStats (seen under load), so the oracle is held to the GC-prefixed lines, which accept any count there.
// ORACLE: exit=0 env=GODEBUG=scavtrace=1 --check-prefix=GC --match-full-lines --strict-whitespace
package main

import (
	"runtime"
	"runtime/debug"
	"time"
)

const block = 256 << 10

var sink [][]byte

// grow allocates n bytes in blocks and touches every page of them, on a
// goroutine of its own: once that has exited no stale word of its stack can
// keep the blocks when they are dropped (the runtime's frames are scanned
// conservatively).
func grow(n int) {
	done := make(chan bool)
	go func() {
		for i := 0; i < n/block; i++ {
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

// The program's lines go to standard error too (println), in order with the
// runtime's.
func main() {
	var m runtime.MemStats
	grow(64 << 20)
	// The baseline is taken while the blocks are still in use: the
	// scavenger may start on them as soon as the collection ends.
	runtime.ReadMemStats(&m)
	start := m.HeapReleased
	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&m)
	for i := 0; i < 1500 && m.HeapReleased < start+48<<20; i++ {
		time.Sleep(20 * time.Millisecond)
		runtime.ReadMemStats(&m)
	}
	println("waited:", m.HeapReleased >= start+48<<20)
	// This cycle's line reports the background work since the last one.
	runtime.GC()
	println("collected")
	grow(8 << 20)
	sink = nil
	debug.FreeOSMemory()
	runtime.ReadMemStats(&m)
	println("released KiB:", m.HeapReleased>>10)
}

// CHECK:scav {{[0-9]+}} KiB work, {{[0-9]+}} KiB total, {{[0-9]+}}% util
// CHECK-NOT:(forced)
// CHECK:waited: true
// CHECK-NEXT:scav {{[1-9][0-9][0-9][0-9][0-9]+}} KiB work, {{[0-9]+}} KiB total, {{[0-9]+}}% util
// CHECK-NEXT:collected
// CHECK-NOT:(forced)
// CHECK:scav {{[1-9][0-9]*}} KiB work, [[TOTAL:[0-9]+]] KiB total, {{[0-9]+}}% util (forced)
// CHECK-NEXT:released KiB: [[TOTAL]]

// GC:scav {{[0-9]+}} KiB work, {{[0-9]+}} KiB total, {{[0-9]+}}% util
// GC-NOT:(forced)
// GC:waited: true
// GC-NEXT:scav {{[1-9][0-9][0-9][0-9][0-9]+}} KiB work, {{[0-9]+}} KiB total, {{[0-9]+}}% util
// GC-NEXT:collected
// GC-NOT:(forced)
// GC:scav {{[1-9][0-9]*}} KiB work, {{[0-9]+}} KiB total, {{[0-9]+}}% util (forced)
// GC-NEXT:released KiB: {{[0-9]+}}

// OFF-NOT:scav
// OFF:waited: true
// OFF-NEXT:collected
// OFF-NEXT:released KiB: {{[0-9]+}}

// Not under the GC stress job: the test prints one scav line per collection, and GOGC=0 adds hundreds.
// UNSUPPORTED: gcstress
