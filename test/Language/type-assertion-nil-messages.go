// Type assertions on a nil interface panic with Go 1.19's texts: to an interface type "interface is nil, not T" (the source interface is not named), to a concrete type the source interface's name.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

type I interface{ Foo() }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var e interface{}
	var s fmt.Stringer
	try(func() { _ = e.(fmt.Stringer) })
	try(func() { _ = s.(I) })
	try(func() { _ = e.(int) })
}

// CHECK:interface conversion: interface is nil, not fmt.Stringer
// CHECK-NEXT:interface conversion: interface is nil, not main.I
// CHECK-NEXT:interface conversion: interface {} is nil, not int
