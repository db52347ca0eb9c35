// The goroutine profile: Count is runtime.NumGoroutine, and WriteTo(w, 2) prints every goroutine's stack as an unrecovered panic does, parked ones with their wait reason
// RUN: %goshim build -o %t %s
// RUN: %run %t | FileCheck %s
package main

import (
	"bytes"
	"fmt"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
)

//go:noinline
func waitRecv(ch chan int) {
	<-ch
}

//go:noinline
func waitLock(mu *sync.Mutex) {
	mu.Lock()
}

func main() {
	ch := make(chan int)
	var mu sync.Mutex
	mu.Lock()
	go waitRecv(ch)
	go waitLock(&mu)
	prof := pprof.Lookup("goroutine")
	fmt.Println("count:", prof.Count(), prof.Count() == runtime.NumGoroutine())
	// Poll (no sleeps) until both goroutines have parked.
	var buf bytes.Buffer
	for i := 0; i < 100000; i++ {
		buf.Reset()
		if err := prof.WriteTo(&buf, 2); err != nil {
			panic(err)
		}
		s := buf.String()
		if strings.Contains(s, "[chan receive]") && strings.Contains(s, "[semacquire]") {
			break
		}
		runtime.Gosched()
	}
	fmt.Print(buf.String())
	close(ch)
	mu.Unlock()
}

// CHECK: count: 3 true
// CHECK: goroutine 1 [running]:
// CHECK-NEXT: runtime/pprof.writeGoroutineStacks(
// CHECK: main.main()
// CHECK-DAG: goroutine {{[0-9]+}} [chan receive]:{{[[:space:]]+}}main.waitRecv(
// CHECK-DAG: goroutine {{[0-9]+}} [semacquire]:
// CHECK-DAG: main.waitLock(
