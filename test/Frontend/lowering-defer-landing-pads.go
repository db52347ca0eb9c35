// Landing pads only where needed: a function with a defer statement gets the
// Go personality, its frame address and a token cleanup landing pad; functions
// without defers have no personality, no landing pad and no invokes.
// RUN: %goshim build --emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
package main

func work(n int) int {
	if n > 100 {
		panic("big")
	}
	return n * 2
}

//go:noinline
func plain(n int) int {
	return work(n) + work(n+1)
}

func deferring(n int) (r int) {
	defer func() {
		if recover() != nil {
			r = -1
		}
	}()
	return work(n) + work(n+1)
}

func main() {
	println(plain(1), deferring(2))
}

// CHECK-LABEL: define {{(internal )?}}{{i[0-9]+}} @main.plain(
// CHECK-NOT: personality
// CHECK-NOT: landingpad
// CHECK-NOT: invoke
// CHECK: ret
// CHECK-LABEL: define {{(internal )?}}{{i[0-9]+}} @main.deferring({{.*}} personality ptr @gort_personality
// CHECK: @llvm.frameaddress
// CHECK: invoke
// CHECK: landingpad token
// CHECK-NEXT: cleanup
// CHECK-LABEL: define void @main.main(
// CHECK-NOT: personality
// CHECK-NOT: landingpad
// CHECK: ret void
// CHECK-LABEL: define internal void @main.deferring.func1(
// CHECK-NOT: personality
// CHECK: @llvm.frameaddress
// CHECK: @__gort_gorecover
