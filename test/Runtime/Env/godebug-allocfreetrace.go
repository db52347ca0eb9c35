// GODEBUG=allocfreetrace=1 prints gc 1.19's records: "tracealloc(ADDR, SLOT, TYPE)" and the allocating goroutine's traceback for each allocation, "tracegc()" with every goroutine's stack and "end tracegc" for each collection, "tracefree(ADDR, SLOT)" with a traceback for each object the sweeper frees; each record ends with a blank line.
// RUN: %goshim build -o %t %s
// RUN: env GODEBUG=allocfreetrace=1 %run %t > %t.out 2>&1
// RUN: FileCheck --input-file %t.out %s
// RUN: FileCheck --input-file %t.out --check-prefix=KEPT %s
// RUN: FileCheck --input-file %t.out --check-prefix=FREE %s
// RUN: %run %t 2>&1 | FileCheck --check-prefix=QUIET %s
package main

import "runtime"

type Node struct {
	next *Node
	val  [7]int64 // 64 bytes on every target
}

var keep *Node

func alloc(i int) *Node {
	n := &Node{}
	n.val[0] = int64(i)
	return n
}

func main() {
	for i := 0; i < 3; i++ {
		n := alloc(i)
		if i == 0 {
			keep = n
		}
	}
	runtime.GC()
	println("kept", keep.val[0])
}

// CHECK: tracealloc([[A1:0x[0-9a-f]+]], 0x40, main.Node)
// CHECK-NEXT: goroutine 1 [running]:
// CHECK: main.alloc(...)
// CHECK-NEXT: {{.*}}godebug-allocfreetrace.go:{{[0-9]+}}
// CHECK-NEXT: main.main()
// CHECK: tracealloc([[A2:0x[0-9a-f]+]], 0x40, main.Node)
// CHECK-NEXT: goroutine 1 [running]:
// CHECK: main.main()
// CHECK: tracealloc({{0x[0-9a-f]+}}, 0x40, main.Node)
// CHECK: tracegc()
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK: main.main()
// CHECK: end tracegc
// CHECK-EMPTY:
// CHECK: kept 0

// FREE: tracealloc({{0x[0-9a-f]+}}, 0x40, main.Node)
// FREE: tracealloc([[A2:0x[0-9a-f]+]], 0x40, main.Node)
// FREE: end tracegc
// FREE: tracefree([[A2]], 0x40)
// FREE-NEXT: goroutine 1 [running]:
// FREE: main.main()
// FREE: kept 0

// KEPT: tracealloc([[A1:0x[0-9a-f]+]], 0x40, main.Node)
// KEPT: end tracegc
// KEPT-NOT: tracefree([[A1]],
// KEPT: kept 0

// QUIET-NOT: trace
// QUIET: kept 0
