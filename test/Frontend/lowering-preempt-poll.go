// Every loop back-edge polls the thread's preemption flag: a monotonic
// atomic load of __gort_preempt (initial-exec TLS) and a branch, weighted
// unlikely, to a cold __gort_preempt_check call. On aarch64 and riscv64 the
// flag's TLS access is one inline asm, so the thread-pointer read cannot be
// hoisted out of the loop (the goroutine may resume on another thread after
// any call). Loops built with goto are not polled.
// RUN: %goshim build --emit-llvm -o %t.ll %s
// RUN: %if target-x86_64 %{ FileCheck %s --check-prefixes=CHECK,LOAD < %t.ll %}
// RUN: %if target-armv7 %{ FileCheck %s --check-prefixes=CHECK,LOAD < %t.ll %}
// RUN: %if target-aarch64 %{ FileCheck %s --check-prefixes=CHECK,A64 < %t.ll %}
// RUN: %if target-riscv64 %{ FileCheck %s --check-prefixes=CHECK,RV < %t.ll %}
// RUN: %if stackmaps %{ sed -n '/gc "statepoint-example"/,/^}/p' %t.ll | FileCheck %s --check-prefix=NOALLOCA %}
package main

func three(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		if i%7 == 3 {
			continue
		}
		s += i
	}
	return s
}

func cond(n int) int {
	for n > 1 {
		n /= 2
	}
	return n
}

func forever(p *int) {
	for {
		if *p == 0 {
			break
		}
		*p--
	}
}

func rangeSlice(xs []int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}

func rangeString(str string) (n int) {
	for range str {
		n++
	}
	return
}

func rangeMap(m map[int]int) (s int) {
	for k := range m {
		s += k
	}
	return
}

func rangeChan(c chan int) (s int) {
	for v := range c {
		s += v
	}
	return
}

func labeled(n int) (s int) {
outer:
	for i := 0; i < n; i++ {
		for j := 0; j < n; j++ {
			if j > i {
				continue outer
			}
			s++
		}
	}
	return
}

func withGoto(n int) (s int) {
again:
	if n > 0 {
		s += n
		n--
		goto again
	}
	return
}

func main() {}

// LOAD: @__gort_preempt = external thread_local(initialexec) {{.*}}global i32
// CHECK-LABEL: define {{.*}}@main.three(
// LOAD: load atomic i32, ptr @__gort_preempt monotonic, align 4
// A64: asm sideeffect "mrs ${1:x}, TPIDR_EL0{{.*}}:gottprel:__gort_preempt
// RV: asm sideeffect "la.tls.ie $0, __gort_preempt
// CHECK: br i1 %{{.*}}, label %preempt.cont, label %preempt.check, {{(!dbg ![0-9]+, )?}}!prof ![[UNLIKELY:[0-9]+]]
// CHECK-LABEL: define {{.*}}@main.cond(
// CHECK: label %preempt.check, {{(!dbg ![0-9]+, )?}}!prof ![[UNLIKELY]]
// CHECK-LABEL: define {{.*}}@main.forever(
// CHECK: label %preempt.check, {{(!dbg ![0-9]+, )?}}!prof ![[UNLIKELY]]
// CHECK-LABEL: define {{.*}}@main.rangeSlice(
// CHECK: label %preempt.check, {{(!dbg ![0-9]+, )?}}!prof ![[UNLIKELY]]
// CHECK-LABEL: define {{.*}}@main.rangeString(
// CHECK: label %preempt.check, {{(!dbg ![0-9]+, )?}}!prof ![[UNLIKELY]]
// CHECK-LABEL: define {{.*}}@main.rangeMap(
// CHECK: @__gort_mapiternext
// CHECK: label %preempt.check, {{(!dbg ![0-9]+, )?}}!prof ![[UNLIKELY]]
// CHECK-LABEL: define {{.*}}@main.rangeChan(
// CHECK: @__gort_chanrecv
// CHECK: label %preempt.check, {{(!dbg ![0-9]+, )?}}!prof ![[UNLIKELY]]
// Both loops of a nest poll; continue outer goes through the outer poll.
// CHECK-LABEL: define {{.*}}@main.labeled(
// CHECK: label %preempt.check{{[0-9]*}}, {{(!dbg ![0-9]+, )?}}!prof ![[UNLIKELY]]
// CHECK: label %preempt.check{{[0-9]*}}, {{(!dbg ![0-9]+, )?}}!prof ![[UNLIKELY]]
// CHECK-LABEL: define {{.*}}@main.withGoto(
// CHECK-NOT: preempt
// CHECK-LABEL: define {{.*}}@main.main(
// The slow path is a cold call.
// CHECK: declare void @__gort_preempt_check()
// preempt.cont (taken) heavy, preempt.check weight 1:
// CHECK: ![[UNLIKELY]] = !{!"branch_weights", i32 {{[0-9][0-9][0-9][0-9]+}}, i32 1}
// NOALLOCA-NOT: alloca
