// recover works in a deferred method however it is reached: through an interface (value and pointer receivers), a promoted method in an itab, a method value, a method expression of a concrete or an interface type; the wrappers on the way do not count as calls, as gc's do not. A function the deferred method calls still cannot recover.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: %if native %{ env GODEBUG=gcstress=1,clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

type Val struct{ name string }

func (v Val) Recover() { fmt.Println(v.name, "recovered:", recover()) }

type Ptr struct{ name string }

func (p *Ptr) Recover() { fmt.Println(p.name, "recovered:", recover()) }

// Recover promoted from Val: the itab of Outer holds a wrapper.
type Outer struct {
	Val
	n int
}

type Recoverer interface{ Recover() }

func viaInterface(r Recoverer, v string) {
	defer r.Recover()
	panic(v)
}

func viaMethodValue(r Recoverer, v string) {
	m := r.Recover
	defer m()
	panic(v)
}

func viaConcreteMethodValue(v Val) {
	m := v.Recover
	defer m()
	panic("concrete method value")
}

func viaMethodExpressions() {
	func() {
		defer Val.Recover(Val{"Val.Recover"})
		panic("method expression")
	}()
	func() {
		defer (*Ptr).Recover(&Ptr{"(*Ptr).Recover"})
		panic("pointer method expression")
	}()
	func() {
		defer (*Val).Recover(&Val{"(*Val).Recover"})
		panic("value method through a pointer expression")
	}()
	func() {
		defer Recoverer.Recover(&Ptr{"Recoverer.Recover"})
		panic("interface method expression")
	}()
	func() {
		defer Outer.Recover(Outer{Val{"Outer.Recover"}, 1})
		panic("promoted method expression")
	}()
}

type Indirect struct{}

func helper() interface{} { return recover() }

// Not called directly by the deferred method: recover returns nil.
func (Indirect) Recover() { fmt.Println("helper recovered:", helper()) }

func notDirect() {
	defer func() { fmt.Println("outer recovered:", recover()) }()
	var r Recoverer = Indirect{}
	defer r.Recover()
	panic("through a helper")
}

func main() {
	viaInterface(Val{"Val"}, "value receiver")
	viaInterface(&Ptr{"*Ptr"}, "pointer receiver")
	viaInterface(&Val{"*Val"}, "value method of a pointer")
	viaInterface(Outer{Val{"Outer"}, 2}, "promoted")
	viaInterface(&Outer{Val{"*Outer"}, 3}, "promoted through a pointer")
	viaMethodValue(Val{"Val value"}, "interface method value")
	viaMethodValue(&Ptr{"*Ptr value"}, "interface method value, pointer")
	viaConcreteMethodValue(Val{"concrete"})
	viaMethodExpressions()
	notDirect()
	fmt.Println("done")
}

// CHECK:Val recovered: value receiver
// CHECK-NEXT:*Ptr recovered: pointer receiver
// CHECK-NEXT:*Val recovered: value method of a pointer
// CHECK-NEXT:Outer recovered: promoted
// CHECK-NEXT:*Outer recovered: promoted through a pointer
// CHECK-NEXT:Val value recovered: interface method value
// CHECK-NEXT:*Ptr value recovered: interface method value, pointer
// CHECK-NEXT:concrete recovered: concrete method value
// CHECK-NEXT:Val.Recover recovered: method expression
// CHECK-NEXT:(*Ptr).Recover recovered: pointer method expression
// CHECK-NEXT:(*Val).Recover recovered: value method through a pointer expression
// CHECK-NEXT:Recoverer.Recover recovered: interface method expression
// CHECK-NEXT:Outer.Recover recovered: promoted method expression
// CHECK-NEXT:helper recovered: <nil>
// CHECK-NEXT:outer recovered: through a helper
// CHECK-NEXT:done
