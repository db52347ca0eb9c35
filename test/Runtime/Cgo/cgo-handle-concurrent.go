// runtime/cgo handles: unique non-zero values from concurrent NewHandle, Value returns the value, Value/Delete of a deleted or zero Handle panic with gc's message
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime/cgo"
	"sync"
)

type point struct{ x, y int }

func main() {
	// Concurrent NewHandle / Value / Delete from many goroutines.
	const workers = 8
	const per = 500
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[cgo.Handle]bool{}
	bad := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			hs := make([]cgo.Handle, 0, per)
			for i := 0; i < per; i++ {
				hs = append(hs, cgo.NewHandle(point{w, i}))
			}
			for i, h := range hs {
				p, ok := h.Value().(point)
				if !ok || p.x != w || p.y != i {
					mu.Lock()
					bad++
					mu.Unlock()
				}
			}
			mu.Lock()
			for _, h := range hs {
				if h == 0 || seen[h] {
					bad++
				}
				seen[h] = true
			}
			mu.Unlock()
			for _, h := range hs {
				h.Delete()
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("handles:", len(seen), "bad:", bad)

	// Values of different kinds survive the round trip.
	s := cgo.NewHandle("hello")
	n := cgo.NewHandle(42)
	var nilv any
	z := cgo.NewHandle(nilv)
	fn := cgo.NewHandle(func(a int) int { return a * 2 })
	fmt.Println(s.Value(), n.Value(), z.Value(), fn.Value().(func(int) int)(21))
	fmt.Println(s != n, n != z, s != 0)

	// A deleted handle panics on Value and on a second Delete.
	n.Delete()
	try("Value after Delete", func() { _ = n.Value() })
	try("Delete twice", func() { n.Delete() })
	try("zero Handle Value", func() { _ = cgo.Handle(0).Value() })
	try("zero Handle Delete", func() { cgo.Handle(0).Delete() })
	// Other handles are unaffected.
	fmt.Println(s.Value())
	s.Delete()
	z.Delete()
	fn.Delete()
}

func try(what string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", what, recover())
	}()
	f()
}

// CHECK:handles: 4000 bad: 0
// CHECK-NEXT:hello 42 <nil> 42
// CHECK-NEXT:true true true
// CHECK-NEXT:Value after Delete: runtime/cgo: misuse of an invalid Handle
// CHECK-NEXT:Delete twice: runtime/cgo: misuse of an invalid Handle
// CHECK-NEXT:zero Handle Value: runtime/cgo: misuse of an invalid Handle
// CHECK-NEXT:zero Handle Delete: runtime/cgo: misuse of an invalid Handle
// CHECK-NEXT:hello
