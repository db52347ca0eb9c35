// Go functions that call anything start with the stack check (after
// optimization, so inlined callees have none): the stack pointer read with
// llvm.read_register against the thread's __gort_stackguard (initial-exec
// TLS), a branch weighted unlikely to a cold __gort_morestack call, which is
// a statepoint like any other call (the live GC pointer is relocated). A
// function that calls nothing has no check. armv7 (shadow stack, fixed
// stacks) has none at all.
// RUN: %goshim build --emit-llvm -o %t.ll %s
// RUN: %if stackmaps %{ FileCheck %s < %t.ll %}
// RUN: %if stackmaps %{ FileCheck %s --check-prefix=GLOBAL < %t.ll %}
// RUN: %if target-armv7 %{ FileCheck %s --check-prefix=FIXED < %t.ll %}
package main

type T struct{ next *T }

var sink *T

func leaf(a, b int) int { return a*b + a }

func walk(t *T, n int) int {
	if t == nil {
		return n
	}
	sink = &T{t}
	return walk(t.next, n+1)
}

func main() {
	println(leaf(3, 4), walk(&T{}, 0))
}

// CHECK-LABEL: define {{.*}}@main.leaf(
// CHECK-NOT: __gort_stackguard
// CHECK: ret i
// CHECK-LABEL: define {{.*}}@main.walk(
// CHECK-NEXT: entry:
// CHECK-NEXT: %sp = call i{{32|64}} @llvm.read_register.i{{32|64}}(metadata ![[SP:[0-9]+]])
// CHECK-NEXT: %stackguard = load i{{32|64}}, ptr @__gort_stackguard
// CHECK-NEXT: %[[C:[0-9]+]] = icmp ule i{{32|64}} %sp, %stackguard
// CHECK-NEXT: br i1 %[[C]], label %morestack, label %entry.body, !prof
// CHECK: morestack:
// CHECK-NEXT: %statepoint_token = call token {{.*}}@llvm.experimental.gc.statepoint{{.*}}@__gort_morestack{{.*}}"gc-live"(ptr addrspace(1) %t)
// CHECK: ![[SP]] = !{!"{{rsp|sp}}"}
// GLOBAL: @__gort_stackguard = external thread_local(initialexec) global i{{32|64}}
// FIXED-NOT: __gort_stackguard
// FIXED-NOT: __gort_morestack
