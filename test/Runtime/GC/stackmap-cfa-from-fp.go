// Every stack-map call site's CFA-to-frame-pointer distance agrees with the
// executable's .eh_frame CFI at the call, and the CFI answers for all of them
// (the collector finds a Go frame's SP from its FP with that distance).
// REQUIRES: stackmaps
// (armv7 roots live on a shadow stack: no frame-pointer walk, no call sites.)
// RUN: %goshim build -o %t %s
// RUN: env GODEBUG=stackmapdump=1 %run %t 2>&1 | FileCheck %s
package main

import "runtime"

type Node struct {
	next *Node
	v    int
}

//go:noinline
func build(n int) *Node {
	var h *Node
	for i := 0; i < n; i++ {
		h = &Node{h, i}
	}
	return h
}

func main() {
	h := build(10)
	runtime.GC()
	s := 0
	for ; h != nil; h = h.next {
		s += h.v
	}
	println(s)
}

// CHECK: stackmapdump: cfa from fp known for [[N:[0-9]+]] of [[N]] call sites, 0 disagree
// CHECK: 45
