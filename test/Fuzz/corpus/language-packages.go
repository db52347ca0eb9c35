// Imported packages: exported names, package-level state, methods and
// interfaces across packages, import aliases, and initialization order (an
// imported package's variables and init functions run first, once).
// The packages come from Inputs/std through GOSHIM_STD.
// RUN: env GOSHIM_STD=%S/Inputs/std %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines %s
// RUN: env GOSHIM_STD=%S/Inputs/std not %goshim build -o %t.bad %S/Inputs/packages-unexported.go 2>&1 | FileCheck %s --check-prefix=ERR
package main

import (
	in "deep/inner"
	"greet"
)

type T struct{ n int }

func (t T) String() string { return "T" }

func main() {
	g := &greet.Greeter{Name: "goshim"}
	println(g.Hello(), greet.Default.Hello(), g.Count())
	println(greet.Total(), in.Base)
	var s greet.Stringer = T{1}
	println(greet.Describe(s))
}

// CHECK:hello, goshim hello, world 1
// CHECK-NEXT:102 100
// CHECK-NEXT:<T>
// ERR: packages-unexported.go:5:2: package nosuch is not in std
// ERR: packages-unexported.go:9:16: name greetings not exported by package greet
