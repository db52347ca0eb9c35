// runtime.KeepAlive costs nothing and keeps its argument live: it is
// inlined into an empty volatile asm statement reading the value's data
// word, which is not a safepoint (gc-leaf-function), and no call remains.
// RUN: %goshim build --emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
package main

import "runtime"

type T struct{ a, b int }

func main() {
	p := &T{1, 2}
	s := []int{1, 2, 3}
	runtime.KeepAlive(p)
	runtime.KeepAlive(s)
	println(p.a, len(s))
}

// CHECK-LABEL: define {{.*}}@main.main(
// CHECK-NOT: call {{.*}}@runtime.KeepAlive
// CHECK: call void asm sideeffect "", "r"(ptr addrspace(1) %{{.*}}) #[[LEAF:[0-9]+]]
// CHECK-NOT: call {{.*}}@runtime.KeepAlive
// CHECK: call void asm sideeffect "", "r"(ptr addrspace(1) %{{.*}}) #[[LEAF]]
// CHECK-NOT: call {{.*}}@runtime.KeepAlive
// CHECK: ret void
// CHECK: attributes #[[LEAF]] = { {{.*}}"gc-leaf-function"
