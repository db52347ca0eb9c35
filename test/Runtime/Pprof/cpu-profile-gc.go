// CPU time the collector's mark helper threads spend is charged to runtime._GC in a CPU profile (gc's pseudo-frame for collector work outside any goroutine); the goroutine that forced the collections marks too, under main.main
// REQUIRES: go-oracle, native
// (native: the helpers exist only with two CPUs or more, which the suite's machines have; under qemu the run would take minutes)
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=2 %run %t %t.prof | FileCheck --check-prefix=OUT %s
// RUN: go tool pprof -top %t.prof 2>&1 | FileCheck --check-prefix=TOP %s
// OUT: profile written true
// TOP: Type: cpu
// TOP-DAG: {{^ +[0-9.]+m?s? .*}} runtime._GC{{$}}
// TOP-DAG: {{^ +[0-9.]+m?s? .*}} main.main{{$}}
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

type obj struct {
	next *obj
	pad  [6]uintptr
}

var live []*obj

func main() {
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	// 500,000 objects in 1,024 chains: enough marking for the helper to
	// be sampled many times at 100 Hz.
	live = make([]*obj, 1024)
	for i := 0; i < 500000; i++ {
		live[i%1024] = &obj{next: live[i%1024]}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		panic(err)
	}
	for i := 0; i < 60; i++ {
		runtime.GC()
	}
	pprof.StopCPUProfile()
	fmt.Println("profile written", f.Close() == nil)
}

// Not under the GC stress job: the test profiles a fixed amount of collection work, which takes over two minutes with a collection per refill.
// UNSUPPORTED: gcstress
