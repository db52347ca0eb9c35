// Struct tags: part of type identity and %T (quoted as Go does), ignored by conversions
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

type T struct {
	A int `json:"a"`
	B string
}

type U struct {
	A int `xml:"a"`
	B string
}

// Struct tags: part of type identity and of %T, ignored by conversions.
func main() {
	t := T{1, "x"}
	u := U(t)
	p := (*U)(&t)
	p.A = 5
	fmt.Printf("%T|%v|%+v|%v\n", struct {
		X int `k:"v" q:"\t"`
	}{3}, u, t, *p)
	var e interface{} = struct {
		X int `k:"v"`
	}{3}
	_, ok := e.(struct{ X int })
	_, ok2 := e.(struct {
		X int `k:"v"`
	})
	fmt.Println(ok, ok2)
}

// CHECK:struct { X int "k:\"v\" q:\"\\t\"" }|{1 x}|{A:5 B:x}|{5 x}
// CHECK-NEXT:false true
