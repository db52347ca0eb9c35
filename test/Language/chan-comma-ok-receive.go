// v, ok receives in :=, =, var, if and switch headers, parenthesized, with blanks, into fields and interface variables
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

// The comma-ok receive in every place it may appear: :=, =, var, if and
// switch headers, parenthesized, with blank identifiers, into fields and
// interface-typed variables.
type box struct {
	v  int
	ok bool
}

func main() {
	c := make(chan int, 8)
	for i := 1; i <= 7; i++ {
		c <- i * 11
	}
	v1, ok1 := <-c
	println(v1, ok1)
	var v2, ok2 = <-c
	println(v2, ok2)
	var v3 int
	var ok3 bool
	v3, ok3 = <-c
	println(v3, ok3)
	if v, ok := <-c; ok {
		println("if", v)
	}
	switch v, ok := (<-c); {
	case ok && v > 50:
		println("switch", v)
	}
	var b box
	b.v, b.ok = <-c
	println(b.v, b.ok)
	var e interface{}
	e, _ = <-c
	println(e == nil)
	close(c)
	_, ok4 := <-c
	println(ok4)
	x, _ := <-c
	println(x)
	var closed bool
	_, closed = <-c
	println(!closed)
}

// CHECK:11 true
// CHECK-NEXT:22 true
// CHECK-NEXT:33 true
// CHECK-NEXT:if 44
// CHECK-NEXT:switch 55
// CHECK-NEXT:66 true
// CHECK-NEXT:false
// CHECK-NEXT:false
// CHECK-NEXT:0
// CHECK-NEXT:true
