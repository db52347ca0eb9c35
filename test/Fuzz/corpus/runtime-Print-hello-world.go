// The smallest program: println to standard error, exit status 0.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>%t.err >%t.out
// RUN: FileCheck --match-full-lines %s < %t.err
// RUN: count 0 < %t.out
// ORACLE: exit=0 --match-full-lines
package main

func main() {
	println("hello, world")
}

// CHECK:hello, world
