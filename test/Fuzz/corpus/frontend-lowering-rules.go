// The lowering rules that keep the precise collector and moving stacks
// possible hold in the optimized IR: GC pointers in addrspace(1), the GC
// strategy and frame pointers on every Go function, no allocas, no sret/byval
// between Go functions, statepoints (or shadow-stack roots) at calls that may
// collect, plain calls for runtime leaf functions.
// RUN: %goshim build --emit-llvm -o %t.ll %s
// RUN: FileCheck %s --check-prefix=%if stackmaps %{SM%} %else %{SS%} < %t.ll
// RUN: FileCheck %s --check-prefix=NEG < %t.ll
// RUN: %if stackmaps %{ FileCheck %s --check-prefix=NOALLOCA < %t.ll %}
// RUN: FileCheck %s --check-prefix=%if stackmaps %{SMIDX%} %else %{SSIDX%} < %t.ll
package main

import "runtime"

type T struct {
	p *T
	x int
}

func keep(t *T) int {
	runtime.GC()
	return t.x
}

func main() {
	t := &T{x: 1}
	u := &T{p: t, x: 2}
	println(keep(u), u.p.x)
}

// SM: define {{.*}}@main.keep(ptr addrspace(1) {{.*}}%closure, ptr addrspace(1) {{.*}}) {{.*}}gc "statepoint-example"
// SM: call token {{.*}}@llvm.experimental.gc.statepoint{{.*}}@__gort_gc{{.*}}"gc-live"(ptr addrspace(1)
// SM: define {{.*}}@main.main(ptr addrspace(1) {{.*}}%closure) {{.*}}gc "statepoint-example"
// SM: call token {{.*}}@llvm.experimental.gc.statepoint{{.*}}@__gort_newobject
// SM: call void @__gort_printint(
// SMIDX: @main.main.funcinfo = internal constant {{.*}} section "__gort_functab"
// SMIDX: @__gort_stackmaps.entry = internal constant ptr @__LLVM_StackMaps, section "__gort_stackmaps"
// SSIDX-NOT: __gort_stackmaps
// SSIDX: @llvm_gc_root_chain = external thread_local(initialexec) global ptr
// SS: define {{.*}}@main.keep(ptr addrspace(1) {{.*}}%closure, ptr addrspace(1) {{.*}}) {{.*}}gc "shadow-stack"
// SS: %{{.*}}.root = alloca ptr addrspace(1)
// SS: call void @llvm.gcroot(
// NOALLOCA-NOT: alloca
// NEG-NOT: sret
// NEG-NOT: byval
