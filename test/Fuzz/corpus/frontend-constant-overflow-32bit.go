// An untyped constant that does not fit the target's int is an error, with
// gc's message (checked against GOARCH=arm go vet); it fits on 64-bit targets.
// RUN: %if target-armv7 %{ not %goshim build -o %t %s 2>&1 | FileCheck %s -DFILE=%s %} %else %{ %goshim build -o %t %s %}
package main

func main() {
	println(1<<62, 'a')
	var x int = 1 << 40
	println(x)
}

// CHECK: [[FILE]]:7:10: cannot use 1 << 62 (untyped int constant 4611686018427387904) as int value in argument to println (overflows)
// CHECK-NEXT: [[FILE]]:8:14: cannot use 1 << 40 (untyped int constant 1099511627776) as int value in variable declaration (overflows)
