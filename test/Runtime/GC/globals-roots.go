// goshim describes every package-level variable that can hold pointers in
// section __gort_globals (the precise collector's static-data roots), with
// exactly the pointer words of its type: GODEBUG=stackmapdump=1 makes
// runtime.GC list them. Pointer-free variables (count, noptrs) are absent.
// RUN: %goshim build -o %t %s
// RUN: env GODEBUG=stackmapdump=1 %run %t 2>&1 | FileCheck %s
// RUN: %run %t 2>&1 | FileCheck %s --check-prefix=QUIET
package main

import "runtime"

type pair struct {
	n    int
	p, q *int
}

var (
	count  int
	ptr    = new(int)
	names  = []string{"a", "b"}
	table  = map[string]int{"x": 1}
	pairs  [2]pair
	fn     = func() int { return 1 }
	iface  interface{} = 42
	noptrs [4]float64
)

func main() {
	pairs[1].q = ptr
	runtime.GC()
	println(count, *ptr, len(names), table["x"], *pairs[1].q, fn(), iface.(int), noptrs[0])
}

// CHECK:stackmapdump: 6 globals with pointers
// CHECK-NEXT:stackmapdump:   global main.ptr +0 = 0x[[PTR:[0-9a-f]+]]
// CHECK-NEXT:stackmapdump:   global main.names +0 = 0x{{[0-9a-f]+}}
// CHECK-NEXT:stackmapdump:   global main.table +0 = 0x{{[0-9a-f]+}}
// CHECK-NEXT:stackmapdump:   global main.pairs +{{8|4}} = 0x0
// CHECK-NEXT:stackmapdump:   global main.pairs +{{16|8}} = 0x0
// CHECK-NEXT:stackmapdump:   global main.pairs +{{32|16}} = 0x0
// CHECK-NEXT:stackmapdump:   global main.pairs +{{40|20}} = 0x[[PTR]]
// CHECK-NEXT:stackmapdump:   global main.fn +0 = 0x{{[0-9a-f]+}}
// CHECK-NEXT:stackmapdump:   global main.iface +{{8|4}} = 0x{{[0-9a-f]+}}
// CHECK-NOT:global
// CHECK:0 0 2 1 0 1 42 +0.000000e+000

// QUIET-NOT:stackmapdump
// QUIET:0 0 2 1 0 1 42 +0.000000e+000
