// Shadow-stack targets (armv7): a pointer returned by an invoke whose normal destination is a loop header is stored to its root slot once, on a block of its own on that edge, and the slot stays live around the loop that reads it; the store used to sit in the header, so the slot was cleared as dead after the read and the collector missed the value across the rest of the loop (freed while still in use).
// REQUIRES: shadow-stack
// RUN: %goshim build --emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %goshim build -o %t %s
// RUN: env GOGC=0 GODEBUG=clobberfree=1 %run %t | FileCheck --check-prefix=OUT %s
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	v    int
}

//go:noinline
func list(n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{h, i}
	}
	return h
}

//go:noinline
func sum(h *node) int {
	s := 0
	for ; h != nil; h = h.next {
		s += h.v
	}
	return s
}

//go:noinline
func collect() int {
	p := &node{nil, 1}
	runtime.GC()
	return p.v
}

func main() {
	defer fmt.Println("done")
	h := list(100)
	total := 0
	i := 0
	for {
		total += sum(h)
		total -= collect()
		i++
		if i == 20 {
			break
		}
	}
	fmt.Println(total)
}

// CHECK-LABEL: define void @main.main(
// CHECK: [[H:%[^ ]+]] = invoke ptr addrspace(1) @main.list(
// CHECK-NEXT: to label %[[EDGE:[^ ]+]] unwind
// CHECK: [[EDGE]]:
// CHECK-SAME: preds = %{{[^ ,]+$}}
// CHECK-NEXT: store ptr addrspace(1) [[H]], ptr [[SLOT:%[^ ,]+]],
// CHECK-NEXT: br label %[[HEADER:[^ ,]+]]
// CHECK: [[HEADER]]:
// CHECK-NOT: store ptr addrspace(1) null, ptr [[SLOT]]
// CHECK-NOT: store ptr addrspace(1) [[H]]
// CHECK: invoke i32 @main.sum(
// CHECK-NOT: store ptr addrspace(1) null, ptr [[SLOT]]
// CHECK: invoke i32 @main.collect(
// CHECK: ret void

// OUT: 98980
// OUT-NEXT: done
