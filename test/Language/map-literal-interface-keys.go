// In a map literal with interface keys, constants of different types are different keys (1 and int64(1)); equal constants of the same type are still rejected as duplicates (Frontend tests).
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not %goshim build -o %t.dup %S/Inputs/map-literal-duplicate-key.go 2>&1 | FileCheck --check-prefix=DUP %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

func main() {
	m := map[interface{}]string{1: "int", int64(1): "int64", "a": "string", 1.5: "float"}
	fmt.Println(len(m), m[1], m[int64(1)], m["a"], m[1.5])
}

// CHECK:4 int int64 string float
// DUP: map-literal-duplicate-key.go:4:32: duplicate key 1 in map literal
// DUP: map-literal-duplicate-key.go:5:24: duplicate key 1 in map literal
