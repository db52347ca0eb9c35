// A grown stack shrinks by halves at collections (runtime.MemStats.StackInuse falls back), StackSys covers StackInuse, debug.SetMaxStack returns the 1 GB default
// Stacks grow only where stack maps are (armv7 keeps fixed 64 KiB stacks, docs/DESIGN.md):
// REQUIRES: stackmaps
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GODEBUG=gcshrinkstackoff=1 %run %t 2>&1 | FileCheck --check-prefix=OFF --match-full-lines %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// main changes seed, so the optimizer cannot fold the copy below into constants.
var seed = [8]int{1, 2, 3, 4, 5, 6, 7, 8}

func deep(n int) int {
	if n == 0 {
		return 0
	}
	pad := seed // eight words live across the call: every frame holds them
	return deep(n-1) + pad[n%8] - seed[n%8] + 1
}

func stackInuse() uint64 {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.StackInuse
}

func main() {
	seed[0] = len(seed)
	base := stackInuse()
	d := deep(200000)
	grown := stackInuse() // before fmt allocates: a collection may shrink the stack
	fmt.Println("deep:", d)
	fmt.Println("grew past 8 MiB:", grown-base > 8<<20)
	for i := 0; i < 12; i++ {
		runtime.GC()
		deep(10) // a function entry: where a shrink happens here
	}
	after := stackInuse()
	fmt.Println("shrunk below 1 MiB:", after-base < 1<<20)
	fmt.Println("StackSys >= StackInuse:", func() bool { var ms runtime.MemStats; runtime.ReadMemStats(&ms); return ms.StackSys >= ms.StackInuse }())
	fmt.Println("previous max:", debug.SetMaxStack(1<<30))
}

// CHECK:deep: 200000
// CHECK-NEXT:grew past 8 MiB: true
// CHECK-NEXT:shrunk below 1 MiB: true
// CHECK-NEXT:StackSys >= StackInuse: true
// CHECK-NEXT:previous max: 1000000000
// GODEBUG=gcshrinkstackoff=1 keeps the grown stack.
// OFF:shrunk below 1 MiB: false
