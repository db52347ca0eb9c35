// GODEBUG=profstackdepth (Go 1.23; default 128): runtime/pprof's heap, block, mutex and goroutine profiles keep that many frames of a 101-frame recursion, while runtime.MemProfile's records keep 32; go tool pprof reads the deep heap profile
// REQUIRES: go-oracle
// RUN: rm -rf %t.d && mkdir -p %t.d
// RUN: %goshim build -o %t %s
// RUN: %run %t %t.d | FileCheck --check-prefix=DEFAULT %s
// RUN: go tool pprof -traces %t.d/heap.pb.gz 2>&1 | FileCheck --check-prefix=PPROF %s
// RUN: env GODEBUG=profstackdepth=32 %run %t %t.d | FileCheck --check-prefix=D32 %s
// RUN: env GODEBUG=profstackdepth=10 %run %t %t.d | FileCheck --check-prefix=D10 %s
// RUN: env GODEBUG=profstackdepth=5000 %run %t %t.d | FileCheck --check-prefix=DEFAULT %s
package main

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"time"
)

const depth = 100 // nest's frames: depth+1

//go:noinline
func nest(n int, f func()) {
	if n == 0 {
		f()
		return
	}
	nest(n-1, f)
}

var sink []byte

//go:noinline
func allocHere() { sink = make([]byte, 64) }

//go:noinline
func blockHere() {
	c := make(chan int)
	go func() {
		time.Sleep(10 * time.Millisecond)
		c <- 1
	}()
	<-c
}

var mu sync.Mutex

//go:noinline
func unlockHere() {
	time.Sleep(10 * time.Millisecond) // the waiter queues meanwhile
	mu.Unlock()
}

//go:noinline
func parkHere(c chan int) { <-c }

// nestFrames counts main.nest frames in the debug=1 record whose stack has
// the function `at`.
func nestFrames(name, at string) int {
	var b bytes.Buffer
	pprof.Lookup(name).WriteTo(&b, 1)
	for _, rec := range strings.Split(b.String(), "\n\n") {
		if strings.Contains(rec, "\t"+at+"+") {
			return strings.Count(rec, "\tmain.nest+")
		}
	}
	return -1
}

func main() {
	runtime.MemProfileRate = 1
	runtime.SetBlockProfileRate(1)
	runtime.SetMutexProfileFraction(1)

	nest(depth, allocHere)
	nest(depth, blockHere)
	mu.Lock()
	waited := make(chan bool)
	go func() {
		mu.Lock() // contends until unlockHere
		mu.Unlock()
		waited <- true
	}()
	nest(depth, unlockHere)
	<-waited
	park := make(chan int)
	parked := make(chan bool)
	go nest(depth, func() { parked <- true; parkHere(park) })
	<-parked
	time.Sleep(10 * time.Millisecond)
	runtime.GC()

	fmt.Println("heap:", nestFrames("heap", "main.allocHere"))
	fmt.Println("block:", nestFrames("block", "main.blockHere"))
	fmt.Println("mutex:", nestFrames("mutex", "main.unlockHere"))
	fmt.Println("goroutine:", nestFrames("goroutine", "main.parkHere"))
	park <- 1

	// runtime.MemProfile's records keep Stack0's 32 frames at most.
	var recs []runtime.MemProfileRecord
	n, _ := runtime.MemProfile(nil, true)
	recs = make([]runtime.MemProfileRecord, n+50)
	n, _ = runtime.MemProfile(recs, true)
	for _, r := range recs[:n] {
		stk := r.Stack()
		if len(stk) > 0 && runtime.FuncForPC(stk[0]-1).Name() == "main.allocHere" {
			fmt.Println("MemProfile frames:", len(stk))
		}
	}

	f, err := os.Create(os.Args[1] + "/heap.pb.gz")
	if err != nil {
		panic(err)
	}
	pprof.Lookup("heap").WriteTo(f, 0)
	f.Close()
}

// The default keeps all 101 frames of nest (and at most 1024 however large
// the setting).
// DEFAULT:heap: 101
// DEFAULT-NEXT:block: 101
// DEFAULT-NEXT:mutex: 101
// DEFAULT-NEXT:goroutine: 101
// DEFAULT-NEXT:MemProfile frames: 32

// The frames above nest count towards the depth: allocHere and blockHere
// (runtime's C++ frames are not in profiles; gc's runtime.gopark and
// friends are, so gc shows fewer of nest in the block and goroutine
// profiles); unlockHere and sync.(*Mutex).Unlock; parkHere and the closure
// that calls it. runtime.MemProfile keeps no more than the setting either.
// D32:heap: 31
// D32-NEXT:block: 31
// D32-NEXT:mutex: 30
// D32-NEXT:goroutine: 30
// D32-NEXT:MemProfile frames: 32

// D10:heap: 9
// D10-NEXT:block: 9
// D10-NEXT:mutex: 8
// D10-NEXT:goroutine: 8
// D10-NEXT:MemProfile frames: 10

// PPROF: main.allocHere
// PPROF-NEXT: main.nest
// PPROF-COUNT-100: main.nest
// PPROF-NEXT: main.main
