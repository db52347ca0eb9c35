// types declared in different functions with the same name are distinct: descriptors, equality, map keys and fmt's field layout
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

func a() interface{} {
	type T struct{ A int }
	return T{1}
}

func b() interface{} {
	type T struct {
		S string
		N []int
	}
	return T{"s", []int{2, 3}}
}

func c() interface{} {
	type T struct{ A int }
	return T{1}
}

func main() {
	x, y, z := a(), b(), c()
	fmt.Printf("%+v %+v %+v\n", x, y, z)
	fmt.Printf("%T %T %T\n", x, y, z)
	fmt.Println(x == z, x == a(), x == y)
	m := map[interface{}]string{x: "a", z: "c"}
	fmt.Println(len(m), m[a()], m[c()])
	fmt.Printf("%#v\n", []interface{}{x, y})
}

// CHECK:{A:1} {S:s N:[2 3]} {A:1}
// CHECK-NEXT:main.T main.T main.T
// CHECK-NEXT:false true false
// CHECK-NEXT:2 a c
// CHECK-NEXT:[]interface {}{main.T{A:1}, main.T{S:"s", N:[]int{2, 3}}}
