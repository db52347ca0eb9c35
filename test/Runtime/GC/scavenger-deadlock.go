// A deadlocked program is reported while the background scavenger is at work: the scavenger is no goroutine (NumGoroutine stays 1) and its pauses between batches hold no timer the deadlock check waits for.
// RUN: %goshim build -o %t %s
// RUN: not env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t >/dev/null 2>&1; test $? -eq 2
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"time"
)

const (
	block = 256 << 10
	total = 64 << 20
)

var sink [][]byte

// grow allocates total bytes in blocks, touching every page, on a goroutine
// of its own: once it has exited no stale word of its stack can keep the
// blocks (the runtime's frames are scanned conservatively).
func grow() {
	done := make(chan bool)
	go func() {
		for i := 0; i < total/block; i++ {
			b := make([]byte, block)
			for j := 0; j < len(b); j += 4096 {
				b[j] = 1
			}
			sink = append(sink, b)
		}
		sink = nil
		done <- true
	}()
	<-done
}

func main() {
	grow()
	// The baseline is taken before the collection frees the blocks.
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	start := m.HeapReleased
	runtime.GC()
	// Wait for the scavenger's first batch: it is at work (or pausing
	// between batches) when everything else goes to sleep. HeapReleased
	// can also fall meanwhile (gc reuses released pages for its own
	// allocations), so only growth ends the wait.
	for i := 0; i < 1500 && m.HeapReleased <= start; i++ {
		time.Sleep(20 * time.Millisecond)
		runtime.ReadMemStats(&m)
	}
	fmt.Println("scavenging:", m.HeapReleased > start, "goroutines:", runtime.NumGoroutine())
	<-make(chan int)
}

// CHECK:scavenging: true goroutines: 1
// CHECK-NEXT:fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [chan receive]:
