// A nil *T stored in an interface: calling a value method of T (declared or promoted) or a pointer method reached through an embedded field panics with the recoverable nil-dereference runtime error; a pointer method of T itself runs with a nil receiver.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

type Inner struct{ n int }

func (i Inner) Get() int { return i.n }

func (i *Inner) Ptr() int {
	if i == nil {
		return -1
	}
	return i.n
}

type Outer struct {
	x int
	Inner
}

type Getter interface{ Get() int }
type Ptrer interface{ Ptr() int }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	try("value method, nil *Inner", func() { var p *Inner; var g Getter = p; fmt.Println(g.Get()) })
	try("pointer method, nil *Inner", func() { var p *Inner; var g Ptrer = p; fmt.Println(g.Ptr()) })
	try("promoted value method, nil *Outer", func() { var p *Outer; var g Getter = p; fmt.Println(g.Get()) })
	try("promoted pointer method, nil *Outer", func() { var p *Outer; var g Ptrer = p; fmt.Println(g.Ptr()) })
	try("method value of a nil *Inner", func() { var p *Inner; f := p.Get; fmt.Println(f()) })
}

// CHECK:value method, nil *Inner: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:-1
// CHECK-NEXT:pointer method, nil *Inner: <nil>
// CHECK-NEXT:promoted value method, nil *Outer: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:promoted pointer method, nil *Outer: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:method value of a nil *Inner: runtime error: invalid memory address or nil pointer dereference
