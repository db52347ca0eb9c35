// the collector follows unsafe.Pointer fields, variables and interior pointers made by unsafe.Add and unsafe.Slice
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// Stress (native only: slow under qemu): GOGC=0 collects at every span refill.
// RUN: %if native %{ env GOGC=0 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"unsafe"
)

type node struct {
	val  int
	next unsafe.Pointer // *node, hidden from the type system
	buf  [8]int
}

// build makes a list whose links are unsafe.Pointers only.
func build(n int) unsafe.Pointer {
	var head unsafe.Pointer
	for i := 0; i < n; i++ {
		nd := &node{val: i, next: head}
		for j := range nd.buf {
			nd.buf[j] = i * j
		}
		head = unsafe.Pointer(nd)
	}
	return head
}

func sum(p unsafe.Pointer) (int, int) {
	s, c := 0, 0
	for p != nil {
		nd := (*node)(p)
		s += nd.val + nd.buf[7]
		c++
		p = nd.next
	}
	return s, c
}

func churn() {
	for i := 0; i < 2000; i++ {
		_ = make([]byte, 256)
	}
}

func main() {
	head := build(1000)
	// An interior pointer made with unsafe.Add keeps its object alive.
	arr := &[64]int64{}
	for i := range arr {
		arr[i] = int64(i * 3)
	}
	mid := unsafe.Add(unsafe.Pointer(arr), 40*8)
	arr = nil
	for round := 0; round < 5; round++ {
		churn()
		runtime.GC()
	}
	s, c := sum(head)
	fmt.Println(s, c)
	fmt.Println(*(*int64)(mid), *(*int64)(unsafe.Add(mid, -8)))
	// A slice over an object seen only through unsafe.Slice.
	sl := unsafe.Slice((*int64)(unsafe.Add(mid, 8)), 3)
	runtime.GC()
	fmt.Println(sl)
}

// CHECK:3996000 1000
// CHECK-NEXT:120 117
// CHECK-NEXT:[123 126 129]
