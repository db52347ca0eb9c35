// Channel operations lower onto the runtime's chan entry points as abi.def
// says: make passes the element's descriptor; elements of at most
// GORT_XBUF_SIZE bytes (zero-size ones included) cross through the transfer
// buffer, stored right before the send and loaded right after the receive
// (from a fresh __gort_xbuf() result, so no pointer into it is kept across
// the call); larger elements go through a new heap object; a channel sits
// directly in an interface's data word.
// RUN: %goshim build --emit-llvm -o %t.ll %s
// RUN: FileCheck %s < %t.ll
// RUN: %if stackmaps %{ FileCheck %s --check-prefix=NOALLOCA < %t.ll %}
package main

type big struct{ a [9]int64 } // 72 bytes on every target

func mk(n int) chan int { return make(chan int, n) }

func send(c chan int, v int) { c <- v }

func sendBig(c chan big, v big) { c <- v }

func recv(c chan int) int { return <-c }

func recvBig(c <-chan big) big { return <-c }

func signal(c chan<- struct{}) { c <- struct{}{} }

func lenCap(c chan int) int { return len(c) + cap(c) }

func shut(c chan int) { close(c) }

func boxed(c chan int) interface{} { return c }

func main() {}

// CHECK-LABEL: define {{.*}}@main.mk(
// CHECK: @__gort_makechan{{.*}}@"type:int"
// CHECK-LABEL: define {{.*}}@main.send(
// CHECK: %[[X:[a-z0-9.]+]] = {{.*}}call ptr addrspace(1) @__gort_xbuf()
// CHECK-NEXT: store i{{32|64}} %v, ptr addrspace(1) %[[X]]
// CHECK: @__gort_chansend{{.*}}ptr addrspace(1) %[[X]]
// CHECK-LABEL: define {{.*}}@main.sendBig(
// CHECK-NOT: __gort_xbuf
// CHECK: @__gort_newobject{{.*}}@"type:main.big"
// CHECK-NOT: __gort_xbuf
// CHECK: @__gort_chansend
// CHECK-LABEL: define {{.*}}@main.recv(
// CHECK: @__gort_xbuf()
// CHECK: @__gort_chanrecv
// CHECK: %[[Y:[a-z0-9.]+]] = {{.*}}call ptr addrspace(1) @__gort_xbuf()
// CHECK-NEXT: load i{{32|64}}, ptr addrspace(1) %[[Y]]
// CHECK-LABEL: define {{.*}}@main.recvBig(
// CHECK-NOT: __gort_xbuf
// CHECK: @__gort_newobject{{.*}}@"type:main.big"
// CHECK-NOT: __gort_xbuf
// CHECK: @__gort_chanrecv
// CHECK-LABEL: define {{.*}}@main.signal(
// CHECK: %[[Z:[a-z0-9.]+]] = {{.*}}call ptr addrspace(1) @__gort_xbuf()
// CHECK: @__gort_chansend{{.*}}ptr addrspace(1) %[[Z]]
// CHECK-LABEL: define {{.*}}@main.lenCap(
// CHECK: call i{{32|64}} @__gort_chanlen(ptr addrspace(1) %[[C:[a-z0-9.]+]])
// CHECK: call i{{32|64}} @__gort_chancap(ptr addrspace(1) %[[C]])
// CHECK-LABEL: define {{.*}}@main.shut(
// CHECK: @__gort_closechan{{.*}}ptr addrspace(1) %{{[a-z0-9.]+}})
// CHECK-LABEL: define {{.*}}@main.boxed(
// CHECK-NOT: __gort_newobject
// CHECK: insertvalue { ptr, ptr addrspace(1) } {{.*}}, ptr addrspace(1) %c, 1
// CHECK-LABEL: define {{.*}}@main.main(
// The element functions are leaves (plain calls); the others may block or collect.
// CHECK: declare ptr addrspace(1) @__gort_xbuf() {{.*}}#[[LEAF:[0-9]+]]
// CHECK: attributes #[[LEAF]] = {{.*}}"gc-leaf-function"
// NOALLOCA-NOT: alloca
