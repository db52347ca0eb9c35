// fmt calls String and Error methods promoted from embedded fields (values and pointers)
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"errors"
	"fmt"
)

type Inner struct{ N int }

func (i Inner) String() string { return fmt.Sprintf("Inner<%d>", i.N) }

type Outer struct {
	Inner
	Extra string
}

type PInner struct{ N int }

func (p *PInner) Error() string { return "perr" }

type HasP struct {
	*PInner
}

type twoStrings struct {
	Inner
	Other
}

type Other struct{}

func (Other) String() string { return "other" }

func main() {
	fmt.Println(Outer{Inner{1}, "x"}, &Outer{Inner{2}, "y"})
	fmt.Printf("%v %+v %s\n", HasP{&PInner{3}}, HasP{&PInner{4}}, []HasP{{&PInner{5}}})
	fmt.Println(errors.New("plain"))
	fmt.Printf("%v %+v\n", twoStrings{}, twoStrings{Inner{7}, Other{}})
	var s fmt.Stringer = Outer{Inner{8}, ""}
	fmt.Printf("%v %T %s|%6s|%-6v|\n", s, s, s, Inner{1}, Other{})
}

// CHECK:Inner<1> Inner<2>
// CHECK-NEXT:perr perr [perr]
// CHECK-NEXT:plain
// CHECK-NEXT:{Inner<0> other} {Inner:Inner<7> Other:other}
// CHECK-NEXT:Inner<8> main.Outer Inner<8>|Inner<1>|other |
