// The precise collector keeps everything reachable (stack slots across calls, interior pointers, closures, interfaces, maps, parked goroutines' frames, deferred closures, strings, globals) while collecting often (GOGC=1) and on runtime.GC.
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 GOGC=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 GOGC=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// Stress (native only: slow under qemu): GOGC=0 collects at every span refill, and
// every collection empties the caches, so at nearly every allocation.
// RUN: %if native %{ env GOGC=0 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// With the stack-move stress mode: every checked function entry moves the stack between collections.
// RUN: %if native %{ env GOGC=1 GODEBUG=stackmovestress=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// With the collector's verification knobs: every cycle marks twice and compares (gccheckmark), freed objects read 0xdeadbeef (clobberfree).
// Once with the lazy sweep, once with gcstoptheworld=2 (the sweep inside the pause, checked against the bytes marked).
// RUN: env GOMAXPROCS=4 GOGC=1 GODEBUG=gccheckmark=1,clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 GOGC=1 GODEBUG=gccheckmark=1,clobberfree=1,gcstoptheworld=2 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type node struct {
	next *node
	val  int
	name string
}

type shape interface{ area() int }

type rect struct{ w, h int }

func (r *rect) area() int { return r.w * r.h }

// churn allocates garbage so that collections happen while the caller's
// frame holds its pointers only in stack slots.
func churn(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		b := make([]byte, 64+i%512)
		b[0] = byte(i)
		s += int(b[0])
	}
	return s
}

func list(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{next: head, val: i, name: fmt.Sprint("n", i)}
	}
	return head
}

func sum(l *node) (int, int) {
	s, names := 0, 0
	for ; l != nil; l = l.next {
		s += l.val
		names += len(l.name)
	}
	return s, names
}

func interior() int {
	big := make([]int, 10000)
	for i := range big {
		big[i] = i * 3
	}
	p := &big[5000] // only an interior pointer survives
	big = nil
	churn(3000)
	runtime.GC()
	return *p
}

func closures() int {
	fs := []func() int{}
	for i := 0; i < 100; i++ {
		v := &node{val: i}
		fs = append(fs, func() int { return v.val * 2 })
	}
	churn(3000)
	runtime.GC()
	t := 0
	for _, f := range fs {
		t += f()
	}
	return t
}

func ifaces() int {
	var shapes []shape
	for i := 1; i <= 200; i++ {
		shapes = append(shapes, &rect{i, i + 1})
	}
	var any interface{} = &rect{7, 6}
	churn(3000)
	runtime.GC()
	t := any.(*rect).area()
	for _, s := range shapes {
		t += s.area()
	}
	return t
}

func maps() (int, int) {
	m := map[string]*node{}
	for i := 0; i < 2000; i++ {
		m[fmt.Sprint("key", i)] = &node{val: i}
	}
	for i := 0; i < 2000; i += 2 {
		delete(m, fmt.Sprint("key", i))
	}
	churn(3000)
	runtime.GC()
	t := 0
	for k, v := range m {
		if !strings.HasPrefix(k, "key") {
			panic(k)
		}
		t += v.val
	}
	return len(m), t
}

func channels() int {
	ch := make(chan *node, 50)
	out := make(chan int)
	for w := 0; w < 4; w++ {
		go func() {
			// Parked receivers: their frames hold pointers while they wait.
			t := 0
			keep := list(50)
			for n := range ch {
				t += n.val
				churn(20)
			}
			a, _ := sum(keep)
			out <- t + a
		}()
	}
	for i := 0; i < 1000; i++ {
		ch <- &node{val: i}
		if i%100 == 0 {
			runtime.GC()
		}
	}
	close(ch)
	t := 0
	for w := 0; w < 4; w++ {
		t += <-out
	}
	return t
}

func deferred() (r int) {
	n := &node{val: 41}
	defer func() {
		churn(2000)
		runtime.GC()
		r = n.val + 1
	}()
	churn(2000)
	return 0
}

func strs() int {
	s := ""
	for i := 0; i < 300; i++ {
		s += fmt.Sprint(i % 10)
		if i%50 == 0 {
			churn(500)
		}
	}
	parts := strings.Split(strings.Repeat("ab,", 1000), ",")
	runtime.GC()
	return len(s) + len(parts) + strings.Count(s, "7")
}

var global *node
var globalSlice []*node

func globals() int {
	global = list(300)
	for i := 0; i < 100; i++ {
		globalSlice = append(globalSlice, &node{val: i})
	}
	churn(3000)
	runtime.GC()
	a, b := sum(global)
	t := 0
	for _, n := range globalSlice {
		t += n.val
	}
	return a + b + t
}

func main() {
	l := list(1000)
	churn(5000)
	runtime.GC()
	a, b := sum(l)
	fmt.Println("list", a, b)
	fmt.Println("interior", interior())
	fmt.Println("closures", closures())
	fmt.Println("ifaces", ifaces())
	n, t := maps()
	fmt.Println("maps", n, t)
	fmt.Println("channels", channels())
	fmt.Println("deferred", deferred())
	fmt.Println("strings", strs())
	fmt.Println("globals", globals())
	a2, b2 := sum(l)
	fmt.Println("list again", a2 == a, b2 == b)
}

// CHECK:list 499500 3890
// CHECK-NEXT:interior 15000
// CHECK-NEXT:closures 9900
// CHECK-NEXT:ifaces 2706842
// CHECK-NEXT:maps 1000 1000000
// CHECK-NEXT:channels 504400
// CHECK-NEXT:deferred 42
// CHECK-NEXT:strings 1331
// CHECK-NEXT:globals 50890
// CHECK-NEXT:list again true true
