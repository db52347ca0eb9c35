// Maps keyed by non-empty interfaces hash the dynamic type and value (small values held in the data word, structs, pointers, nil) and panic with gc's runtime error on an unhashable dynamic type
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

type S interface{ Name() string }

type small int

func (s small) Name() string { return fmt.Sprint("small ", int(s)) }

type pair struct{ a, b string }

func (p pair) Name() string { return p.a + p.b }

type ptr struct{ n int }

func (p *ptr) Name() string { return fmt.Sprint("ptr ", p.n) }

type list []int

func (l list) Name() string { return "list" }

func main() {
	p := &ptr{7}
	m := map[S]int{}
	m[small(1)] = 1
	m[pair{"a", "b"}] = 2
	m[p] = 3
	m[nil] = 4
	m[small(1)] += 10
	m[pair{"a", "b"}] += 20
	m[p] += 30
	m[&ptr{7}] = 5 // another pointer: another key
	fmt.Println(len(m), m[small(1)], m[pair{"a", "b"}], m[p], m[nil], m[small(2)])
	var e1, e2 error = fmt.Errorf("x"), fmt.Errorf("x")
	errs := map[error]bool{e1: true}
	fmt.Println(errs[e1], errs[e2])
	defer func() { fmt.Println("recovered:", recover()) }()
	m[list{1}] = 6
}

// CHECK:5 11 22 33 4 0
// CHECK-NEXT:true false
// CHECK-NEXT:recovered: runtime error: hash of unhashable type main.list
