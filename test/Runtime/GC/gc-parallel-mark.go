// Parallel marking keeps every object of a large graph (long lists, a wide tree, slices of pointers, maps, interfaces) while several markers share the work: checked by gccheckmark (a second, single-pass mark must find nothing new) and by clobberfree (a wrongly freed object reads 0xdeadbeef).
// RUN: %goshim build -o %t %s
// RUN: env %if gcstress %{GOGC=5%} GOMAXPROCS=4 GODEBUG=gccheckmark=1,clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env %if gcstress %{GOGC=5%} GOMAXPROCS=2 GODEBUG=clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env %if gcstress %{GOGC=5%} GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// The GC stress job (GOGC=0) collects at nearly every allocation, each time scanning every frame and object: at this scale that is quadratic, so it runs these at GOGC=5.
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	val  int
}

type tree struct {
	left, right *tree
	val         int
}

type boxed interface{ get() int }

type box struct{ v int }

func (b *box) get() int { return b.v }

var lists []*node
var root *tree
var table map[int]*node
var ifaces []boxed

func build(depth, v int) *tree {
	if depth == 0 {
		return &tree{val: v}
	}
	return &tree{left: build(depth-1, 2*v), right: build(depth-1, 2*v+1), val: v}
}

func sumTree(t *tree) int {
	if t == nil {
		return 0
	}
	return t.val + sumTree(t.left) + sumTree(t.right)
}

func check(round int) {
	s := 0
	for _, l := range lists {
		for n := l; n != nil; n = n.next {
			s += n.val
		}
	}
	t := sumTree(root)
	m := 0
	for k, n := range table {
		if n.val != k {
			fmt.Println("map entry broken", k, n.val)
		}
		m += n.val
	}
	b := 0
	for _, x := range ifaces {
		b += x.get()
	}
	fmt.Printf("round %d: lists %d tree %d map %d ifaces %d\n", round, s, t, m, b)
}

func main() {
	// 64 lists of 4,000 nodes: long chains, the shape a single marker
	// follows one object at a time.
	lists = make([]*node, 64)
	for i := 0; i < 64*4000; i++ {
		lists[i%64] = &node{next: lists[i%64], val: i % 7}
	}
	root = build(15, 1)
	table = make(map[int]*node)
	for i := 0; i < 20000; i++ {
		table[i] = &node{val: i}
	}
	ifaces = make([]boxed, 30000)
	for i := range ifaces {
		ifaces[i] = &box{v: i % 3}
	}
	for round := 0; round < 4; round++ {
		// Garbage between the collections, so freed slots get reused.
		var junk []*node
		for i := 0; i < 100000; i++ {
			junk = append(junk, &node{val: i})
			if len(junk) > 1000 {
				junk = nil
			}
		}
		runtime.GC()
		check(round)
	}
}

// CHECK:round 0: lists 767994 tree 2147450880 map 199990000 ifaces 30000
// CHECK-NEXT:round 1: lists 767994 tree 2147450880 map 199990000 ifaces 30000
// CHECK-NEXT:round 2: lists 767994 tree 2147450880 map 199990000 ifaces 30000
// CHECK-NEXT:round 3: lists 767994 tree 2147450880 map 199990000 ifaces 30000
