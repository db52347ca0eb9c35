// os.Exit ends the program at once with the given status; nothing after it runs.
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %run %t; test $? -eq 3
// ORACLE: exit=3 --match-full-lines
package main

import "os"

func main() {
	println("before")
	os.Exit(3)
	println("after")
}

// CHECK:before
// CHECK-NOT:after
