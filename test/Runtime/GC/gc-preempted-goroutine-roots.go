// A goroutine stopped at a loop's back-edge preemption poll has its innermost Go frame scanned precisely: the collector's walk starts at the saved context's resume address (GODEBUG=stackmapdump=2 lists the frame and its live pointers), and objects only that frame holds survive many collections.
// REQUIRES: stackmaps
// (armv7 has no stack-map frames to list: its Go frames' roots are shadow-stack entries.)
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 GODEBUG=stackmapdump=2,clobberfree=1 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=4 GODEBUG=stackmapdump=2,clobberfree=1 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 GODEBUG=clobberfree=1 %run %t 2>&1 | FileCheck %s --check-prefix=QUIET
package main

import (
	"runtime"
	"sync/atomic"
)

type obj struct {
	tag int
	pad [3]int
}

var started, stop, finalized int32

// newObj hands out an object with a finalizer that must never run: after the
// call the caller's frame is the only place that holds it.
//
//go:noinline
func newObj(tag int) *obj {
	o := &obj{tag: tag}
	runtime.SetFinalizer(o, func(*obj) { atomic.AddInt32(&finalized, 1) })
	return o
}

// The loop makes no calls: the goroutine stops only at its back-edge poll
// (sysmon's preemption or a stop-the-world), with p and q live across it.
//
//go:noinline
func spin(p, q *obj) int {
	println("spin", p, q)
	atomic.StoreInt32(&started, 1)
	s := 0
	for atomic.LoadInt32(&stop) == 0 {
		s++
	}
	return p.tag*10 + q.tag + s - s
}

func main() {
	res := make(chan int)
	go func() { res <- spin(newObj(1), newObj(2)) }()
	for atomic.LoadInt32(&started) == 0 {
		runtime.Gosched()
	}
	for i := 0; i < 20; i++ {
		runtime.GC()
	}
	atomic.StoreInt32(&stop, 1)
	println("result", <-res)
	println("finalized", atomic.LoadInt32(&finalized))
}

// CHECK: spin [[P:0x[0-9a-f]+]] [[Q:0x[0-9a-f]+]]
// CHECK: stackmapdump: goroutine [[#]] frame 0 main.spin pc={{.*}} pairs={{[1-9][0-9]*}}
// CHECK-DAG: stackmapdump:   slot {{.*}} = [[P]] base
// CHECK-DAG: stackmapdump:   slot {{.*}} = [[Q]] base
// CHECK: stackmapdump: goroutine [[#]] frame 1 main.main.func1
// CHECK: result 12
// CHECK-NEXT: finalized 0
// QUIET-NOT: stackmapdump
// QUIET: result 12
// QUIET-NEXT: finalized 0
