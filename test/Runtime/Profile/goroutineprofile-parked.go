// runtime.GoroutineProfile: n == NumGoroutine, the caller's stack comes first, the parked goroutines' stacks name the functions they block in (channel, mutex, select); a short slice gives ok=false
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

//go:noinline
func parkedOnChannel(c chan int) { <-c }

//go:noinline
func parkedOnMutex(mu *sync.Mutex) { mu.Lock(); mu.Unlock() }

//go:noinline
func parkedInSelect(a, b chan int) {
	select {
	case <-a:
	case <-b:
	}
}

func names(r *runtime.StackRecord, fn string) bool {
	frames := runtime.CallersFrames(r.Stack())
	for {
		f, more := frames.Next()
		if strings.HasSuffix(f.Function, fn) {
			return true
		}
		if !more {
			return false
		}
	}
}

func main() {
	c, a, b := make(chan int), make(chan int), make(chan int)
	var mu sync.Mutex
	mu.Lock()
	go parkedOnChannel(c)
	go parkedOnMutex(&mu)
	go parkedInSelect(a, b)
	time.Sleep(50 * time.Millisecond)

	n, ok := runtime.GoroutineProfile(nil)
	fmt.Println("nil slice: n:", n, "ok:", ok)
	recs := make([]runtime.StackRecord, n-1)
	_, ok = runtime.GoroutineProfile(recs)
	fmt.Println("one short: ok:", ok)
	recs = make([]runtime.StackRecord, n+10)
	n, ok = runtime.GoroutineProfile(recs)
	fmt.Println("n == NumGoroutine:", n == runtime.NumGoroutine(), "n:", n, "ok:", ok)
	fmt.Println("first record is the caller's:", names(&recs[0], "main.main"))
	for _, fn := range []string{"main.parkedOnChannel", "main.parkedOnMutex", "main.parkedInSelect"} {
		count := 0
		for i := 0; i < n; i++ {
			if names(&recs[i], fn) {
				count++
			}
		}
		fmt.Println(fn, "stacks:", count)
	}
	c <- 1
	mu.Unlock()
	a <- 1
}

// CHECK:nil slice: n: 4 ok: false
// CHECK-NEXT:one short: ok: false
// CHECK-NEXT:n == NumGoroutine: true n: 4 ok: true
// CHECK-NEXT:first record is the caller's: true
// CHECK-NEXT:main.parkedOnChannel stacks: 1
// CHECK-NEXT:main.parkedOnMutex stacks: 1
// CHECK-NEXT:main.parkedInSelect stacks: 1
