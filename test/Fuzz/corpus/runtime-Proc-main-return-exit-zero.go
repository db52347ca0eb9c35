// Returning from main.main exits with status 0, after package initialization
// ran in dependency order and init functions ran in source order.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines %s
// ORACLE: exit=0 --match-full-lines
package main

var a = b + 1
var b = f()

func f() int {
	println("f runs first")
	return 41
}

func init() {
	println("init 1:", a, b)
}

func init() {
	println("init 2")
}

func main() {
	println("main")
}

// CHECK:f runs first
// CHECK-NEXT:init 1: 42 41
// CHECK-NEXT:init 2
// CHECK-NEXT:main
