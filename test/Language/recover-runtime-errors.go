// run-time errors are recoverable runtime.Error values with Go's messages
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, ok := r.(error)
		_, isRT := r.(runtime.Error)
		fmt.Println(name+":", r, ok && err.Error() == fmt.Sprint(r), isRT)
	}()
	f()
}

type I interface{ M() }
type A struct{}

func (A) M() {}

func main() {
	var s []int
	var m map[string]int
	var p *struct{ x int }
	var i interface{} = "str"
	var e interface{}
	var c chan int
	zero := 0
	n := -1
	try("index", func() { s = make([]int, 3); _ = s[5+zero] })
	try("slice", func() { _ = s[1:10+zero] })
	try("slice3", func() { _ = s[2:1+zero] })
	try("nil deref", func() { p.x = 1 })
	try("divide", func() { _ = 1 / zero })
	try("assert", func() { _ = i.(int) })
	try("assert nil", func() { _ = e.(string) })
	try("assert iface", func() { _ = i.(I) })
	try("nil map", func() { m["a"] = 1 })
	try("make len", func() { _ = make([]int, n) })
	try("close nil", func() { close(c) })
	try("close closed", func() { c = make(chan int); close(c); close(c) })
	try("send closed", func() { c <- 1 })
	try("custom", func() { panic(fmt.Errorf("plain error")) })
	try("string", func() { panic("just a string") })
}

// CHECK:index: runtime error: index out of range [5] with length 3 true true
// CHECK-NEXT:slice: runtime error: slice bounds out of range [:10] with capacity 3 true true
// CHECK-NEXT:slice3: runtime error: slice bounds out of range [2:1] true true
// CHECK-NEXT:nil deref: runtime error: invalid memory address or nil pointer dereference true true
// CHECK-NEXT:divide: runtime error: integer divide by zero true true
// CHECK-NEXT:assert: interface conversion: interface {} is string, not int true true
// CHECK-NEXT:assert nil: interface conversion: interface {} is nil, not string true true
// CHECK-NEXT:assert iface: interface conversion: string is not main.I: missing method M true true
// CHECK-NEXT:nil map: assignment to entry in nil map true true
// CHECK-NEXT:make len: runtime error: makeslice: len out of range true true
// CHECK-NEXT:close nil: close of nil channel true true
// CHECK-NEXT:close closed: close of closed channel true true
// CHECK-NEXT:send closed: send on closed channel true true
// CHECK-NEXT:custom: plain error true false
// CHECK-NEXT:string: just a string false false
