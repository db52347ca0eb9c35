// *runtime.TypeAssertionError and *runtime.PanicNilError can be named in Go code: recovered values assert to them, errors.As finds them, they implement runtime.Error (expected output: Go 1.21+ semantics for panic(nil); the TypeAssertionError lines are gc 1.19's)
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
package main

import (
	"errors"
	"fmt"
	"runtime"
)

type I interface{ M() }

func assert(x interface{}) (err error) {
	defer func() {
		err = recover().(error)
	}()
	_ = x.(I)
	return nil
}

func main() {
	err := assert(42)
	fmt.Println(err)
	tae, ok := err.(*runtime.TypeAssertionError)
	fmt.Println(ok, tae.Error())
	var target *runtime.TypeAssertionError
	fmt.Println(errors.As(err, &target), target == tae)
	var re runtime.Error = tae
	fmt.Println(re.Error() == err.Error())
	fmt.Printf("%T\n", err)
	defer func() {
		r := recover()
		pe, ok := r.(*runtime.PanicNilError)
		fmt.Println(ok, pe.Error())
		fmt.Printf("%T %v\n", r, r)
	}()
	panic(nil)
}

// CHECK:interface conversion: int is not main.I: missing method M
// CHECK-NEXT:true interface conversion: int is not main.I: missing method M
// CHECK-NEXT:true true
// CHECK-NEXT:true
// CHECK-NEXT:*runtime.TypeAssertionError
// CHECK-NEXT:true panic called with nil argument (use GODEBUG=panicnil=1 to override)
// CHECK-NEXT:*runtime.PanicNilError panic called with nil argument (use GODEBUG=panicnil=1 to override)
