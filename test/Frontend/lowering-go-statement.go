// A go statement evaluates the function value or receiver and the arguments
// (variadic ones packed into their slice) where it stands, stores them into a
// heap block and starts __gort_newproc(thunk, block); the thunk is a Go
// function whose closure context is the block: it loads the values, makes
// the call and ends in __gort_goexit. Plain functions, value and pointer
// method receivers, interface methods, function values and literals all
// work (a function value called without arguments is its own block); the
// optimized code keeps the lowering rules (no alloca in GC
// functions, no sret/byval).
// RUN: %goshim build -O0 --emit-llvm -o %t0.ll %s
// RUN: FileCheck %s < %t0.ll
// RUN: %goshim build --emit-llvm -o %t.ll %s
// RUN: %if stackmaps %{ sed -n '/gc "statepoint-example"/,/^}/p' %t.ll | FileCheck %s --check-prefix=NOALLOCA %}
// RUN: FileCheck %s --check-prefix=NEG < %t.ll
package main

type T struct{ n int }

func (t T) Val(k int)     { println(t.n, k) }
func (t *T) Ptr(s string) { println(t.n, s) }

type I interface{ M(int) }

func f(a int, s string)           { println(a, s) }
func vf(prefix string, xs ...int) { println(prefix, len(xs)) }

func spawn(t T, p *T, i I, fn func(int), x int) {
	go f(x, "s")
	go vf("v", 1, 2, 3)
	go t.Val(x)
	go p.Ptr("q")
	go i.M(x)
	go fn(x)
	go func() {}()
}

func nothing() {}

func bare() {
	go nothing()
}

func main() {}

// CHECK-LABEL: define {{.*}}@main.spawn(
// go f(x, "s"): the block holds the evaluated arguments.
// CHECK: @__gort_newobject{{.*}}@"type:struct { a0 int; a1 string }"
// CHECK: store i{{32|64}} %x, ptr addrspace(1) {{%[0-9]+}}
// CHECK: @__gort_newproc{{.*}}@main.spawn.gowrap1, ptr addrspace(1)
// go vf("v", 1, 2, 3): the variadic slice is made before the goroutine starts.
// CHECK: @__gort_makeslice
// CHECK: @__gort_newproc{{.*}}@main.spawn.gowrap2
// go t.Val(x): a copy of the receiver value.
// CHECK: @__gort_newobject{{.*}}@"type:struct { a0 main.T; a1 int }"
// CHECK: @__gort_newproc{{.*}}@main.spawn.gowrap3
// CHECK: @__gort_newobject{{.*}}@"type:struct { a0 *main.T; a1 string }"
// CHECK: @__gort_newproc{{.*}}@main.spawn.gowrap4
// go i.M(x): the interface value (checked for nil here, as gc does).
// CHECK: @__gort_newobject{{.*}}@"type:struct { a0 main.I; a1 int }"
// CHECK: @__gort_newproc{{.*}}@main.spawn.gowrap5
// CHECK: @__gort_newobject{{.*}}@"type:struct { a0 func(int); a1 int }"
// CHECK: @__gort_newproc{{.*}}@main.spawn.gowrap6
// go func() {}(): the closure object itself is the block.
// CHECK: @__gort_newobject{{.*}}@"type:struct { F uintptr }"
// CHECK-NOT: __gort_newobject
// CHECK: @__gort_newproc{{.*}}@main.spawn.gowrap7

// A call that needs no values passes a null block.
// CHECK-LABEL: define {{.*}}@main.bare(
// CHECK-NOT: __gort_newobject
// CHECK: @__gort_newproc{{.*}}@main.bare.gowrap8, ptr addrspace(1) null

// CHECK-LABEL: define internal void @main.spawn.gowrap1(ptr addrspace(1) %closure) {{.*}}gc "
// CHECK: load i{{32|64}}, ptr addrspace(1)
// CHECK: load { ptr addrspace(1), i{{32|64}} }, ptr addrspace(1)
// CHECK: @main.f{{.*}}ptr addrspace(1) null
// CHECK: @__gort_goexit
// CHECK-NEXT: unreachable
// CHECK-LABEL: define internal void @main.spawn.gowrap2(
// CHECK: @main.vf
// CHECK: @__gort_goexit
// CHECK-LABEL: define internal void @main.spawn.gowrap3(
// CHECK: @main.T.Val
// CHECK: @__gort_goexit
// CHECK-LABEL: define internal void @main.spawn.gowrap4(
// CHECK: @"main.(*T).Ptr"
// CHECK: @__gort_goexit
// The interface method comes from the itab (word 2 + index).
// CHECK-LABEL: define internal void @main.spawn.gowrap5(
// CHECK: getelementptr inbounds ptr, ptr %{{[0-9]+}}, i{{32|64}} 2
// CHECK: @__gort_goexit
// A function value is called through its closure's code word.
// CHECK-LABEL: define internal void @main.spawn.gowrap6(
// CHECK: load ptr addrspace(1), ptr addrspace(1)
// CHECK: [[CODE:%[0-9]+]] = load ptr, ptr addrspace(1) %
// CHECK: [[CODE]]{{.*}}(ptr addrspace(1) %
// CHECK: @__gort_goexit
// CHECK-LABEL: define internal void @main.spawn.gowrap7(ptr addrspace(1) %closure)
// CHECK: [[CODE7:%[0-9]+]] = load ptr, ptr addrspace(1) %
// CHECK: [[CODE7]]{{.*}}(ptr addrspace(1) %
// CHECK: @__gort_goexit


// NOALLOCA-NOT: alloca
// NEG-NOT: sret
// NEG-NOT: byval
