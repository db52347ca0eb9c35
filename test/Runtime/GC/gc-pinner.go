// runtime.Pinner (Go 1.21): pinned objects are not freed until Unpin (their cleanups wait, then run); Unpin of an empty Pinner and a second Unpin do nothing; a Pinner is reusable; non-heap and nil pointers are ignored; pinning a non-pointer or nil panics with gc's runtime.Error texts; a Pinner dropped while still pinning makes the collector panic. Not an oracle test: Go 1.19 has no Pinner; expectations follow the Go documentation and source.
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not %run %t leak 2>&1 | FileCheck %s --check-prefix=LEAK
// LEAK: panic: runtime error: runtime.Pinner: found leaking pinned pointer; forgot to call Unpin()?
// LEAK-NOT: not reached
// RUN: %run %t leak >/dev/null 2>&1; test $? -eq 2
package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
	"time"
	"unsafe"
)

type T struct {
	name string
	next *T
	pad  [4]int
}

var (
	mu     sync.Mutex
	ran    []string
	global T
)

func record(s string) {
	mu.Lock()
	ran = append(ran, s)
	mu.Unlock()
}

func results() []string {
	mu.Lock()
	defer mu.Unlock()
	return append([]string(nil), ran...)
}

// waitFor collects until n cleanups have run (or 5 s pass).
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

func settle() {
	for i := 0; i < 5; i++ {
		runtime.GC()
		time.Sleep(2 * time.Millisecond)
	}
}

// pinNew pins two new objects, each with a cleanup, and drops them.
func pinNew(p *runtime.Pinner) {
	a := &T{name: "a"}
	b := &T{name: "b"}
	runtime.AddCleanup(a, func(s string) { record(s) }, "a freed")
	runtime.AddCleanup(b, func(s string) { record(s) }, "b freed")
	p.Pin(a)
	p.Pin(unsafe.Pointer(b))
}

// pinAndLeak drops a Pinner that still holds a pinned pointer.
func pinAndLeak() {
	p := new(runtime.Pinner)
	p.Pin(&T{name: "leaked"})
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(runtime.Error); ok {
			fmt.Printf("%s: runtime.Error %q\n", name, err.Error())
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "leak" {
		pinAndLeak()
		waitFor(1)
		fmt.Println("not reached")
		return
	}

	var p runtime.Pinner
	p.Unpin() // nothing pinned yet: nothing to do
	pinNew(&p)
	// Pinned objects are not freed, so their cleanups cannot run.
	settle()
	fmt.Println("while pinned:", results())
	p.Unpin()
	r := waitFor(2)
	if len(r) == 2 && r[0] > r[1] {
		r[0], r[1] = r[1], r[0]
	}
	fmt.Println("after Unpin:", r)
	p.Unpin() // again: nothing to do

	// A Pinner is reusable after Unpin; pointers outside the heap and nil
	// pointers are accepted and ignored.
	x := &T{name: "x"}
	p.Pin(x)
	p.Pin(&global)
	p.Pin((*T)(nil))
	p.Unpin()
	runtime.KeepAlive(&p)

	// Misuse panics with a runtime.Error, as gc.
	var q runtime.Pinner
	try("int", func() { q.Pin(42) })
	try("string", func() { q.Pin("s") })
	try("struct", func() { q.Pin(global) })
	try("nil", func() { q.Pin(nil) })
	q.Unpin()
	fmt.Println("done")
}

// CHECK:while pinned: []
// CHECK-NEXT:after Unpin: [a freed b freed]
// CHECK-NEXT:int: runtime.Error "runtime error: runtime.Pinner: argument is not a pointer: int"
// CHECK-NEXT:string: runtime.Error "runtime error: runtime.Pinner: argument is not a pointer: string"
// CHECK-NEXT:struct: runtime.Error "runtime error: runtime.Pinner: argument is not a pointer: main.T"
// CHECK-NEXT:nil: runtime.Error "runtime error: runtime.Pinner: argument is nil"
// CHECK-NEXT:done
