// defer runs LIFO with arguments evaluated at the defer statement: loops, method values, func values, builtins
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

type T struct{ n int }

func (t T) show(s string)   { fmt.Println("value method", t.n, s) }
func (t *T) bump(s string)  { t.n++; fmt.Println("pointer method", t.n, s) }

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	fmt.Println("loop body done")
}

func args() {
	x := 1
	defer fmt.Println("x at defer:", x)
	defer func() { fmt.Println("x in closure:", x) }()
	x = 2
	t := T{10}
	defer t.show("evaluated early")
	p := &t
	defer p.bump("pointer")
	t.n = 20
	f := func(s string) { fmt.Println("func value", s) }
	defer f("one")
	f = func(s string) { fmt.Println("replaced", s) }
	ch := make(chan int, 1)
	ch <- 7
	defer close(ch)
	defer fmt.Println("builtin close deferred, len", len(ch))
}

func main() {
	loop()
	args()
	fmt.Println("main done")
}

// CHECK:loop body done
// CHECK-NEXT:loop defer 2
// CHECK-NEXT:loop defer 1
// CHECK-NEXT:loop defer 0
// CHECK-NEXT:builtin close deferred, len 1
// CHECK-NEXT:func value one
// CHECK-NEXT:pointer method 21 pointer
// CHECK-NEXT:value method 10 evaluated early
// CHECK-NEXT:x in closure: 2
// CHECK-NEXT:x at defer: 1
// CHECK-NEXT:main done
