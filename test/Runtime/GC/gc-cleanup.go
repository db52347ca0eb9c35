// runtime.AddCleanup and Cleanup.Stop (Go 1.24; misuse panics as Go 1.25): a cleanup runs once, with its argument (string, int, struct, pointer, interface, closure), after its object is unreachable and collected; all of an object's cleanups run; Stop cancels one; with a finalizer too, the finalizer runs first; not while a global holds the object; static data never; arg equal to ptr, ptr nil, arg inside ptr's object and a cleanup closing over ptr panic with gc's string values. Not an oracle test: Go 1.19 has no AddCleanup; expectations follow the Go documentation and source.
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 GODEBUG=efence=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not %run %t equal 2>&1 | FileCheck %s --check-prefix=EQUAL
// EQUAL: panic: runtime.AddCleanup: ptr is equal to arg, cleanup will never run
// EQUAL-NOT: not reached
// RUN: not %run %t equalunsafe 2>&1 | FileCheck %s --check-prefix=EQUAL
// RUN: not %run %t nil 2>&1 | FileCheck %s --check-prefix=NIL
// NIL: panic: runtime.AddCleanup: ptr is nil
// NIL-NOT: not reached
// RUN: not %run %t within 2>&1 | FileCheck %s --check-prefix=WITHIN
// WITHIN: panic: runtime.AddCleanup: ptr is within arg, cleanup will never run
// WITHIN-NOT: not reached
// RUN: not %run %t closes 2>&1 | FileCheck %s --check-prefix=CLOSES
// CLOSES: panic: runtime.AddCleanup: cleanup function closes over ptr, cleanup will never run
// CLOSES-NOT: not reached
// RUN: %run %t equal >/dev/null 2>&1; test $? -eq 2
package main

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"sync"
	"time"
	"unsafe"
)

type T struct {
	name string
	next *T
	pad  [4]int
}

type pair struct {
	a int
	b string
}

var (
	mu   sync.Mutex
	ran  []string
	held *T
)

func record(s string) {
	mu.Lock()
	ran = append(ran, s)
	mu.Unlock()
}

// results: what ran so far, in the order it ran.
func results() []string {
	mu.Lock()
	defer mu.Unlock()
	return append([]string(nil), ran...)
}

func sorted(r []string) []string {
	sort.Strings(r)
	return r
}

func reset() {
	mu.Lock()
	ran = nil
	mu.Unlock()
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

// settle: a few collections, time for anything queued to run.
func settle() {
	for i := 0; i < 5; i++ {
		runtime.GC()
		time.Sleep(2 * time.Millisecond)
	}
}

// Arguments of several types reach the cleanup unchanged.
func args() {
	other := &T{name: "other"}
	objs := make([]*T, 6)
	for i := range objs {
		objs[i] = &T{name: fmt.Sprint("o", i)}
	}
	runtime.AddCleanup(objs[0], func(s string) { record("string " + s) }, "hello")
	runtime.AddCleanup(objs[1], func(i int) { record(fmt.Sprint("int ", i)) }, 42)
	runtime.AddCleanup(objs[2], func(p pair) { record(fmt.Sprint("struct ", p.a, " ", p.b)) }, pair{7, "seven"})
	// arg points to another object, which the cleanup keeps alive.
	runtime.AddCleanup(objs[3], func(t *T) { record("pointer " + t.name) }, other)
	runtime.AddCleanup(objs[4], func(v interface{}) { record(fmt.Sprint("interface ", v)) }, interface{}(3.5))
	// A closure over something other than the object.
	suffix := "!"
	runtime.AddCleanup(objs[5], func(s string) { record("closure " + s + suffix) }, "bye")
}

// Several cleanups on one object all run, once each.
func multi() {
	t := &T{name: "m"}
	for i := 0; i < 3; i++ {
		runtime.AddCleanup(t, func(i int) { record(fmt.Sprint("multi ", i)) }, i)
	}
}

// Stop cancels one cleanup; the object's other cleanup still runs.
func stop() {
	t := &T{name: "s"}
	c := runtime.AddCleanup(t, func(s string) { record("stopped " + s) }, "ran")
	runtime.AddCleanup(t, func(s string) { record("not stopped " + s) }, "ran")
	c.Stop()
	c.Stop() // a second Stop does nothing
	var zero runtime.Cleanup
	zero.Stop() // nor does Stop of the zero Cleanup
	runtime.KeepAlive(t)
}

// A cleanup and a finalizer on one object: the finalizer runs first, the
// cleanup once the object is unreachable without its finalizer.
func both() {
	t := &T{name: "both"}
	runtime.SetFinalizer(t, func(t *T) { record("finalizer " + t.name) })
	runtime.AddCleanup(t, func(s string) { record("cleanup " + s) }, "both")
}

func reachable() {
	held = &T{name: "held"}
	runtime.AddCleanup(held, func(s string) { record("held " + s) }, "ran")
}

func misuse(which string) {
	t := &T{name: "m"}
	switch which {
	case "equal":
		runtime.AddCleanup(t, func(p *T) {}, t)
	case "equalunsafe":
		runtime.AddCleanup(t, func(p unsafe.Pointer) {}, unsafe.Pointer(t))
	case "nil":
		var p *T
		runtime.AddCleanup(p, func(int) {}, 0)
	case "within":
		runtime.AddCleanup(t, func(p **T) {}, &t.next)
	case "closes":
		// v's heap cell is the object; the closure points to it.
		var v T
		runtime.AddCleanup(&v, func(int) { fmt.Println(v.name) }, 0)
	}
	fmt.Println("not reached")
}

func main() {
	if len(os.Args) > 1 {
		misuse(os.Args[1])
		return
	}

	// Recovered: AddCleanup's misuse is a panic, not a fatal error.
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		misuse("equal")
	}()

	args()
	for _, s := range sorted(waitFor(6)) {
		fmt.Println(s)
	}
	settle()
	fmt.Println("args again:", len(results()))
	reset()

	multi()
	fmt.Println(sorted(waitFor(3)))
	settle()
	fmt.Println("multi again:", len(results()))
	reset()

	stop()
	fmt.Println(waitFor(1))
	settle()
	fmt.Println("stop after:", results())
	reset()

	both()
	fmt.Println(waitFor(2))
	settle()
	fmt.Println("both after:", results())
	reset()

	// Not while reachable from a global; then once it is not.
	reachable()
	settle()
	fmt.Println("while held:", results())
	runtime.KeepAlive(held)
	held = nil
	fmt.Println("dropped:", waitFor(1))
	reset()

	// Static data is never freed: accepted, never run, and Stop is a no-op.
	runtime.AddCleanup(&static, func(s string) { record("static " + s) }, "ran").Stop()
	runtime.AddCleanup(&static, func(s string) { record("static " + s) }, "ran")
	settle()
	fmt.Println("static:", results())
}

var static T

// CHECK:recovered string: runtime.AddCleanup: ptr is equal to arg, cleanup will never run
// CHECK-NEXT:closure bye!
// CHECK-NEXT:int 42
// CHECK-NEXT:interface 3.5
// CHECK-NEXT:pointer other
// CHECK-NEXT:string hello
// CHECK-NEXT:struct 7 seven
// CHECK-NEXT:args again: 6
// CHECK-NEXT:[multi 0 multi 1 multi 2]
// CHECK-NEXT:multi again: 3
// CHECK-NEXT:[not stopped ran]
// CHECK-NEXT:stop after: [not stopped ran]
// CHECK-NEXT:[finalizer both cleanup both]
// CHECK-NEXT:both after: [finalizer both cleanup both]
// CHECK-NEXT:while held: []
// CHECK-NEXT:dropped: [held ran]
// CHECK-NEXT:static: []
