// runtime.Caller, Callers, CallersFrames, FuncForPC, Stack, debug.Stack, GOOS/GOARCH/Compiler/Version and runtime.Error, as gc answers them
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

func base(file string) string { return file[strings.LastIndex(file, "/")+1:] }

type T struct{}

func (T) where() string {
	_, file, line, ok := runtime.Caller(0)
	return fmt.Sprint(base(file), ":", line, " ", ok)
}

func (*T) callerOfCaller() string {
	pc, file, line, ok := runtime.Caller(1)
	return fmt.Sprint(runtime.FuncForPC(pc).Name(), " ", base(file), ":", line, " ", ok)
}

//go:noinline
func deep(n int) []uintptr {
	if n == 0 {
		pcs := make([]uintptr, 64)
		k := runtime.Callers(1, pcs)
		return pcs[:k]
	}
	return deep(n - 1)
}

func named() (string, int) {
	pc, _, line, _ := runtime.Caller(0)
	f := runtime.FuncForPC(pc)
	file, l2 := f.FileLine(pc)
	return f.Name() + " " + base(file), line - l2
}

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH != "", runtime.Compiler != "")
	fmt.Println(strings.HasPrefix(runtime.Version(), "go"))
	fmt.Println(T{}.where())
	t := &T{}
	fmt.Println(t.callerOfCaller())
	fmt.Println(named())
	func() {
		_, _, line, _ := runtime.Caller(1)
		fmt.Println("closure's caller line", line)
	}()

	// Callers + CallersFrames: the Go frames of main, innermost first.
	frames := runtime.CallersFrames(deep(3))
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "main.") {
			fmt.Println(f.Function, base(f.File), f.Line, f.Entry != 0)
		}
		if !more {
			break
		}
	}
	_, _, _, ok := runtime.Caller(1000)
	fmt.Println("too deep:", ok, runtime.Callers(1000, make([]uintptr, 4)))

	s := string(debug.Stack())
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:\n"), strings.Contains(s, "\nmain.main("))
	buf := make([]byte, 10)
	fmt.Println(runtime.Stack(buf, false), string(buf))

	var e error
	defer func() {
		r := recover()
		re, ok := r.(runtime.Error)
		fmt.Println("runtime.Error:", ok, re)
	}()
	_ = e.Error()
}

// CHECK:linux true true
// CHECK-NEXT:true
// CHECK-NEXT:runtime-introspection.go:19 true
// CHECK-NEXT:main.main runtime-introspection.go:50 true
// CHECK-NEXT:main.named runtime-introspection.go 0
// CHECK-NEXT:closure's caller line 55
// CHECK-NEXT:main.deep runtime-introspection.go 32 true
// CHECK-NEXT:main.deep runtime-introspection.go 35 true
// CHECK-NEXT:main.deep runtime-introspection.go 35 true
// CHECK-NEXT:main.deep runtime-introspection.go 35 true
// CHECK-NEXT:main.main runtime-introspection.go 58 true
// CHECK-NEXT:too deep: false 0
// CHECK-NEXT:true true
// CHECK-NEXT:10 goroutine 
// CHECK-NEXT:runtime.Error: true runtime error: invalid memory address or nil pointer dereference

// At the end, so the line numbers above stay put:
// The collector's stress mode (native only): a collection at every checked function entry and allocation.
// RUN: %if native %{ env GODEBUG=gcstress=1,clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
