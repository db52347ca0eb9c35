// runtime.BlockProfile with SetBlockProfileRate(1): goroutines blocked on a channel receive, in a select and in WaitGroup.Wait give records naming the blocking functions (found through the promoted BlockProfileRecord.Stack) with Count >= 1 and Cycles > 0; a nil slice gives ok=false
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
func waitOnChannel(c chan int) int { return <-c }

//go:noinline
func waitInSelect(a, b chan int) int {
	select {
	case v := <-a:
		return v
	case v := <-b:
		return v
	}
}

//go:noinline
func waitOnGroup(wg *sync.WaitGroup) { wg.Wait() }

// The record whose stack names fn.
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
	runtime.SetBlockProfileRate(1)
	c, a, b := make(chan int), make(chan int), make(chan int)
	var wg sync.WaitGroup
	wg.Add(1)
	done := make(chan bool)
	go func() { waitOnChannel(c); done <- true }()
	go func() { waitInSelect(a, b); done <- true }()
	go func() { waitOnGroup(&wg); done <- true }()
	time.Sleep(50 * time.Millisecond)
	c <- 1
	b <- 2
	wg.Done()
	<-done
	<-done
	<-done

	n, ok := runtime.BlockProfile(nil)
	fmt.Println("nil slice: n > 0:", n > 0, "ok:", ok)
	recs := make([]runtime.BlockProfileRecord, n+10)
	n, ok = runtime.BlockProfile(recs)
	fmt.Println("ok:", ok)
	for _, fn := range []string{"main.waitOnChannel", "main.waitInSelect", "main.waitOnGroup"} {
		r := find(recs[:n], fn)
		if r == nil {
			fmt.Println(fn, "not found")
			continue
		}
		fmt.Println(fn, "found: count >= 1:", r.Count >= 1, "cycles > 0:", r.Cycles > 0)
	}
}

// CHECK:nil slice: n > 0: true ok: false
// CHECK-NEXT:ok: true
// CHECK-NEXT:main.waitOnChannel found: count >= 1: true cycles > 0: true
// CHECK-NEXT:main.waitInSelect found: count >= 1: true cycles > 0: true
// CHECK-NEXT:main.waitOnGroup found: count >= 1: true cycles > 0: true
