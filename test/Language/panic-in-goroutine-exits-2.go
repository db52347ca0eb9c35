// an unrecovered panic in a goroutine runs its defers and ends the program with status 2
// The goroutine id differs from gc (18): matched by a pattern.
// RUN: %goshim build -o %t %s
// RUN: not env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t >/dev/null 2>&1; test $? -eq 2
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

import "fmt"

func main() {
	go func() {
		defer fmt.Println("goroutine defer runs")
		panic(fmt.Sprintf("from goroutine %d", 2))
	}()
	<-make(chan int)
	fmt.Println("not reached")
}

// CHECK:goroutine defer runs
// CHECK-NEXT:panic: from goroutine 2
// CHECK-EMPTY:
// CHECK-NEXT:goroutine {{[0-9]+}} [running]:
