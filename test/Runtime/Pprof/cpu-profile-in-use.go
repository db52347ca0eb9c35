// StartCPUProfile while profiling returns gc's error; SetCPUProfileRate while on prints gc's message; a stopped profile frees the profiler; runtime.CPUProfile panics as in gc
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// (go run's standard error, recorded after its standard output by utils/make-oracle-test.py, moved to where the built program prints it)
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"bytes"
	"fmt"
	"runtime"
	"runtime/pprof"
)

func main() {
	var b1, b2 bytes.Buffer
	fmt.Println(pprof.StartCPUProfile(&b1))
	fmt.Println(pprof.StartCPUProfile(&b2))
	// The runtime refuses a second rate while a profile runs, with gc's
	// message on standard error.
	runtime.SetCPUProfileRate(200)
	pprof.StopCPUProfile()
	pprof.StopCPUProfile() // no profile: nothing to do
	fmt.Println(b1.Len() > 0, b2.Len())
	// Stopped and read to the end: a new profile may start.
	fmt.Println(pprof.StartCPUProfile(&b2))
	pprof.StopCPUProfile()
	fmt.Println(b2.Len() > 0)
	defer func() { fmt.Println("recovered:", recover()) }()
	runtime.CPUProfile()
}

// CHECK:<nil>
// CHECK-NEXT:cpu profiling already in use
// CHECK-NEXT:runtime: cannot set cpu profile rate until previous profile has finished.
// CHECK-NEXT:true 0
// CHECK-NEXT:<nil>
// CHECK-NEXT:true
// CHECK-NEXT:recovered: CPUProfile no longer available
