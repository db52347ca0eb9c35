// A WaitGroup counter below zero panics with Go's message
// RUN: %goshim build -o %t %s
// RUN: not env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t >/dev/null 2>&1; test $? -eq 2
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	println("balanced")
	wg.Done()
}

// CHECK:balanced
// CHECK-NEXT:panic: sync: negative WaitGroup counter
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
