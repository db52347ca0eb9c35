// Type errors are reported as file:line:col: message, several per run, in gc's
// words, and the front end exits with status 1.
// RUN: not %goshim build -o %t %s 2>&1 | FileCheck %s -DFILE=%s
// RUN: %goshim build -o %t %s 2>/dev/null; test $? -eq 1
package main

import "os"

func f() int {
	return "x"
}

func main() {
	var unused int
	y := undefinedName + 1
	var s string = 300
	println(nil)
}

// The expected lines are gc Go 1.19's (go build) for this file.
// CHECK: [[FILE]]:7:8: imported and not used: "os"
// CHECK-NEXT: [[FILE]]:10:9: cannot use "x" (untyped string constant) as int value in return statement
// CHECK-NEXT: [[FILE]]:14:6: unused declared but not used
// CHECK-NEXT: [[FILE]]:15:7: undefined: undefinedName
// CHECK-NEXT: [[FILE]]:16:17: cannot use 300 (untyped int constant) as string value in variable declaration
// CHECK-NEXT: [[FILE]]:17:10: use of untyped nil in argument to println
// CHECK-NOT: {{.}}
