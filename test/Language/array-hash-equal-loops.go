// Arrays longer than a few elements hash and compare through a loop over their elements (map keys, ==, interfaces holding them), with the same results as element by element; a program with a 1 MiB array type builds promptly (its hash and equal functions used to be unrolled, a minute per 100,000 elements).
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

type Big [1 << 20]byte

type Key [100]int16

type Rec struct {
	name string
	vals [20]float64
	tags [10]interface{}
}

func main() {
	p := new(Big)
	p[1] = 2
	fmt.Println(p[1], len(p))

	m := map[Key]int{}
	var k Key
	for i := range k {
		k[i] = int16(i * 3)
	}
	m[k] = 1
	k2 := k
	m[k2]++
	k2[99] = -1
	m[k2] = 7
	fmt.Println(len(m), m[k], m[k2], k == k2)
	k2[99] = k[99]
	fmt.Println(k == k2)

	var r1, r2 Rec
	r1.vals[19], r2.vals[19] = 0.5, 0.5
	r1.tags[3], r2.tags[3] = "x", "x"
	var e1, e2 interface{} = r1, r2
	fmt.Println(r1 == r2, e1 == e2)
	r2.vals[7] = -0.0 // -0 == 0
	fmt.Println(r1 == r2)
	r2.tags[9] = 1
	fmt.Println(r1 == r2)
	r1.tags[0], r2.tags[0] = []int{1}, []int{1}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(r1 == r2)
	}()
	mr := map[interface{}]int{r1.vals: 1}
	mr[r2.vals]++
	fmt.Println(len(mr), mr[r1.vals])
}

// CHECK:2 1048576
// CHECK-NEXT:2 2 7 false
// CHECK-NEXT:true
// CHECK-NEXT:true true
// CHECK-NEXT:true
// CHECK-NEXT:false
// CHECK-NEXT:recovered: runtime error: comparing uncomparable type []int
// CHECK-NEXT:1 2
