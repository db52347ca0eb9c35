// Finalizers run in dependency order: an object reachable from another finalizer-bearing object is finalized only after that one is gone.
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

type T struct {
	name string
	next *T
}

var (
	mu  sync.Mutex
	ran []string
)

func record(s string) {
	mu.Lock()
	ran = append(ran, s)
	mu.Unlock()
}

func results() []string {
	mu.Lock()
	defer mu.Unlock()
	r := append([]string(nil), ran...)
	sort.Strings(r)
	return r
}

// waitFor collects until n finalizers have run (or 5 s pass).
func waitFor(n int) []string {
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		runtime.GC()
		if r := results(); len(r) >= n {
			return r
		}
		time.Sleep(time.Millisecond)
	}
	return results()
}

func chain() {
	// outer points to inner: outer is finalized first, inner only once
	// outer is gone.
	inner := &T{name: "inner"}
	outer := &T{name: "outer", next: inner}
	runtime.SetFinalizer(inner, func(t *T) { record("inner") })
	runtime.SetFinalizer(outer, func(t *T) { record("outer " + t.next.name) })
}

func main() {
	chain()
	waitFor(1)
	// The first to run, whenever the second runs (it may, at GOMAXPROCS>1,
	// before waitFor looks): the object that pointed to the other.
	mu.Lock()
	first := ran[0]
	mu.Unlock()
	fmt.Println("first:", first)
	fmt.Println("then:", waitFor(2))
}

// CHECK:first: outer inner
// CHECK-NEXT:then: [inner outer inner]
