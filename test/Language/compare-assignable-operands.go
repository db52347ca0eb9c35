// assignability in comparisons; methods declared after a package-level initializer that needs them
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

// A method declared after the package-level variable whose initializer
// needs it, and comparisons between assignable operand types.
var X error = E{}

type E struct{}

func (E) Error() string { return "e" }

type P *int

func main() {
	c := make(chan int)
	var r <-chan int = c
	var s chan<- int = c
	fmt.Println(X, r == c, c == r, s == c, r == nil)
	i := 3
	var p P = &i
	q := &i
	fmt.Println(p == q, q == p)
	type S struct{ a int }
	type T S
	fmt.Println(S{1} == struct{ a int }{1}, T{2} == struct{ a int }{2})
}

// CHECK:e true true true false
// CHECK-NEXT:true true
// CHECK-NEXT:true true
