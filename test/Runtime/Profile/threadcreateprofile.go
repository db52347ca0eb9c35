// runtime.ThreadCreateProfile: at least one thread record, ok=false for a nil slice, stacks within Stack0
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
)

func main() {
	n, ok := runtime.ThreadCreateProfile(nil)
	fmt.Println("nil slice: n >= 1:", n >= 1, "ok:", ok)
	recs := make([]runtime.StackRecord, n+100)
	n, ok = runtime.ThreadCreateProfile(recs)
	fmt.Println("n >= 1:", n >= 1, "ok:", ok)
	for i := 0; i < n; i++ {
		if len(recs[i].Stack()) > 32 {
			fmt.Println("record", i, "too long")
		}
	}
}

// CHECK:nil slice: n >= 1: true ok: false
// CHECK-NEXT:n >= 1: true ok: true
