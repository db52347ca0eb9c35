// Unlocking an unlocked Mutex is Go's fatal error (exit 2)
// RUN: %goshim build -o %t %s
// RUN: not env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t >/dev/null 2>&1; test $? -eq 2
// ORACLE: exit=2 --match-full-lines --strict-whitespace
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	println("unlocking again")
	mu.Unlock()
}

// CHECK:unlocking again
// CHECK-NEXT:fatal error: sync: unlock of unlocked mutex
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
