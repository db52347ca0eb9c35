// debug.SetPanicOnFault and faults in Go code as recoverable panics (gc's sigpanic), copies (copy, clearing loops) included: below address 0x1000 a fault is the nil-dereference runtime.errorString whatever the setting; under SetPanicOnFault any other fault is a runtime.errorAddressString whose Addr() is the faulting address; recovered in the faulting frame itself (its named results as they were), in a caller, on a goroutine of its own; reads and writes of a PROT_NONE mapping; the setting is per goroutine; collections and stack growth while the recovering deferred call runs above the faulting frame.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: %if native %{ env GODEBUG=gcstress=1,clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// ORACLE: exit=0 --match-full-lines --strict-whitespace
// armv7's unwinder (EHABI) cannot describe a call injected at a faulting instruction: faults stay fatal there.
// UNSUPPORTED: shadow-stack
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"syscall"
	"unsafe"
)

func read(addr uintptr) int { return *(*int)(unsafe.Pointer(addr)) }

func write(addr uintptr, v int) { *(*int)(unsafe.Pointer(addr)) = v }

//go:noinline
func readNoInline(addr uintptr) int { return *(*int)(unsafe.Pointer(addr)) }

// The fault and the recovering deferred call in one frame (read inlines
// into it under gc).
func tryRead(addr uintptr) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	v = 7
	return read(addr), nil
}

// The recovering deferred call in a caller of the faulting frame.
func tryCaller(addr uintptr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	readNoInline(addr)
	return nil
}

func deep(n int) int {
	if n == 0 {
		runtime.GC()
		return 0
	}
	var pad [32]int
	pad[n%32] = n
	return deep(n-1) + pad[n%32]/n
}

// Work while the faulting frame is still on the stack, below the deferred
// call: a collection, a stack that grows, values the faulting frame's
// caller keeps live.
func tryWithWork(addr uintptr) (err error) {
	keep := make([]*int, 100)
	for i := range keep {
		v := i
		keep[i] = &v
	}
	defer func() {
		err = recover().(error)
		fmt.Println("deep:", deep(3000))
		junk := 0
		for i := 0; i < 1000; i++ {
			junk += len(make([]byte, 100))
		}
		sum := 0
		for _, p := range keep {
			sum += *p
		}
		fmt.Println("sum:", sum, junk)
	}()
	readNoInline(addr)
	return nil
}

// Bulk copies: copy and a clearing loop, in a function without defer
// statements (the runtime's copy faults) and in one with them.
//
//go:noinline
func copyFrom(dst []byte, p uintptr, n int) int {
	return copy(dst, unsafe.Slice((*byte)(unsafe.Pointer(p)), n))
}

//go:noinline
func clear(p uintptr, n int) {
	b := unsafe.Slice((*byte)(unsafe.Pointer(p)), n)
	for i := range b {
		b[i] = 0
	}
}

func tryCopy(p uintptr, n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	buf := make([]byte, n)
	copyFrom(buf, p, n)
	return nil
}

func tryCopyHere(p uintptr, n int) (copied int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	buf := make([]byte, n)
	copied = -1
	copied = copy(buf, unsafe.Slice((*byte)(unsafe.Pointer(p)), n))
	return
}

func tryClear(p uintptr, n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	clear(p, n)
	return nil
}

func describe(err error) {
	if err == nil {
		fmt.Println("no error")
		return
	}
	_, isRT := err.(runtime.Error)
	fmt.Printf("%T %v runtime.Error=%v", err, err, isRT)
	if a, ok := err.(interface{ Addr() uintptr }); ok {
		fmt.Printf(" addr=%#x", a.Addr())
	}
	fmt.Println()
}

func main() {
	// Below 0x1000: a nil dereference, recoverable whatever the setting.
	_, err := tryRead(8)
	describe(err)
	fmt.Println(debug.SetPanicOnFault(true))
	fmt.Println(debug.SetPanicOnFault(true))
	v, err := tryRead(0xdead0000)
	fmt.Println(v)
	describe(err)
	describe(tryCaller(0xdead1000))
	describe(tryWithWork(0xdead2000))

	// A page mapped without access.
	mem, e := syscall.Mmap(-1, 0, 4096, syscall.PROT_NONE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if e != nil {
		panic(e)
	}
	p := uintptr(unsafe.Pointer(&mem[0]))
	_, err = tryRead(p + 16)
	fmt.Println("mapped read:", err.(interface{ Addr() uintptr }).Addr() == p+16)
	func() {
		defer func() { fmt.Println("mapped write recovered:", recover() != nil) }()
		write(p, 1)
	}()
	addrOf := func(err error) bool { // in the page (where a copy faults first varies)
		a := err.(interface{ Addr() uintptr }).Addr()
		return a >= p && a < p+4096
	}
	fmt.Println("copy:", addrOf(tryCopy(p, 3000)))
	n, err := tryCopyHere(p, 3000)
	fmt.Println("copy here:", n, addrOf(err))
	fmt.Println("clear:", addrOf(tryClear(p, 3000)))
	fmt.Println(syscall.Mprotect(mem, syscall.PROT_READ|syscall.PROT_WRITE))
	write(p+8, 42)
	fmt.Println("after mprotect:", read(p+8), mem[8])
	fmt.Println(syscall.Munmap(mem))

	// The setting is per goroutine: a new one starts with it off.
	done := make(chan string)
	go func() {
		old := debug.SetPanicOnFault(true)
		defer func() { done <- fmt.Sprint("goroutine: ", old, " ", recover()) }()
		readNoInline(0xdead3000)
	}()
	fmt.Println(<-done)
	fmt.Println(debug.SetPanicOnFault(false))
}

// CHECK:runtime.errorString runtime error: invalid memory address or nil pointer dereference runtime.Error=true
// CHECK-NEXT:false
// CHECK-NEXT:true
// CHECK-NEXT:7
// CHECK-NEXT:runtime.errorAddressString runtime error: invalid memory address or nil pointer dereference runtime.Error=true addr=0xdead0000
// CHECK-NEXT:runtime.errorAddressString runtime error: invalid memory address or nil pointer dereference runtime.Error=true addr=0xdead1000
// CHECK-NEXT:deep: 3000
// CHECK-NEXT:sum: 4950 100000
// CHECK-NEXT:runtime.errorAddressString runtime error: invalid memory address or nil pointer dereference runtime.Error=true addr=0xdead2000
// CHECK-NEXT:mapped read: true
// CHECK-NEXT:mapped write recovered: true
// CHECK-NEXT:copy: true
// CHECK-NEXT:copy here: -1 true
// CHECK-NEXT:clear: true
// CHECK-NEXT:<nil>
// CHECK-NEXT:after mprotect: 42 42
// CHECK-NEXT:<nil>
// CHECK-NEXT:goroutine: false runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:true
