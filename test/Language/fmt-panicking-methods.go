// fmt prints a panicking String or Error method as %!v(PANIC=String method: ...), a nil receiver as <nil>
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"errors"
	"fmt"
)

type S struct{ n int }

func (s S) String() string {
	if s.n < 0 {
		panic("negative")
	}
	return fmt.Sprint("S", s.n)
}

type E struct{}

func (E) Error() string { panic(errors.New("error method failed")) }

type P struct{ x int }

func (p *P) String() string { return fmt.Sprint("P", p.x) }

func main() {
	fmt.Println(S{1}, S{-1})
	fmt.Printf("%v|%s|%d\n", S{-2}, S{-3}, S{-4})
	fmt.Println(E{})
	var p *P
	fmt.Println(p)
	var idx []int
	fmt.Printf("%v\n", T{idx})
}

type T struct{ s []int }

func (t T) String() string { return fmt.Sprint(t.s[3]) }

// CHECK:S1 %!v(PANIC=String method: negative)
// CHECK-NEXT:%!v(PANIC=String method: negative)|%!s(PANIC=String method: negative)|{-4}
// CHECK-NEXT:%!v(PANIC=Error method: error method failed)
// CHECK-NEXT:<nil>
// CHECK-NEXT:%!v(PANIC=String method: runtime error: index out of range [3] with length 0)
