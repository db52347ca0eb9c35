// The scheduler builtins as function values (g := runtime.GC, []func(){runtime.GC, runtime.Gosched}, runtime.Goexit through a variable, %T of runtime.GOMAXPROCS): std/runtime's intrinsics doing the same calls
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
)

func call(f func()) { f() }

func main() {
	g := runtime.GC
	g()
	call(runtime.Gosched)
	n := runtime.NumGoroutine
	fmt.Println("goroutines:", n())
	mp := runtime.GOMAXPROCS
	prev := mp(2)
	fmt.Println("set:", mp(0))
	mp(prev)
	cpus := runtime.NumCPU
	fmt.Println("NumCPU agrees:", cpus() == runtime.NumCPU())
	lock, unlock := runtime.LockOSThread, runtime.UnlockOSThread
	lock()
	unlock()
	fns := []func(){runtime.GC, runtime.Gosched}
	for _, f := range fns {
		f()
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println("forced collections:", ms.NumForcedGC)
	done := make(chan bool)
	exit := runtime.Goexit
	go func() {
		defer func() { done <- true }()
		exit()
		fmt.Println("not reached")
	}()
	<-done
	fmt.Println("Goexit ran the deferred call")
	fmt.Printf("%T %T %T\n", runtime.GC, runtime.GOMAXPROCS, runtime.NumGoroutine)
	fmt.Println(g != nil, runtime.Gosched == nil)
}

// CHECK:goroutines: 1
// CHECK-NEXT:set: 2
// CHECK-NEXT:NumCPU agrees: true
// CHECK-NEXT:forced collections: 2
// CHECK-NEXT:Goexit ran the deferred call
// CHECK-NEXT:func() func(int) int func() int
// CHECK-NEXT:true false
