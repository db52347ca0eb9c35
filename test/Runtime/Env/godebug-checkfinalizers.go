// GODEBUG=checkfinalizers=1 (Go 1.25): every collection checks that no finalizer reaches its own object (through the object's contents or the finalizer's closure) and no cleanup reaches its object (through its function or argument), printing gc's report (the value's type and address, the finalizer or cleanup function and where it was created) and then "fatal error: detected possible issues with cleanups and/or finalizers", exit 2; and it prints the queues of finalizers and cleanups waiting to run at each collection. Without the setting nothing is checked or printed.
// RUN: %goshim build -o %t %s
// RUN: env GODEBUG=checkfinalizers=1 %run %t 2>&1 | FileCheck --check-prefix=OK %s
// RUN: not env GODEBUG=checkfinalizers=1 %run %t finalizer 2>&1 | FileCheck --check-prefix=FIN --match-full-lines --strict-whitespace %s
// RUN: not env GODEBUG=checkfinalizers=1 %run %t closure 2>&1 | FileCheck --check-prefix=CLOSURE %s
// RUN: not env GODEBUG=checkfinalizers=1 %run %t cleanup 2>&1 | FileCheck --check-prefix=CLEANUP --match-full-lines --strict-whitespace %s
// RUN: env GODEBUG=checkfinalizers=1 %run %t cleanup >/dev/null 2>&1; test $? -eq 2
// RUN: %run %t finalizer 2>&1 | FileCheck --check-prefix=OFF %s
// RUN: %run %t cleanup 2>&1 | FileCheck --check-prefix=OFF %s
package main

import (
	"fmt"
	"os"
	"runtime"
)

type Node struct {
	self *Node
	n    int
}

type Res struct{ name string }

type Handle struct{ res *Res }

var sink []*Node

//go:noinline
func selfReaching() {
	n := &Node{n: 2}
	n.self = n // the object reaches itself: its finalizer can never run
	runtime.SetFinalizer(n, func(n *Node) { fmt.Println("never") })
}

//go:noinline
func capturesOwn() {
	n := &Node{n: 3}
	runtime.SetFinalizer(n, func(*Node) { sink = append(sink, n) }) // the closure holds n
	// Reaching another finalizer-bearing object is no cycle: only this
	// finalizer's roots are marked for it.
	a, b := &Node{n: 4}, &Node{n: 5}
	runtime.SetFinalizer(a, func(*Node) { sink = append(sink, b) })
	runtime.SetFinalizer(b, func(*Node) { sink = append(sink, a) })
}

//go:noinline
func cleanupArg() {
	r := &Res{"r"}
	h := &Handle{r} // the cleanup's argument reaches the object
	runtime.AddCleanup(r, func(h *Handle) { fmt.Println("never", h) }, h)
}

func main() {
	mode := ""
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	// Fine: the finalizer reaches neither its object nor anything that does.
	ok := &Node{n: 1}
	runtime.SetFinalizer(ok, func(n *Node) {})
	runtime.GC()
	switch mode {
	case "finalizer":
		selfReaching()
	case "closure":
		capturesOwn()
	case "cleanup":
		cleanupArg()
	}
	runtime.GC()
	fmt.Println("done")
}

// OK: checkfinalizers: queue: {{[0-9]+}} finalizers + {{[0-9]+}} cleanups
// OK: done
// OK-NOT: WARNING

// FIN:WARNING: LIKELY CLEANUP/FINALIZER ISSUES
// FIN-EMPTY:
// FIN-NEXT:Value of type main.Node at 0x{{[0-9a-f]+}}
// FIN-NEXT:  is reachable from finalizer
// FIN-EMPTY:
// FIN-NEXT:Has finalizer at 0x{{[0-9a-f]+}}
// FIN-NEXT:  main.selfReaching.func1()
// FIN-NEXT:      {{.*}}godebug-checkfinalizers.go:33 +0x0
// FIN-NEXT:created at: 
// FIN-NEXT:  main.selfReaching()
// FIN-NEXT:      {{.*}}godebug-checkfinalizers.go:33 +0x{{[0-9a-f]+}}
// FIN-EMPTY:
// FIN-NEXT:fatal error: detected possible issues with cleanups and/or finalizers
// FIN-NOT: never

// CLOSURE: WARNING: LIKELY CLEANUP/FINALIZER ISSUES
// CLOSURE-EMPTY:
// CLOSURE-NEXT: Value of type main.Node at 0x{{[0-9a-f]+}}
// CLOSURE-NEXT:   is reachable from finalizer
// CLOSURE-EMPTY:
// CLOSURE-NEXT: Has finalizer at 0x{{[0-9a-f]+}}
// CLOSURE-NEXT:   main.capturesOwn.func1()
// CLOSURE-NOT: Value of type
// CLOSURE: fatal error: detected possible issues with cleanups and/or finalizers

// CLEANUP:WARNING: LIKELY CLEANUP/FINALIZER ISSUES
// CLEANUP-EMPTY:
// CLEANUP-NEXT:Value of type main.Res at 0x{{[0-9a-f]+}}
// CLEANUP-NEXT:  is reachable from cleanup or cleanup argument
// CLEANUP-EMPTY:
// CLEANUP-NEXT:Has cleanup at 0x{{[0-9a-f]+}}
// CLEANUP-NEXT:  main.cleanupArg.func1()
// CLEANUP-NEXT:      {{.*}}godebug-checkfinalizers.go:51 +0x0
// CLEANUP-NEXT:created at: 
// CLEANUP-NEXT:  main.cleanupArg()
// CLEANUP-NEXT:      {{.*}}godebug-checkfinalizers.go:51 +0x{{[0-9a-f]+}}
// CLEANUP-EMPTY:
// CLEANUP-NEXT:fatal error: detected possible issues with cleanups and/or finalizers

// OFF-NOT: checkfinalizers
// OFF-NOT: WARNING
// OFF: done
