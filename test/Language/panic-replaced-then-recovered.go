// a panic that replaced another can be recovered by an earlier deferred call
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// Stack-move stress (native only): every checked function entry moves the stack.
// RUN: %if native %{ env GODEBUG=stackmovestress=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// The collector's stress mode (native only): a collection at every checked function entry and allocation.
// RUN: %if native %{ env GODEBUG=gcstress=1,clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

func f() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer func() {
		panic("replacement")
	}()
	panic("original")
}

func main() {
	f()
	fmt.Println("f returned normally")
}

// CHECK:recovered: replacement
// CHECK-NEXT:f returned normally
