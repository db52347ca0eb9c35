// Methods promoted from embedded interface fields: calls, method values, go, interface satisfaction, fmt, overriding (sort.Reverse style)
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Methods promoted from embedded interface fields: calls, method values,
// go statements, interface satisfaction (static and by run-time assertion),
// fmt's use of promoted String/Error, embedding through pointers, and
// overriding a promoted method (sort.Reverse-style).
type E struct {
	error
	code int
}

type RW interface {
	Read() string
	Write(s string)
}

type buf struct {
	s  string
	ch chan bool // signalled after each Write, when set
}

func (b *buf) Read() string { return b.s }
func (b *buf) Write(s string) {
	b.s += s
	if b.ch != nil {
		b.ch <- true
	}
}

type Wrapper struct {
	RW
	n int
}

type Outer struct {
	*Wrapper
}

type Name struct{ fmt.Stringer }

type upper string

func (u upper) String() string { return strings.ToUpper(string(u)) }

type rev struct{ sort.Interface }

func (r rev) Less(i, j int) bool { return r.Interface.Less(j, i) }

func main() {
	e := E{errors.New("boom"), 3}
	fmt.Println(e.Error(), e.code)
	var err error = e
	fmt.Println(err, fmt.Sprintf("%v|%s", e, &e))
	var any interface{} = &e
	if er, ok := any.(error); ok {
		fmt.Println("pointer is an error too:", er.Error())
	}

	b := &buf{}
	w := Wrapper{b, 1}
	w.Write("a")
	w.RW.Write("b")
	var rw RW = w
	rw.Write("c")
	read := w.Read
	o := Outer{&w}
	o.Write("d")
	done := make(chan bool)
	go func() {
		o.Write("e")
		done <- true
	}()
	<-done
	b.ch = make(chan bool)
	go o.Write("f")
	<-b.ch
	fmt.Println(read(), rw.Read(), o.Read())

	fmt.Println(Name{upper("hello")})
	fmt.Printf("%v %s\n", Name{upper("x")}, []Name{{upper("a")}, {upper("b")}})

	xs := []int{3, 1, 2}
	sort.Sort(rev{sort.IntSlice(xs)})
	fmt.Println(xs)
}

// CHECK:boom 3
// CHECK-NEXT:boom boom|boom
// CHECK-NEXT:pointer is an error too: boom
// CHECK-NEXT:abcdef abcdef abcdef
// CHECK-NEXT:HELLO
// CHECK-NEXT:X [A B]
// CHECK-NEXT:[3 2 1]
