// debug.WriteHeapDump: the dump of a known heap (1000 linked nodes kept alive, a goroutine blocked in a channel receive with a pending defer, an object with a finalizer, an itab built at run time, every allocation sampled) is gc's "go1.7 heap dump" format, read back record by record by utils/heapdump.py: the nodes as objects of their size with one pointer field, the blocked goroutine's status, wait reason and Go frames, the dumping goroutine as gc reports it, the finalizer record of the object, the itab and its type, memory-profile buckets and samples, memstats, EOF.
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
	"strings"
	"unsafe"
)

type node struct {
	next *node
	val  int
	pad  [2]int
}

type resource struct{ id int }

func (r *resource) Name() string { return "resource" }

type namer interface{ Name() string }

// asNamer converts at run time (the runtime builds the itab).
//
//go:noinline
func asNamer(x interface{}) namer { return x.(namer) }

var ch = make(chan int)

func done() { println("receiver done") }

// keep is live across the receive: a pointer slot in receiver's frame
// (a shadow-stack root on armv7).
func receiver(keep *node) {
	defer done()
	<-ch
	runtime.KeepAlive(keep)
}

// waitBlocked returns once the receiver is parked in its receive.
func waitBlocked() {
	buf := make([]byte, 1<<16)
	for {
		s := string(buf[:runtime.Stack(buf, true)])
		if strings.Contains(s, "[chan receive]:\nmain.receiver") {
			return
		}
		runtime.Gosched()
	}
}

func main() {
	runtime.MemProfileRate = 1
	var head *node
	for i := 0; i < 1000; i++ {
		head = &node{next: head, val: i}
	}
	r := &resource{1}
	n := asNamer(r)
	runtime.SetFinalizer(r, func(*resource) {})
	go receiver(&node{val: -1})
	waitBlocked()
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	debug.WriteHeapDump(f.Fd())
	f.Close()
	println("node size", unsafe.Sizeof(node{}))
	println("finalizer on", r)
	runtime.KeepAlive(head)
	runtime.KeepAlive(r)
	runtime.KeepAlive(n)
}

// CHECK: node size [[SIZE:[0-9]+]]
// CHECK: finalizer on [[OBJ:0x[0-9a-f]+]]
// CHECK: header: go1.7 heap dump
// CHECK: params: little-endian ptrsize={{4|8}} heap=[0x{{[0-9a-f]+}},0x{{[0-9a-f]+}}) arch={{amd64|arm64|riscv64|arm}} version=go1.19 goshim ncpu={{[1-9][0-9]*}}
// CHECK: count eof 1
// CHECK: count object {{[1-9][0-9][0-9][0-9]+}}
// CHECK: count type {{[1-9][0-9]*}}
// CHECK: count goroutine {{[2-9]|[1-9][0-9]+}}
// CHECK: count params 1
// CHECK: count finalizer {{[1-9][0-9]*}}
// CHECK: count itab {{[1-9][0-9]*}}
// CHECK: count osthread {{[1-9][0-9]*}}
// CHECK: count memstats 1
// CHECK: count data 1
// CHECK: count bss 1
// CHECK: count defer {{[1-9][0-9]*}}
// CHECK: count memprof {{[1-9][0-9]*}}
// CHECK: count allocsample {{[1-9][0-9][0-9][0-9]+}}
// CHECK: objects size=[[SIZE]] ptrs=1 count={{[1-9][0-9][0-9][0-9]+}}
// CHECK: goroutine 1 status=waiting(4) reason="dumping heap" system=false frames={{[1-9][0-9]*}} defers=0 panics=0
// CHECK: frame {{[0-9]+}} main.main size={{[0-9]+}} ptrs={{[1-9][0-9]*}}
// CHECK: goroutine {{[0-9]+}} status=waiting(4) reason="chan receive" system=false frames={{[1-9][0-9]*}} defers=1 panics=0
// CHECK: frame {{[0-9]+}} main.receiver size={{[0-9]+}} ptrs={{[1-9][0-9]*}}
// CHECK: type *main.resource size={{4|8}} indirect=false
// CHECK: finalizer obj=[[OBJ]] fn=0x{{[0-9a-f]+}} code=0x{{[0-9a-f]+}}
// CHECK: memstats HeapObjects {{[1-9][0-9][0-9][0-9]+}}
// CHECK: memstats NumGC {{[0-9]+}}
// CHECK: eof at offset {{[0-9]+}}
