// aggregates holding GC pointers (an interface returned by a call, a struct of string and error) stay roots while live across collecting calls
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// efence faults on the first use of a freed object (native only: slow under qemu).
// RUN: %if native %{ env GODEBUG=efence=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"context"
	"fmt"
)

// An interface value returned by a call and kept in a register across
// later calls that collect (alloc): the optimizer keeps it as one
// first-class aggregate, whose data pointer must still be a root.

type node struct {
	next *node
	val  [8]int
}

type key struct{}

//go:noinline
func alloc(n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{next: h}
	}
	return h
}

func with(ctx context.Context, v string) context.Context {
	n := 0
	if p, _ := ctx.Value(key{}).(*int); p != nil {
		n = *p
	}
	n += len(v)
	return context.WithValue(ctx, key{}, &n)
}

type pair struct {
	s string
	e error
}

//go:noinline
func mk(i int) pair {
	return pair{fmt.Sprint("value ", i), fmt.Errorf("error %d", i)}
}

func main() {
	ctx := with(context.Background(), "w")
	total := 0
	for v := 0; v < 100000; v++ {
		if v%1000 == 0 {
			alloc(1000)
			c := with(ctx, "abc")
			total += *c.Value(key{}).(*int)
		}
	}
	fmt.Println(total)
	p := mk(7)
	for i := 0; i < 20; i++ {
		alloc(1000)
	}
	fmt.Println(p.s, p.e)
}

// CHECK:400
// CHECK-NEXT:value 7 error 7
