// runtime/metrics /gc/scan: globals is the pointer-holding part of the package-level variables (known before any GC), heap what the last cycle scanned in heap objects (each up to its last pointer word), stack the goroutine stack bytes it scanned, total their sum; a kept list and a deep goroutine show up in heap and stack, and leave them once dropped. Not an oracle test: Go 1.19 has no /gc/scan metrics.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
package main

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
	"unsafe"
)

type node struct {
	val  [7]uintptr
	next *node // the last word: the whole node is scannable
}

// Package-level pointers: 64 KiB of them on 64-bit targets.
var table [8192]*node

func scan() (globals, heap, stack, total uint64) {
	s := []metrics.Sample{{Name: "/gc/scan/globals:bytes"}, {Name: "/gc/scan/heap:bytes"},
		{Name: "/gc/scan/stack:bytes"}, {Name: "/gc/scan/total:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64(), s[1].Value.Uint64(), s[2].Value.Uint64(), s[3].Value.Uint64()
}

const depth = 500 // armv7's fixed 64 KiB goroutine stacks hold this deep a chain

// minFrame is a lower bound on any frame: a return address and a saved
// frame pointer (or the frame record) at least.
const minFrame = 2 * unsafe.Sizeof(uintptr(0))

// deep recurses n frames, then blocks until release is closed.
func deep(n int, ready chan<- bool, release <-chan bool) int {
	if n == 0 {
		ready <- true
		<-release
		return 0
	}
	return deep(n-1, ready, release) + n
}

func main() {
	for _, d := range metrics.All() {
		if strings.HasPrefix(d.Name, "/gc/scan/") {
			fmt.Println(d.Name, d.Kind, d.Cumulative)
		}
	}
	g, _, _, _ := scan()
	fmt.Println("globals before any GC hold the table:", g >= uint64(unsafe.Sizeof(table)))

	const n = 20000
	nodeSize := uint64(unsafe.Sizeof(node{}))
	var list *node
	for i := 0; i < n; i++ {
		list = &node{next: list}
	}
	table[0] = list
	list = nil
	ready, release := make(chan bool), make(chan bool)
	go deep(depth, ready, release)
	<-ready
	runtime.GC()
	g1, h1, s1, t1 := scan()
	fmt.Println("kept: total is the sum:", t1 == g1+h1+s1, "globals unchanged:", g1 == g)
	fmt.Println("kept: heap covers the list:", h1 >= n*nodeSize)
	fmt.Println("kept: stack covers the deep goroutine:", s1 >= depth*uint64(minFrame))

	table[0] = nil
	close(release)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	runtime.GC()
	g2, h2, s2, t2 := scan()
	fmt.Println("dropped: total is the sum:", t2 == g2+h2+s2, "globals unchanged:", g2 == g)
	fmt.Println("dropped: heap shrank by the list:", h2+n*nodeSize <= h1)
	fmt.Println("dropped: stack shrank by the deep goroutine:", s2+depth*uint64(minFrame) <= s1)
}

// CHECK:/gc/scan/globals:bytes 1 false
// CHECK-NEXT:/gc/scan/heap:bytes 1 false
// CHECK-NEXT:/gc/scan/stack:bytes 1 false
// CHECK-NEXT:/gc/scan/total:bytes 1 false
// CHECK-NEXT:globals before any GC hold the table: true
// CHECK-NEXT:kept: total is the sum: true globals unchanged: true
// CHECK-NEXT:kept: heap covers the list: true
// CHECK-NEXT:kept: stack covers the deep goroutine: true
// CHECK-NEXT:dropped: total is the sum: true globals unchanged: true
// CHECK-NEXT:dropped: heap shrank by the list: true
// CHECK-NEXT:dropped: stack shrank by the deep goroutine: true
