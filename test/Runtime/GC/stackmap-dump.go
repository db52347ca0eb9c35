// GODEBUG=stackmapdump=1 makes runtime.GC print the Go frames it walks from its
// call site and the live GC-pointer slots of each, read from the LLVM stack
// maps (shadow-stack entries on armv7). Every live pointer must be found in
// the frame that holds it.
// RUN: %goshim build -o %t %s
// RUN: env GODEBUG=stackmapdump=1 %run %t 2>&1 | FileCheck %s --check-prefixes=CHECK,%if stackmaps %{SM%} %else %{SS%}
// RUN: %run %t 2>&1 | FileCheck %s --check-prefix=QUIET
package main

import "runtime"

type Node struct {
	next *Node
	val  int
}

// Recursion keeps every level a real frame; the println after the call keeps
// n live across it.
func walk(n *Node, depth int) int {
	if depth == 0 {
		runtime.GC()
		return n.val
	}
	r := walk(n.next, depth-1)
	println("level", depth, n.val)
	return r
}

func main() {
	a := &Node{val: 1}
	b := &Node{next: a, val: 2}
	c := &Node{next: b, val: 3}
	println(a, b, c)
	println(walk(c, 2))
	println(a.val, b.val, c.val)
}

// CHECK: [[A:0x[0-9a-f]+]] [[B:0x[0-9a-f]+]] [[C:0x[0-9a-f]+]]
// SM: stackmapdump: runtime.GC: {{[1-9][0-9]*}} tables, {{[1-9][0-9]*}} call sites
// SM-NOT: root[
// SS: stackmapdump: runtime.GC: shadow stack
// Each level's own node is among the slots of its frame (LLVM may keep more
// live, e.g. after inlining one level):
// CHECK: stackmapdump: frame 0 main.walk
// CHECK-NOT: stackmapdump: frame
// CHECK: stackmapdump:   slot {{.*}} = [[A]]
// CHECK: stackmapdump: frame 1 main.walk
// CHECK-NOT: stackmapdump: frame
// CHECK: stackmapdump:   slot {{.*}} = [[B]]
// CHECK: stackmapdump: frame 2 main.walk
// CHECK-NOT: stackmapdump: frame
// CHECK: stackmapdump:   slot {{.*}} = [[C]]
// CHECK: stackmapdump: frame 3 main.main
// CHECK-DAG: stackmapdump:   slot {{.*}} = [[A]]
// CHECK-DAG: stackmapdump:   slot {{.*}} = [[B]]
// CHECK-DAG: stackmapdump:   slot {{.*}} = [[C]]
// CHECK: stackmapdump: end at
// CHECK-NEXT: stackmapdump: 0 globals with pointers
// CHECK-NOT: stackmapdump
// CHECK: level 1 2
// CHECK-NEXT: level 2 3
// CHECK-NEXT: 1
// CHECK-NEXT: 1 2 3
// QUIET-NOT: stackmapdump
