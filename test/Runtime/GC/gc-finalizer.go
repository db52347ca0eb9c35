// runtime.SetFinalizer: finalizers run once their object is unreachable, once only, through pointer, interface{} and non-empty interface parameters; SetFinalizer(x, nil) clears; a finalizer may resurrect its object; KeepAlive keeps the object (and its finalizer waiting) up to that point; a cycle of finalizers is never collected; misuse is gc's fatal error.
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// GODEBUG=efence=1: every object on pages of its own, made inaccessible once freed; finalizers and reclaiming still work.
// RUN: env GOMAXPROCS=4 GODEBUG=efence=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not %run %t notptr 2>&1 | FileCheck %s --check-prefix=NOTPTR
// NOTPTR: fatal error: runtime.SetFinalizer: first argument is int, not pointer
// NOTPTR-NOT: not reached
// RUN: not %run %t notfunc 2>&1 | FileCheck %s --check-prefix=NOTFUNC
// NOTFUNC: fatal error: runtime.SetFinalizer: second argument is int, not a function
// NOTFUNC-NOT: not reached
// RUN: not %run %t cannotpass 2>&1 | FileCheck %s --check-prefix=CANNOTPASS
// CANNOTPASS: fatal error: runtime.SetFinalizer: cannot pass *main.T to finalizer func(string)
// CANNOTPASS-NOT: not reached
// RUN: not %run %t twice 2>&1 | FileCheck %s --check-prefix=TWICE
// TWICE: fatal error: runtime.SetFinalizer: finalizer already set
// TWICE-NOT: not reached
// RUN: not %run %t nil 2>&1 | FileCheck %s --check-prefix=NIL
// NIL: fatal error: runtime.SetFinalizer: first argument is nil
// NIL-NOT: not reached
// RUN: %run %t twice >/dev/null 2>&1; test $? -eq 2
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"os"
	"runtime"
	"sort"
	"sync"
	"time"
)

type T struct {
	name string
	next *T
}

func (t *T) String() string { return "T(" + t.name + ")" }

var (
	mu    sync.Mutex
	ran   []string
	saved *T
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

func setup() {
	for _, n := range []string{"a", "b", "c"} {
		t := &T{name: n}
		runtime.SetFinalizer(t, func(t *T) { record("ptr " + t.name) })
	}
	// Cleared: never runs.
	x := &T{name: "cleared"}
	runtime.SetFinalizer(x, func(t *T) { record("cleared ran") })
	runtime.SetFinalizer(x, nil)
	// Through interface parameters.
	e := &T{name: "e"}
	runtime.SetFinalizer(e, func(v interface{}) { record("eface " + v.(*T).name) })
	s := &T{name: "s"}
	runtime.SetFinalizer(s, func(v fmt.Stringer) { record("iface " + v.String()) })
	// Resurrection: the finalizer keeps the object.
	r := &T{name: "r"}
	runtime.SetFinalizer(r, func(t *T) { saved = t; record("resurrect " + t.name) })
}

func cycle() {
	c1 := &T{name: "c1"}
	c2 := &T{name: "c2", next: c1}
	c1.next = c2
	runtime.SetFinalizer(c1, func(t *T) { record("c1 ran") })
	runtime.SetFinalizer(c2, func(t *T) { record("c2 ran") })
}

// KeepAlive: the finalizer cannot run while k is still to be kept alive.
func keepalive() bool {
	k := &T{name: "k"}
	runtime.SetFinalizer(k, func(t *T) { record("k") })
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	early := len(results()) > 0
	runtime.KeepAlive(k)
	return early
}

func misuse(which string) {
	t := &T{name: "m"}
	switch which {
	case "notptr":
		runtime.SetFinalizer(42, func(int) {})
	case "notfunc":
		runtime.SetFinalizer(t, 7)
	case "cannotpass":
		runtime.SetFinalizer(t, func(s string) {})
	case "twice":
		runtime.SetFinalizer(t, func(*T) {})
		runtime.SetFinalizer(t, func(*T) {})
	case "nil":
		runtime.SetFinalizer(nil, func(*T) {})
	}
	fmt.Println("not reached")
}

func main() {
	if len(os.Args) > 1 {
		misuse(os.Args[1])
		return
	}
	setup()
	for _, s := range waitFor(6) {
		fmt.Println(s)
	}
	fmt.Println("saved:", saved.name)
	mu.Lock()
	ran = nil
	mu.Unlock()
	fmt.Println("finalized before KeepAlive:", keepalive())
	fmt.Println("after:", waitFor(1))
	mu.Lock()
	ran = nil
	mu.Unlock()
	cycle()
	for i := 0; i < 5; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("cycle:", results())
	// Once only: nothing runs again.
	saved = nil
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("again:", results())
}

// CHECK:eface e
// CHECK-NEXT:iface T(s)
// CHECK-NEXT:ptr a
// CHECK-NEXT:ptr b
// CHECK-NEXT:ptr c
// CHECK-NEXT:resurrect r
// CHECK-NEXT:saved: r
// CHECK-NEXT:finalized before KeepAlive: false
// CHECK-NEXT:after: [k]
// CHECK-NEXT:cycle: []
// CHECK-NEXT:again: []
