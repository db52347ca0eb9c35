// StartCPUProfile while profiling returns gc's error; a stopped profile frees the profiler; runtime.CPUProfile panics as in gc; SetCPUProfileRate while on prints gc's message
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"bytes"
	"fmt"
	"runtime"
	"runtime/pprof"
)

func cpuProfile() {
	defer func() { fmt.Println("recovered:", recover()) }()
	runtime.CPUProfile()
}

func main() {
	var b1, b2 bytes.Buffer
	fmt.Println(pprof.StartCPUProfile(&b1))
	fmt.Println(pprof.StartCPUProfile(&b2))
	pprof.StopCPUProfile()
	pprof.StopCPUProfile() // no profile: nothing to do
	fmt.Println(b1.Len() > 0, b2.Len())
	// Stopped and read to the end: a new profile may start.
	fmt.Println(pprof.StartCPUProfile(&b2))
	pprof.StopCPUProfile()
	fmt.Println(b2.Len() > 0)
	cpuProfile()
	// The runtime refuses a second rate while a profile runs, with gc's
	// message on standard error (last, so that the output is the same
	// whether the two streams are merged or concatenated).
	pprof.StartCPUProfile(&b1)
	runtime.SetCPUProfileRate(200)
	pprof.StopCPUProfile()
}

// CHECK:<nil>
// CHECK-NEXT:cpu profiling already in use
// CHECK-NEXT:true 0
// CHECK-NEXT:<nil>
// CHECK-NEXT:true
// CHECK-NEXT:recovered: CPUProfile no longer available
// CHECK-NEXT:runtime: cannot set cpu profile rate until previous profile has finished.
