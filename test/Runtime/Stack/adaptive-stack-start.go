// GODEBUG=adaptivestackstart (Go 1.19, on by default): after a collection that scanned goroutines using deep stacks, new goroutines start on a stack the size of the average plus the guard, a power of two (/gc/stack/starting-size:bytes), and smaller again once only shallow stacks are left; adaptivestackstart=0 keeps the minimum.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --check-prefix=ON %s
// RUN: env GODEBUG=adaptivestackstart=0 %run %t 2>&1 | FileCheck --check-prefix=OFF %s
// RUN: env INUSE=1 %run %t 2>&1 | FileCheck --check-prefix=INUSE %s
// RUN: env INUSE=1 GODEBUG=adaptivestackstart=0 %run %t 2>&1 | FileCheck --check-prefix=INUSE %s
// ORACLE: exit=0 --check-prefix=ON
// armv7's stacks are fixed (64 KiB): nothing adapts there.
// UNSUPPORTED: shadow-stack
// Not under the GC stress job: the start size is the last collection's, and GOGC=0 collects after the ones the test makes.
// UNSUPPORTED: gcstress
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/metrics"
	"sync"
)

func startingSize() uint64 {
	s := []metrics.Sample{{Name: "/gc/stack/starting-size:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

var sink int

// About 64 bytes of stack a level or more.
//
//go:noinline
func deep(n int, park func()) int {
	var pad [4]int
	pad[n%4] = n
	if n == 0 {
		park()
		return pad[0]
	}
	return deep(n-1, park) + pad[n%4]
}

func stackInuse() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.StackInuse
}

func main() {
	initial := startingSize()
	// Goroutines parked at the bottom of a deep recursion while the collector
	// scans them: the average stack it sees is far above the minimum.
	var parked, release sync.WaitGroup
	release.Add(1)
	for i := 0; i < 50; i++ {
		parked.Add(1)
		go func() {
			sink += deep(500, func() { parked.Done(); release.Wait() })
		}()
	}
	parked.Wait()
	runtime.GC()
	after := startingSize()
	fmt.Println("grew:", after > initial, "power of two:", after&(after-1) == 0, "at least 16 KiB:", after >= 16<<10)

	// New goroutines (none has exited yet to be reused) start that large:
	// twenty idle ones hold twenty such stacks. Only with INUSE set: gc's
	// StackInuse counts whole spans of its stack cache, so its growth
	// depends on what the cache held.
	if os.Getenv("INUSE") != "" {
		before := stackInuse()
		var idle sync.WaitGroup
		for i := 0; i < 20; i++ {
			idle.Add(1)
			go func() { idle.Done(); release.Wait() }()
		}
		idle.Wait()
		grown := stackInuse() - before
		fmt.Println("new stacks are the starting size:", grown >= 20*after && grown < 40*after)
	}
	release.Done()

	// Once they have exited, the next collection sees only shallow stacks.
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	runtime.GC()
	fmt.Println("smaller again:", startingSize() < after)
}

// ON: grew: true power of two: true at least 16 KiB: true
// ON-NEXT: smaller again: true
// OFF: grew: false power of two: true at least 16 KiB: false
// OFF-NEXT: smaller again: false
// INUSE: new stacks are the starting size: true
