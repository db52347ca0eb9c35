// A pointer field holding (through unsafe) an address inside the pages of a freed large object is gc's badPointer: "runtime: pointer P to unallocated span ...", the holding object's dump, "fatal error: found bad pointer in Go heap (incorrect use of unsafe or cgo?)", every goroutine's traceback, exit 2; GODEBUG=invalidptr=0 turns the check off and the program runs to completion.
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>%t.err; FileCheck --input-file %t.err %s
// RUN: %run %t 2>/dev/null; test $? -eq 2
// RUN: env GODEBUG=invalidptr=0 %run %t 2>&1 | FileCheck --check-prefix=OFF %s
package main

import (
	"runtime"
	"unsafe"
)

type T struct {
	a int
	b int
}

type Holder struct {
	n int
	p *T
}

var keep *Holder

// Only ever held as an integer (a global uintptr is not scanned), so
// nothing keeps the big object alive.
var addr uintptr

func bigAddr() uintptr {
	big := make([]byte, 8<<20)
	big[0] = 1
	return uintptr(unsafe.Pointer(&big[0]))
}

func main() {
	addr = bigAddr() + 4<<20
	runtime.GC()
	runtime.GC()
	h := &Holder{n: 7}
	h.p = (*T)(unsafe.Pointer(addr))
	keep = h
	runtime.GC()
	println("survived", keep.n)
}

// CHECK: runtime: pointer [[P:0x[0-9a-f]+]] to unallocated span span.base()=0x{{[0-9a-f]+}} span.limit=0x{{[0-9a-f]+}} span.state=0
// CHECK-NEXT: runtime: found in object at *([[OBJ:0x[0-9a-f]+]]+{{0x8|0x4}})
// CHECK-NEXT: object=[[OBJ]] s.base()=0x{{[0-9a-f]+}} s.limit=0x{{[0-9a-f]+}} s.spanclass={{[0-9]+}} s.elemsize={{16|8}} s.state=mSpanInUse
// CHECK-NEXT:  *(object+0) = 0x7
// CHECK-NEXT:  *(object+{{8|4}}) = [[P]] <==
// CHECK-NEXT: fatal error: found bad pointer in Go heap (incorrect use of unsafe or cgo?)
// CHECK-EMPTY:
// CHECK-NEXT: goroutine 1 [running]:
// CHECK: main.main()
// CHECK-NOT: survived

// OFF-NOT: runtime: pointer
// OFF: survived 7
