// Comparing or hashing an uncomparable dynamic type (a slice in an interface) panics with gc's runtime error, and the panic is recoverable in the very frame that compares: interfaces, arrays and structs holding interfaces, map keys, a switch case, maps and funcs (pointer-shaped, still uncomparable), and a comparison in a callee.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

type Pair struct {
	a, b interface{}
}

type Key struct{ x interface{} }

type Named interface{ Name() string }
type Names []string

func (n Names) Name() string { return "names" }

func same(a, b interface{}) bool { return a == b }

func main() {
	func() {
		defer func() { fmt.Println("map key:", recover()) }()
		m := map[interface{}]int{}
		m[[]int{1}] = 1
	}()
	func() {
		defer func() { fmt.Println("struct map key:", recover()) }()
		m := map[Key]int{}
		m[Key{[]int{1}}] = 1
	}()
	func() {
		defer func() { fmt.Println("interface ==:", recover()) }()
		var a, b interface{} = []int{1}, []int{1}
		fmt.Println(a == b)
	}()
	func() {
		defer func() { fmt.Println("non-empty interface ==:", recover()) }()
		var a, b Named = Names{"x"}, Names{"x"}
		fmt.Println(a == b)
	}()
	func() {
		defer func() { fmt.Println("array ==:", recover()) }()
		x := [1]interface{}{[]int{1}}
		fmt.Println(x == x)
	}()
	func() {
		defer func() { fmt.Println("struct ==:", recover()) }()
		p := Pair{[]int{1}, 1}
		fmt.Println(p == p)
	}()
	func() {
		defer func() { fmt.Println("switch:", recover()) }()
		var v interface{} = map[int]int{}
		switch v {
		case interface{}(map[int]int{}):
			fmt.Println("matched")
		}
	}()
	func() {
		defer func() { fmt.Println("maps:", recover()) }()
		var a, b interface{} = map[int]int{}, map[int]int{}
		fmt.Println(a == b)
	}()
	func() {
		defer func() { fmt.Println("funcs:", recover()) }()
		var a, b interface{} = main, main
		fmt.Println(a == b)
	}()
	func() {
		defer func() { fmt.Println("in a callee:", recover()) }()
		fmt.Println(same([]int{1}, []int{2}))
	}()
	fmt.Println("different dynamic types compare unequal:", same([]int{1}, "x"), Pair{1, "a"} == Pair{1, "a"})
}

// CHECK:map key: runtime error: hash of unhashable type []int
// CHECK-NEXT:struct map key: runtime error: hash of unhashable type []int
// CHECK-NEXT:interface ==: runtime error: comparing uncomparable type []int
// CHECK-NEXT:non-empty interface ==: runtime error: comparing uncomparable type main.Names
// CHECK-NEXT:array ==: runtime error: comparing uncomparable type []int
// CHECK-NEXT:struct ==: runtime error: comparing uncomparable type []int
// CHECK-NEXT:switch: runtime error: comparing uncomparable type map[int]int
// CHECK-NEXT:maps: runtime error: comparing uncomparable type map[int]int
// CHECK-NEXT:funcs: runtime error: comparing uncomparable type func()
// CHECK-NEXT:in a callee: runtime error: comparing uncomparable type []int
// CHECK-NEXT:different dynamic types compare unequal: false true
