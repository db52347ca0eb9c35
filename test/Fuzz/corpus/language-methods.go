// Methods: promoted through embedded values and pointers, in method sets and itabs, method values and method expressions
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string      { return b.name }
func (b *Base) Rename(n string) { b.name = n }

type Dog struct {
	Base
	tricks int
}

func (d Dog) Sound() string { return "woof" }

type Loud struct {
	*Dog
}

func (l Loud) Sound() string { return "WOOF" }

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ }
func (c Counter) Get() int  { return c.n }
func (c Counter) Add(k int) int { return c.n + k }

func main() {
	d := Dog{Base{"rex"}, 2}
	println(d.Name(), d.Sound())
	d.Rename("max")
	println(d.Name(), d.Base.name)
	var a Animal = d
	println(a.Name(), a.Sound())
	l := Loud{&d}
	l.Rename("bolt")
	var a2 Animal = l
	println(a2.Name(), a2.Sound(), d.name)
	c := &Counter{}
	inc := c.Inc
	inc()
	inc()
	get := c.Get
	c.Inc()
	println(c.Get(), get())
	add := Counter.Add
	println(add(Counter{10}, 5))
	pinc := (*Counter).Inc
	pinc(c)
	println(c.n)
	sound := a.Sound
	println(sound())
	fs := []func() string{d.Name, a2.Sound}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
}

// CHECK:rex woof
// CHECK-NEXT:max max
// CHECK-NEXT:max woof
// CHECK-NEXT:bolt WOOF bolt
// CHECK-NEXT:3 2
// CHECK-NEXT:15
// CHECK-NEXT:4
// CHECK-NEXT:woof
// CHECK-NEXT:bolt WOOF 
