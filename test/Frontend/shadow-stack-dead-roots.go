// Shadow-stack targets (armv7): a root slot is cleared before the first call that may collect after which its value is never read again, so a frame keeps only live pointers, as a stack map would list them; a value still read after a call keeps its slot across it.
// REQUIRES: shadow-stack
// RUN: %goshim build --emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
package main

type T struct{ a, b int }

//go:noinline
func use(p *T) { println(p.a) }

func f() {
	p := &T{1, 2}
	use(p)
	q := &T{3, 4}
	use(q)
	use(q)
}

func main() { f() }

// CHECK-LABEL: define internal void @main.f(
// CHECK: [[SLOT:%[^ ]+\.root]] = alloca ptr addrspace(1)
// CHECK: call void @main.use(
// CHECK: [[Q:%[^ ]+]] = call ptr addrspace(1) @__gort_newobject(
// CHECK-NEXT: store ptr addrspace(1) [[Q]], ptr [[SLOT]]
// CHECK-NOT: store ptr addrspace(1) null, ptr [[SLOT]]
// CHECK: call void @main.use(
// CHECK-NEXT: [[LAST:%[^ ]+]] = load ptr addrspace(1), ptr [[SLOT]]
// CHECK-NEXT: store ptr addrspace(1) null, ptr [[SLOT]]
// CHECK-NEXT: call void @main.use(ptr addrspace(1) poison, ptr addrspace(1) [[LAST]])
// CHECK-NEXT: ret void
