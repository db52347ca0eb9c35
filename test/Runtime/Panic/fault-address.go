// A fault at an address from 0x1000 up (reached through unsafe) without
// debug.SetPanicOnFault is gc's throw: "unexpected fault address", "fatal
// error: fault", the signal line, every goroutine's trace, exit 2; below
// 0x1000 it is the nil-dereference panic (recoverable, set-panic-on-fault.go;
// on armv7 fatal with the same text), unrecovered here.
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>%t.err; FileCheck --check-prefix=FAULT --input-file %t.err %s
// RUN: %run %t 2>/dev/null; test $? -eq 2
// RUN: not %run %t nil 2>%t.nil; FileCheck --check-prefix=NIL --input-file %t.nil %s
package main

import (
	"fmt"
	"os"
	"unsafe"
)

func read(addr uintptr) int {
	return *(*int)(unsafe.Pointer(addr))
}

func parked(c chan int) {
	<-c
}

func main() {
	go parked(make(chan int))
	if len(os.Args) > 1 {
		fmt.Println(read(0x8))
	}
	fmt.Println(read(0xdead0000))
}

// FAULT:      unexpected fault address 0xdead0000
// FAULT-NEXT: fatal error: fault
// FAULT-NEXT: [signal SIGSEGV: segmentation violation code=0x{{[0-9a-f]+}} addr=0xdead0000 pc=0x{{[0-9a-f]+}}]
// FAULT-EMPTY:
// FAULT-NEXT: goroutine 1 [running]:
// FAULT:      main.main()
// FAULT:      goroutine {{[0-9]+}} [chan receive]:
// FAULT-NEXT: main.parked(

// NIL:      panic: runtime error: invalid memory address or nil pointer dereference
// NIL-NEXT: [signal SIGSEGV: segmentation violation code=0x{{[0-9a-f]+}} addr=0x8 pc=0x{{[0-9a-f]+}}]
// NIL-EMPTY:
// NIL-NEXT: goroutine 1 [running]:
