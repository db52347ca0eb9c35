// A panic inside sync's critical sections releases the lock: a Once whose function panicked counts as done (later Do calls return without calling it), a sync.Map operation with an unhashable key panics recoverably and leaves the map usable. time.NewTicker(0) panics with an error value.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"sync"
	"time"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	var o sync.Once
	try("once", func() { o.Do(func() { panic("boom") }) })
	o.Do(func() { fmt.Println("second Do runs f (wrong)") })
	fmt.Println("after once")

	var m sync.Map
	m.Store("a", 1)
	try("store", func() { m.Store([]int{1}, 2) })
	try("load", func() { m.Load(map[int]int{}) })
	try("loadorstore", func() { m.LoadOrStore([]int{1}, 2) })
	try("loadanddelete", func() { m.LoadAndDelete([]int{1}) })
	try("delete", func() { m.Delete([]int{1}) })
	m.Store("b", 2)
	fmt.Println(m.Load("b"))

	defer func() {
		r := recover()
		fmt.Printf("ticker: %T %v\n", r, r)
	}()
	time.NewTicker(0)
}

// CHECK:once recovered: boom
// CHECK-NEXT:after once
// CHECK-NEXT:store recovered: runtime error: hash of unhashable type []int
// CHECK-NEXT:load recovered: runtime error: hash of unhashable type map[int]int
// CHECK-NEXT:loadorstore recovered: runtime error: hash of unhashable type []int
// CHECK-NEXT:loadanddelete recovered: runtime error: hash of unhashable type []int
// CHECK-NEXT:delete recovered: runtime error: hash of unhashable type []int
// CHECK-NEXT:2 true
// CHECK-NEXT:ticker: *errors.errorString non-positive interval for NewTicker
