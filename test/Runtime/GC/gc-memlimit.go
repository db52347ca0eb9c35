// GOMEMLIMIT (with GOGC=off) is a soft limit: allocating 100x the limit keeps the memory the heap holds near it (collections plus returned pages); debug.SetMemoryLimit returns the previous limit and a negative one only queries; a malformed GOMEMLIMIT is Go's fatal error.
// RUN: %goshim build -o %t %s
// RUN: env GOMEMLIMIT=16MiB GOGC=off GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMEMLIMIT=16MiB GOGC=off GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMEMLIMIT=1024 %run %t 2>&1 | FileCheck %s --check-prefix=BYTES
// RUN: env GOMEMLIMIT=off %run %t 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: env GOMEMLIMIT=12x not %run %t 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: env GOMEMLIMIT=12x %run %t >/dev/null 2>&1; test $? -eq 2
// BYTES: limit 1024
// OFF: limit 9223372036854775807
// BAD: GOMEMLIMIT=12x
// BAD-NEXT: fatal error: malformed GOMEMLIMIT; see `go doc runtime/debug.SetMemoryLimit`
// ORACLE: exit=0 env=GOMEMLIMIT=16MiB,GOGC=off --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

func main() {
	fmt.Println("limit", debug.SetMemoryLimit(-1))
	var m runtime.MemStats
	// 100x the 16 MiB limit, nothing kept.
	for i := 0; i < 25600; i++ {
		sink = make([]byte, 64<<10)
		if i%4096 == 0 {
			runtime.ReadMemStats(&m)
			held := m.HeapSys - m.HeapReleased
			if held > 24<<20 {
				fmt.Println("over the limit:", held>>20, "MiB")
			}
		}
	}
	runtime.ReadMemStats(&m)
	fmt.Println("collected", m.NumGC > 10, "held under limit", m.HeapSys-m.HeapReleased < 24<<20)
	fmt.Println("set", debug.SetMemoryLimit(1<<62), debug.SetMemoryLimit(-5))
}

// CHECK:limit 16777216
// CHECK-NEXT:collected true held under limit true
// CHECK-NEXT:set 16777216 4611686018427387904
