// panic(nil) panics with *runtime.PanicNilError (Go 1.21 semantics), unless GODEBUG=panicnil=1
// Expected output written from Go 1.21's rules (the Go 1.19 oracle predates them).
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GODEBUG=panicnil=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace --check-prefix=OLD %s
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		err, ok := r.(runtime.Error)
		fmt.Println(ok, r != nil)
		if ok {
			fmt.Printf("%T\n", r)
			fmt.Println(err.Error())
		}
	}()
	panic(nil)
}

// CHECK:true true
// CHECK-NEXT:*runtime.PanicNilError
// CHECK-NEXT:panic called with nil argument (use GODEBUG=panicnil=1 to override)
// OLD:false false
