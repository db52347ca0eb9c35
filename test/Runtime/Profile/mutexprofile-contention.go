// runtime.MutexProfile with SetMutexProfileFraction(1): contention on a sync.Mutex and a sync.RWMutex is recorded at the unlock, naming the unlocking function, Count >= 1, Cycles > 0; SetMutexProfileFraction returns the previous rate and a negative rate only queries
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
)

var mu sync.Mutex
var rw sync.RWMutex

//go:noinline
func releaseMutex() { mu.Unlock() }

//go:noinline
func releaseRWMutex() { rw.Unlock() }

func find(recs []runtime.BlockProfileRecord, fn string) *runtime.BlockProfileRecord {
	for i := range recs {
		frames := runtime.CallersFrames(recs[i].Stack())
		for {
			f, more := frames.Next()
			if strings.HasSuffix(f.Function, fn) {
				return &recs[i]
			}
			if !more {
				break
			}
		}
	}
	return nil
}

func main() {
	fmt.Println("previous fraction:", runtime.SetMutexProfileFraction(1))
	fmt.Println("query:", runtime.SetMutexProfileFraction(-1))
	done := make(chan bool)

	mu.Lock()
	go func() { mu.Lock(); mu.Unlock(); done <- true }()
	time.Sleep(50 * time.Millisecond)
	releaseMutex()
	<-done

	rw.Lock()
	go func() { rw.RLock(); rw.RUnlock(); done <- true }()
	time.Sleep(50 * time.Millisecond)
	releaseRWMutex()
	<-done

	n, ok := runtime.MutexProfile(nil)
	fmt.Println("nil slice: n > 0:", n > 0, "ok:", ok)
	recs := make([]runtime.BlockProfileRecord, n+10)
	n, ok = runtime.MutexProfile(recs)
	fmt.Println("ok:", ok)
	for _, fn := range []string{"main.releaseMutex", "main.releaseRWMutex"} {
		r := find(recs[:n], fn)
		if r == nil {
			fmt.Println(fn, "not found")
			continue
		}
		fmt.Println(fn, "found: count >= 1:", r.Count >= 1, "cycles > 0:", r.Cycles > 0)
	}
	fmt.Println("turned off, previous:", runtime.SetMutexProfileFraction(0))
}

// CHECK:previous fraction: 0
// CHECK-NEXT:query: 1
// CHECK-NEXT:nil slice: n > 0: true ok: false
// CHECK-NEXT:ok: true
// CHECK-NEXT:main.releaseMutex found: count >= 1: true cycles > 0: true
// CHECK-NEXT:main.releaseRWMutex found: count >= 1: true cycles > 0: true
// CHECK-NEXT:turned off, previous: 1
