// GODEBUG=memprofilerate=N sets runtime.MemProfileRate before main runs (1: every allocation is sampled, 0: none); the default is 512 KiB and a program's own write is what the runtime reads. Not an oracle test: gc 1.19 documents the knob but its runtime package initialization assigns the default again afterwards, so `go run` prints 524288 for every N (the DEFAULT lines match gc's output).
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --check-prefix=DEFAULT --match-full-lines %s
// RUN: env GODEBUG=memprofilerate=1 %run %t 2>&1 | FileCheck --check-prefix=ONE --match-full-lines %s
// RUN: env GODEBUG=gctrace=0,memprofilerate=0 %run %t 2>&1 | FileCheck --check-prefix=ZERO --match-full-lines %s
// RUN: env GODEBUG=memprofilerate=4096 %run %t 2>&1 | FileCheck --check-prefix=N4096 --match-full-lines %s
// DEFAULT:      MemProfileRate: 524288
// DEFAULT-NEXT: ok: true sampled objects of allocSome: {{[0-9]+}}
// DEFAULT-NEXT: MemProfileRate: 0
// ONE:      MemProfileRate: 1
// ONE-NEXT: ok: true sampled objects of allocSome: 10
// ONE-NEXT: MemProfileRate: 0
// ZERO:      MemProfileRate: 0
// ZERO-NEXT: ok: true sampled objects of allocSome: 0
// ZERO-NEXT: MemProfileRate: 0
// N4096:      MemProfileRate: 4096
// N4096-NEXT: ok: true sampled objects of allocSome: {{[0-9]+}}
// N4096-NEXT: MemProfileRate: 0
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var keep [10]*[32]int64

//go:noinline
func allocSome() {
	for i := range keep {
		keep[i] = new([32]int64)
	}
}

func main() {
	fmt.Println("MemProfileRate:", runtime.MemProfileRate)
	allocSome()
	runtime.GC()
	recs := make([]runtime.MemProfileRecord, 1000)
	n, ok := runtime.MemProfile(recs, false)
	var objs int64
	for _, r := range recs[:n] {
		frames := runtime.CallersFrames(r.Stack())
		for {
			f, more := frames.Next()
			if strings.HasSuffix(f.Function, "main.allocSome") {
				objs += r.AllocObjects
			}
			if !more {
				break
			}
		}
	}
	fmt.Println("ok:", ok, "sampled objects of allocSome:", objs)
	runtime.MemProfileRate = 0
	fmt.Println("MemProfileRate:", runtime.MemProfileRate)
}
