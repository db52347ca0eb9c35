// recover in a deferred function stops a panic (explicit, runtime error, deep stack) and is nil outside a panic
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// Collecting at nearly every allocation (native: slow under qemu): a collection during a deferred call must not shrink the stack the panic's runtime frames made room on.
// RUN: %if native %{ env GOGC=0 GODEBUG=clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func deep(n int) {
	if n == 0 {
		panic(errors.New("deep failure"))
	}
	deep(n - 1)
}

func catch() (v interface{}) {
	defer func() { v = recover() }()
	deep(5)
	return "not reached"
}

func main() {
	q, err := safeDiv(7, 2)
	fmt.Println(q, err)
	q, err = safeDiv(7, 0)
	fmt.Println(q, err)
	fmt.Println(catch())
	fmt.Println("recover outside panic:", recover())
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered", r)
		}()
		panic("boom")
	}()
	fmt.Println("after")
}

// CHECK:3 <nil>
// CHECK-NEXT:0 recovered: runtime error: integer divide by zero
// CHECK-NEXT:deep failure
// CHECK-NEXT:recover outside panic: <nil>
// CHECK-NEXT:recovered boom
// CHECK-NEXT:after
