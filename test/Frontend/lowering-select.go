// select evaluates every channel operand and send value first, in source
// order (large elements into fresh heap objects), then registers the cases
// back to back with nothing but stores in between (small sends are copied
// into the transfer buffer right before their selectsend, receives of small
// elements name the transfer buffer), calls selectgo(has_default) and
// dispatches on the index (-1, the switch default, is the default case).
// A received small value is loaded right after selectgo, from a fresh
// __gort_xbuf() result. select {} is selectgo(0) with no cases, and never
// returns.
// RUN: %goshim build -O0 --emit-llvm -o %t0.ll %s
// RUN: FileCheck %s < %t0.ll
// RUN: %goshim build --emit-llvm -o %t.ll %s
// RUN: %if stackmaps %{ sed -n '/gc "statepoint-example"/,/^}/p' %t.ll | FileCheck %s --check-prefix=NOALLOCA %}
package main

func pick(a, b chan int, big chan [10]int64, v int) int {
	select {
	case a <- v:
		return 1
	case x := <-b:
		return x
	case y, ok := <-big:
		if ok {
			return int(y[0])
		}
		return 3
	default:
		return 4
	}
}

func noDefault(a chan string, b chan bool) bool {
	var ok bool
	select {
	case s := <-a:
		ok = s != ""
	case ok = <-b:
	}
	return ok
}

func block() {
	select {}
}

func main() {}

// CHECK-LABEL: define {{.*}}@main.pick(
// CHECK: @__gort_newobject{{.*}}@"type:[10]int64"
// CHECK: [[X:%xbuf[0-9]*]] = call ptr addrspace(1) @__gort_xbuf()
// CHECK-NOT: @__gort_
// CHECK: store i{{32|64}} %v, ptr addrspace(1) [[X]]
// CHECK-NOT: @__gort_
// CHECK: {{.*}}@__gort_selectsend{{.*}}%a{{.*}}%xbuf
// CHECK-NOT: @__gort_
// CHECK: {{.*}}@__gort_selectrecv{{.*}}%b{{.*}}%xbuf
// CHECK-NOT: @__gort_
// CHECK: {{.*}}@__gort_selectrecv{{.*}}%big{{.*}}%new
// CHECK-NOT: @__gort_
// CHECK: {{.*}}@__gort_selectgo{{.*}}i8 zeroext 1
// CHECK: switch i{{32|64}} %select.index, label %select.default [
// CHECK-NEXT: i{{32|64}} 0, label %select.case
// CHECK-NEXT: i{{32|64}} 1, label %select.case
// CHECK-NEXT: i{{32|64}} 2, label %select.case
// CHECK-NEXT: ]
// CHECK: select.default:
// CHECK-NEXT: ret i{{32|64}} 4
// CHECK: %[[R:xbuf[0-9]+]] = call ptr addrspace(1) @__gort_xbuf()
// CHECK-NOT: @__gort_
// CHECK: %recv = load i{{32|64}}, ptr addrspace(1) %[[R]]

// CHECK-LABEL: define {{.*}}@main.noDefault(
// CHECK: {{.*}}@__gort_selectrecv
// CHECK: {{.*}}@__gort_selectrecv
// CHECK: {{.*}}@__gort_selectgo{{.*}}i8 zeroext 0
// CHECK: switch i{{32|64}} %select.index, label %select.none [
// CHECK: select.none:
// CHECK-NEXT: unreachable

// CHECK-LABEL: define {{.*}}@main.block(
// CHECK-NOT: @__gort_select{{send|recv}}
// CHECK: {{.*}}@__gort_selectgo{{.*}}i8 zeroext 0
// CHECK-NEXT: unreachable

// NOALLOCA-NOT: alloca
