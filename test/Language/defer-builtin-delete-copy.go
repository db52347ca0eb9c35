// defer with the built-ins delete and copy evaluates their operands at the defer statement
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

func copies() (d []byte) {
	d = make([]byte, 5)
	src := []byte("hello world")
	defer copy(d, src)
	src = []byte("XXXXX")
	defer copy(d[3:], "ab")
	return d
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	k := "a"
	func() {
		defer delete(m, k)
		k = "b"
	}()
	fmt.Println(len(m), m["a"], m["b"])
	var nm map[int]bool
	func() { defer delete(nm, 3) }()
	d := copies()
	fmt.Println(string(d))
}

// CHECK:1 0 2
// CHECK-NEXT:hello
