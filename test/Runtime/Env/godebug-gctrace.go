// GODEBUG=gctrace=1 prints one line per collection in gc 1.19's shape ("gc N @Ss P%: ... ms clock, ... ms cpu, A->B->C MB, G MB goal, S MB stacks, G MB globals, N P", "(forced)" for runtime.GC); GOGC sets the pacing percentage (off disables, a malformed value means 100), read back through debug.SetGCPercent.
// RUN: %goshim build -o %t %s
// RUN: env GODEBUG=gctrace=1 GOMAXPROCS=2 %run %t 2>&1 | FileCheck %s
// RUN: env GOGC=50 %run %t 2>&1 | FileCheck %s --check-prefix=G50
// RUN: env GOGC=off %run %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: env GOGC=12x %run %t 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: %run %t 2>&1 | FileCheck %s --check-prefix=QUIET
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

func main() {
	runtime.GC()
	runtime.GC()
	pct := debug.SetGCPercent(100)
	debug.SetGCPercent(pct)
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	before := m.NumGC
	for i := 0; i < 400; i++ {
		sink = make([]byte, 64<<10) // 25 MiB
	}
	runtime.ReadMemStats(&m)
	fmt.Println("percent", pct, "collected", m.NumGC-before > 0)
}

// CHECK: gc 1 @{{[0-9]+\.[0-9][0-9][0-9]}}s {{[0-9]+}}%: {{[0-9.]+}}+{{[0-9.]+}}+{{[0-9.]+}} ms clock, {{[0-9.]+}}+{{[0-9.]+}}/{{[0-9.]+}}/{{[0-9.]+}}+{{[0-9.]+}} ms cpu, {{[0-9]+}}->{{[0-9]+}}->{{[0-9]+}} MB, 4 MB goal, {{[0-9]+}} MB stacks, {{[0-9]+}} MB globals, 2 P (forced)
// CHECK-NEXT: gc 2 @{{.*}} P (forced)
// CHECK-NEXT: gc 3 @{{[0-9.]+}}s {{.*}} MB goal, {{.*}} 2 P{{$}}
// CHECK: percent 100 collected true

// G50: percent 50 collected true
// OFF-NOT: gc
// OFF: percent -1 collected false
// BAD: percent 100 collected true
// QUIET-NOT: gc {{[0-9]}}
// QUIET: percent 100 collected true

// Not under the GC stress job: the test checks which collections gctrace prints, and GOGC=0 adds many.
// UNSUPPORTED: gcstress
