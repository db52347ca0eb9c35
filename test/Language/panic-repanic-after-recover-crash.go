// re-panic after recover prints the first panic as [recovered]
// RUN: %goshim build -o %t %s
// RUN: not env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t >/dev/null 2>&1; test $? -eq 2
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("got", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("first")
}

// CHECK:got first
// CHECK-NEXT:panic: first [recovered]
