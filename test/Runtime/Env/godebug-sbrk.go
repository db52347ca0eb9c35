// GODEBUG=sbrk=1 swaps the allocator for one that never frees: no collection runs (gctrace stays silent, runtime.GC returns at once) and runtime.SetFinalizer does nothing, not even its argument checks, as in gc.
// RUN: %goshim build -o %t %s
// RUN: env GODEBUG=sbrk=1,gctrace=1 GOMAXPROCS=2 %run %t 2>&1 | FileCheck %s --check-prefix=SBRK
// RUN: not env GODEBUG=gctrace=1 %run %t 2>&1 | FileCheck %s --check-prefix=HEAP
// SBRK-NOT: gc {{[0-9]+}} @
// SBRK-NOT: finalized
// SBRK: done
// HEAP: gc {{[0-9]+}} @{{.*}} (forced)
// HEAP: fatal error: runtime.SetFinalizer: first argument is int, not pointer
package main

import (
	"fmt"
	"runtime"
	"time"
)

type T struct{ buf [64]byte }

var sink *T

func main() {
	for i := 0; i < 200000; i++ {
		sink = &T{}
	}
	runtime.GC()
	x := new(int)
	runtime.SetFinalizer(x, func(*int) { fmt.Println("finalized") })
	x = nil
	runtime.GC()
	time.Sleep(20 * time.Millisecond)
	runtime.SetFinalizer(42, nil) // not a pointer: gc does not even look under sbrk
	fmt.Println("done")
}
