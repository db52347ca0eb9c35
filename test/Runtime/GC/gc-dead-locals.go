// A pointer whose last use is behind it is not a root, even though its function is still running (as with gc's stack maps): a finalizer-bearing object dropped by main, by a loop's earlier iteration and by a goroutine blocked later in the same function is collected while those frames are still active; one used again later stays.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"runtime"
	"strings"
	"time"
)

type T struct {
	name string
	next *T
}

var done = make(chan string, 10)

func track(name string) *T {
	t := &T{name: name}
	runtime.SetFinalizer(t, func(t *T) { done <- t.name })
	return t
}

// collect runs the collector until want finalizers have reported, and a
// few cycles more for any that should not have.
func collect(want int) []string {
	var got []string
	extra := 5
	for i := 0; i < 500 && extra > 0; i++ {
		if len(got) >= want {
			extra--
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
		for more := true; more; {
			select {
			case n := <-done:
				got = append(got, n)
			default:
				more = false
			}
		}
	}
	return got
}

//go:noinline
func show(t *T) { println("using", t.name) }

func blocked(start, stop chan bool) {
	t := track("goroutine")
	show(t)
	start <- true
	<-stop // t is dead here
}

func main() {
	a := track("main")
	b := track("kept")
	show(a)
	println("collected:", strings.Join(collect(1), " "))

	for i := 0; i < 3; i++ {
		show(track("loop"))
	}
	println("collected:", strings.Join(collect(3), " "))

	start, stop := make(chan bool), make(chan bool)
	go blocked(start, stop)
	<-start
	println("collected:", strings.Join(collect(1), " "))
	stop <- true

	show(b)
	println("collected:", strings.Join(collect(1), " "))
}

// CHECK:using main
// CHECK-NEXT:collected: main
// CHECK-NEXT:using loop
// CHECK-NEXT:using loop
// CHECK-NEXT:using loop
// CHECK-NEXT:collected: loop loop loop
// CHECK-NEXT:using goroutine
// CHECK-NEXT:collected: goroutine
// CHECK-NEXT:using kept
// CHECK-NEXT:collected: kept
