// Method expressions: T.M and (*T).M of declared and promoted methods (the receiver found along the embedded fields), and I.M of interface types, including embedded interfaces and error.Error; a nil interface or embedded pointer panics with the nil-dereference runtime error, and (*T).M(nil) of a value method with gc's own text, `value method main.T.M called using nil *T pointer`.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"errors"
	"fmt"
)

type Inner struct{ n int }

func (i Inner) Get() int       { return i.n }
func (i *Inner) Add(d int) int { i.n += d; return i.n }

type Outer struct {
	Inner
	name string
}

type Deep struct {
	*Outer
	tag string
}

type Getter interface{ Get() int }

type Both interface {
	Getter
	Add(int) int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
}

func main() {
	o := Outer{Inner{5}, "o"}
	fmt.Println(Inner.Get(Inner{1}), (*Inner).Get(&Inner{2}), (*Inner).Add(&Inner{3}, 4))
	fmt.Println(Outer.Get(o), (*Outer).Get(&o), (*Outer).Add(&o, 3), o.n)
	d := Deep{&o, "d"}
	fmt.Println(Deep.Get(d), Deep.Add(d, 10), o.n)
	f := Getter.Get
	fmt.Println(f(o), f(&o), f(d), Getter.Get(Inner{9}))
	g := Both.Add
	fmt.Println(g(&o, 1), Both.Get(&o), o.n)
	fmt.Printf("%T\n%T\n%T\n", g, Outer.Get, (*Outer).Add)
	e := error.Error
	fmt.Println(e(errors.New("boom")))
	try("nil interface", func() {
		var nilG Getter
		fmt.Println(Getter.Get(nilG))
	})
	try("nil pointer", func() {
		var p *Inner
		fmt.Println((*Inner).Get(p))
	})
	try("nil embedded pointer", func() {
		fmt.Println(Deep.Get(Deep{}))
	})
}

// CHECK:1 2 7
// CHECK-NEXT:5 5 8 8
// CHECK-NEXT:8 18 18
// CHECK-NEXT:18 18 18 9
// CHECK-NEXT:19 19 19
// CHECK-NEXT:func(main.Both, int) int
// CHECK-NEXT:func(main.Outer) int
// CHECK-NEXT:func(*main.Outer, int) int
// CHECK-NEXT:boom
// CHECK-NEXT:nil interface panicked: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:nil pointer panicked: value method main.Inner.Get called using nil *Inner pointer
// CHECK-NEXT:nil embedded pointer panicked: runtime error: invalid memory address or nil pointer dereference
