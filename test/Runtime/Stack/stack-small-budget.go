// Small stacks (2 KiB, guard 1 KiB): the runtime's C++ work called from Go (channels, select, timers, maps, append, allocation, conversions, Callers, Stack, Gosched, Mutex, ReadMemStats, GC, println, panics and every kind of runtime error, recover, sort, fmt, WaitGroup, finalizers) at every offset from the guard uses at most 896 of the 1024 bytes below it (GORT_STACKPAINT, docs/DESIGN.md "Stacks")
// REQUIRES: stackmaps
// RUN: %goshim build -o %t %s
// RUN: env GORT_STACKPAINT=896 GOMAXPROCS=1 %run %t 2>%t.err | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GORT_STACKPAINT=896 GOMAXPROCS=4 %run %t 2>%t.err | FileCheck --match-full-lines --strict-whitespace %s
package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

var sink interface{}
var bsink []byte

type S struct{ a, b int }

func (s S) String() string { return "S" }

var mu sync.Mutex

func ops(n int, which int) int {
	if n > 0 {
		return ops(n-1, which) + 1
	}
	switch which {
	case 0:
		c := make(chan int, 1)
		c <- 1
		<-c
	case 1:
		c := make(chan int)
		go func() { c <- 1 }()
		<-c
	case 2:
		a, b := make(chan int), make(chan int, 1)
		b <- 1
		select {
		case <-a:
		case x := <-b:
			sink = x
		}
	case 3:
		time.Sleep(time.Microsecond)
	case 4:
		t := time.NewTimer(time.Hour)
		t.Stop()
	case 5:
		m := map[int]int{}
		for i := 0; i < 100; i++ {
			m[i] = i
		}
		sink = m
	case 6:
		var s []int
		for i := 0; i < 100; i++ {
			s = append(s, i)
		}
		sink = s
	case 7:
		bsink = make([]byte, 1<<20)
	case 8:
		sink = strings.Repeat("x", 10) + strconv.Itoa(n)
	case 9:
		var x interface{} = S{1, 2}
		if s, ok := x.(fmt.Stringer); ok {
			sink = s
		}
	case 10:
		pcs := make([]uintptr, 64)
		k := runtime.Callers(0, pcs)
		fr := runtime.CallersFrames(pcs[:k])
		f, _ := fr.Next()
		sink = f.Function
	case 11:
		buf := make([]byte, 4096)
		sink = runtime.Stack(buf, false)
	case 12:
		runtime.Gosched()
	case 13:
		mu.Lock()
		mu.Unlock()
	case 14:
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
	case 15:
		runtime.GC()
	case 16:
		println("x", 1.5, n < 0)
	case 17:
		func() {
			defer func() { sink = recover() }()
			panic(errors.New("e"))
		}()
	case 18:
		func() {
			defer func() { sink = recover() }()
			var a []int
			_ = a[n+5]
		}()
	case 19:
		sink = debug.Stack()
	case 20:
		x := []int{5, 3, 1}
		sort.Ints(x)
	case 21:
		fmt.Fprintf(os.Stderr, "")
	case 22:
		var wg sync.WaitGroup
		wg.Add(1)
		go func() { wg.Done() }()
		wg.Wait()
	case 23:
		sink = fmt.Sprintf("%v %d %s", S{}, 3, "x")
	case 24:
		x := new(int)
		runtime.SetFinalizer(x, func(*int) {})
	case 25:
		f := 1.25
		sink = strconv.FormatFloat(f, 'g', -1, 64)
	case 26:
		try(func() { var x interface{} = 1; sink = x.(string) })
	case 27:
		try(func() { var x interface{} = 1; sink = x.(I) })
	case 28:
		try(func() { var m map[string]int; m["a"] = 1 })
	case 29:
		try(func() { sink = 5 / zero })
	case 30:
		try(func() { var p *T; sink = p.x })
	case 31:
		try(func() { c := make(chan int); close(c); close(c) })
	case 32:
		try(func() { sink = make([]int, zero-1) })
	case 33:
		try(func() { s := []int{1, 2}; sink = s[1:zero] })
	case 34:
		try(func() { var i I; sink = i.M() })
	case 35:
		try(func() { var e error; panic(e) })
	case 36:
		try(func() { s := "abc"; sink = s[zero+5] })
	}
	return 0
}

const nops = 37

type T struct{ x int }

func (t *T) M() int { return t.x }

type I interface{ M() int }

func try(f func()) {
	defer func() { sink = recover() }()
	f()
}

var zero = 0

func main() {
	done := make(chan int)
	s := []metrics.Sample{{Name: "/gc/stack/starting-size:bytes"}}
	metrics.Read(s)
	fmt.Println("starting size", s[0].Value.Uint64())
	for w := 0; w < nops; w++ {
		for d := 0; d < 200; d++ {
			go func(d int) { done <- ops(d, w) }(d)
			<-done
		}
	}
	fmt.Println("ok")
}

// CHECK:starting size 2048
// CHECK-NEXT:ok
