// debug.WriteHeapDump lists the innermost Go frame of a goroutine stopped at a loop's back-edge preemption poll, with its live pointers, and its callers up to the go statement's wrapper.
// REQUIRES: stackmaps
// (armv7 dumps shadow-stack entries, which a call-free loop's frame may not have.)
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t %t.dump1 > %t.out1 2>&1
// RUN: %heapdump --frames %t.dump1 >> %t.out1
// RUN: FileCheck --input-file %t.out1 %s
// RUN: env GOMAXPROCS=4 %run %t %t.dump4 > %t.out4 2>&1
// RUN: %heapdump --frames %t.dump4 >> %t.out4
// RUN: FileCheck --input-file %t.out4 %s
package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"sync/atomic"
)

type obj struct {
	tag int
	pad [3]int
}

var started, stop int32

// No calls in the loop: the goroutine stops only at its back-edge poll, with
// p and q live across it.
//
//go:noinline
func spin(p, q *obj) int {
	atomic.StoreInt32(&started, 1)
	s := 0
	for atomic.LoadInt32(&stop) == 0 {
		s++
	}
	return p.tag*10 + q.tag + s - s
}

func main() {
	res := make(chan int)
	go func() { res <- spin(&obj{tag: 1}, &obj{tag: 2}) }()
	for atomic.LoadInt32(&started) == 0 {
		runtime.Gosched()
	}
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	debug.WriteHeapDump(f.Fd())
	f.Close()
	atomic.StoreInt32(&stop, 1)
	println("result", <-res)
}

// CHECK: result 12
// CHECK: goroutine {{[0-9]+}} status=runnable(1) reason="" system=false frames={{[3-9]}}
// CHECK-NEXT: frame 0 main.spin size={{[0-9]+}} ptrs=2
// CHECK-NEXT: frame 1 main.main.func1
// CHECK-NEXT: frame 2 main.main.gowrap{{[0-9]+}}
