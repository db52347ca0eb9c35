// A //go:noinline directive (at the start of a line, in the comments just before a function declaration) keeps the function out of line even where the optimizer would inline it; the same function without the directive is inlined away. A directive elsewhere (inside a body, before a var) binds to nothing.
// RUN: %goshim build --emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: FileCheck %s --check-prefix=INL < %t.ll
// CHECK: define {{.*}}@main.kept({{.*}} [[KEPT:#[0-9]+]]
// CHECK: {{call .*@main.kept\(|@llvm.experimental.gc.statepoint.*@main.kept,}}
// CHECK: attributes [[KEPT]] = { {{.*}}noinline
// INL-NOT: {{call .*@main.inlined\(|@llvm.experimental.gc.statepoint.*@main.inlined,}}
// INL: define {{.*}}@main.inlined({{.*}} [[INL:#[0-9]+]]
// INL-NOT: attributes [[INL]] = { {{.*}}noinline
package main

import "os"

// kept adds one.
//
//go:noinline
func kept(x int) int { return x + 1 }

func inlined(x int) int { return x + 2 }

//go:noinline
var v = 3

func main() {
	//go:noinline
	n := len(os.Args)
	os.Exit(kept(n) + inlined(v) - 6)
}
