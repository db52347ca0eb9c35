// Stack growth during panic unwinding (deferred calls at every level grow), in the recovering deferred call, in a deferred closure that recovers, inside select cases at depth, and while another goroutine collects
// Stacks grow only where stack maps are (armv7 keeps fixed 64 KiB stacks, docs/DESIGN.md):
// REQUIRES: stackmaps
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"errors"
	"fmt"
	"runtime"
	"time"
)

func grow(n int) int {
	if n == 0 {
		return 0
	}
	var x = [4]int{n, n, n, n}
	return grow(n-1) + x[n%4]/n
}

// Defers at depth; each deferred call grows the stack again while the panic
// unwinds towards the recover at the top.
func deepPanic(n int, log *[]int) {
	defer func() {
		*log = append(*log, grow(2000))
	}()
	if n == 0 {
		panic(errors.New("bottom"))
	}
	deepPanic(n-1, log)
}

func catch(n int) (err error, count int) {
	var log []int
	defer func() {
		r := recover()
		grow(50000) // recovering frame grows too
		err = r.(error)
		count = len(log)
	}()
	deepPanic(n, &log)
	return nil, 0
}

// A deferred closure that recurses deeply and recovers inside.
func deferGrows() (res int) {
	defer func() {
		res = grow(100000)
		if r := recover(); r != nil {
			res += 1000000
		}
	}()
	var s []int
	_ = s[5]
	return -1
}

func selectGrow(depth int, a, b chan int, done chan bool) int {
	if depth > 0 {
		return selectGrow(depth-1, a, b, done) + 1
	}
	total := 0
	for i := 0; i < 20; i++ {
		select {
		case v := <-a:
			total += v + grow(1000+i)
		case v := <-b:
			total += v + grow(2000+i)
		case <-time.After(time.Second):
			panic("timeout")
		}
	}
	done <- true
	return total
}

func main() {
	err, count := catch(3000)
	fmt.Println("recovered:", err, "deferred calls:", count)
	fmt.Println("defer grows:", deferGrows())
	a, b, done := make(chan int), make(chan int), make(chan bool)
	res := make(chan int)
	go func() { res <- selectGrow(5000, a, b, done) }()
	for i := 0; i < 10; i++ {
		a <- 1
		b <- 2
	}
	<-done
	fmt.Println("select total:", <-res)
	// Growth while another goroutine collects.
	stop := make(chan bool)
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
				runtime.GC()
			}
		}
	}()
	s := 0
	for i := 0; i < 20; i++ {
		s += grow(20000 + i*1000)
	}
	close(stop)
	fmt.Println("grown under GC:", s)
}

// CHECK:recovered: bottom deferred calls: 3001
// CHECK-NEXT:defer grows: 1100000
// CHECK-NEXT:select total: 35220
// CHECK-NEXT:grown under GC: 590000
