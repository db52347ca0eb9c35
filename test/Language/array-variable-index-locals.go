// A small local array indexed by a variable, or ranged over, stays out of the heap (at most eight one-word elements: numbers, booleans, pointers, maps, channels) and reads, writes, op=, ++, bounds panics, range's copy and pointer elements across collections behave as in gc; a larger one, or one of strings, is still correct in a heap cell
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=2 GOGC=1 GODEBUG=clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// The small arrays allocate nothing; the others each take a heap cell:
// RUN: %goshim build --emit-llvm -o %t.ll %s
// RUN: FileCheck --check-prefix=NOHEAP %s < %t.ll
// RUN: FileCheck --check-prefix=IR %s < %t.ll
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
)

type node struct{ v int }

//go:noinline
func ints(n int) int {
	var a [8]int
	for i := 0; i < 8; i++ {
		a[(i*3+n)%8] = i * i
	}
	a[n%8] += 100
	a[(n+1)%8]++
	a[(n+2)%8] -= 7
	return a[0] + 10*a[n%8] + 1000*a[(n+1)%8] + 100000*a[(n+2)%8]
}

//go:noinline
func mixed(k int) (float64, bool, uint8) {
	var f [3]float64
	var b [2]bool
	var u [5]uint8
	f[k%3] = 1.5
	f[(k+1)%3] = f[k%3] * 2
	b[k%2] = true
	u[k%5] = 250
	u[k%5] += 10 // wraps
	return f[(k+1)%3], b[1], u[k%5]
}

// Pointer elements held across calls that collect: the collector must see
// them through the selects the index becomes.
//
//go:noinline
func pointers(n int) int {
	var p [4]*node
	for i := 0; i < 4; i++ {
		p[(i+n)%4] = &node{v: i + 1}
		runtime.GC()
	}
	sum := 0
	for i := 0; i < 4; i++ {
		runtime.GC()
		sum += p[(i*3)%4].v * (i + 1)
	}
	return sum
}

//go:noinline
func chans(i int) int {
	var cs [3]chan int
	var ms [2]map[string]int
	for j := range []int{0, 1, 2} {
		cs[j] = make(chan int, 1)
	}
	ms[i%2] = map[string]int{"x": 7}
	cs[i%3] <- 5
	return <-cs[i%3] + ms[i%2]["x"] + len(ms[(i+1)%2])
}

// Not eligible, still right: nine elements, and string elements.
//
//go:noinline
func large(n int) int {
	var a [9]int
	a[n%9] = n
	return a[n%9] + a[(n+1)%9]
}

//go:noinline
func strs(n int) string {
	var s [2]string
	s[n%2] = "hi"
	return s[n%2] + s[(n+1)%2] + "!"
}

//go:noinline
func outOfRange(i int) (r string) {
	defer func() { r = fmt.Sprint(recover()) }()
	var a [4]int
	a[i] = 1
	return "no panic"
}

//go:noinline
func readOutOfRange(i int) (r string) {
	defer func() { r = fmt.Sprint(recover()) }()
	var a [4]int
	return fmt.Sprint(a[i])
}

// range reads a copy: stores into the array during the loop do not show.
//
//go:noinline
func rangeCopy(n int) int {
	a := [5]int{n, n + 1, n + 2, n + 3, n + 4}
	s := 0
	for i, v := range a {
		a[(i+1)%5] = 100
		s += v * (i + 1)
	}
	return s + a[0]
}

//go:noinline
func rangePointers() int {
	var p [3]*node
	for i := range p {
		p[i] = &node{v: i + 1}
	}
	s := 0
	for i, q := range p {
		runtime.GC()
		s += q.v * (i + 10)
	}
	return s
}

//go:noinline
func rangeEmpty() int {
	var z [0]int
	c := 0
	for _, v := range z {
		c += v + 1
	}
	return c
}

func main() {
	fmt.Println(ints(3), ints(10))
	fmt.Println(rangeCopy(3), rangePointers(), rangeEmpty())
	fmt.Println(mixed(4))
	fmt.Println(pointers(1), pointers(6))
	fmt.Println(chans(0), chans(1))
	fmt.Println(large(5), strs(1))
	fmt.Println(outOfRange(4))
	fmt.Println(outOfRange(-1 + len("")))
	fmt.Println(readOutOfRange(7))
}

// CHECK:2911049 2911004
// CHECK-NEXT:185 68 0
// CHECK-NEXT:3 false 4
// CHECK-NEXT:20 26
// CHECK-NEXT:12 12
// CHECK-NEXT:5 hi!
// CHECK-NEXT:runtime error: index out of range [4] with length 4
// CHECK-NEXT:runtime error: index out of range [-1]
// CHECK-NEXT:runtime error: index out of range [7] with length 4

// NOHEAP-NOT:@"type:[8]int"
// NOHEAP-NOT:@"type:[3]float64"
// NOHEAP-NOT:@"type:[2]bool"
// NOHEAP-NOT:@"type:[5]uint8"
// NOHEAP-NOT:@"type:[4]*main.node"
// NOHEAP-NOT:@"type:[3]chan int"
// NOHEAP-NOT:@"type:[5]int"
// NOHEAP-NOT:@"type:[3]*main.node"
// IR:@__gort_newobject{{.*}}@"type:[9]int"
// IR:@__gort_newobject{{.*}}@"type:[2]string"
