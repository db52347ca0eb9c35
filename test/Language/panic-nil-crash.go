// An unrecovered panic(nil) prints the *runtime.PanicNilError (Go 1.21), or "nil" with GODEBUG=panicnil=1
// Expected output written from Go 1.21's rules (the Go 1.19 oracle predates them).
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: not env GODEBUG=panicnil=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace --check-prefix=OLD %s
// RUN: %run %t >/dev/null 2>&1; test $? -eq 2
package main

func main() {
	defer println("deferred")
	panic(nil)
}

// CHECK:deferred
// CHECK-NEXT:panic: panic called with nil argument (use GODEBUG=panicnil=1 to override)
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
// OLD:deferred
// OLD-NEXT:panic: nil
// OLD-EMPTY:
// OLD-NEXT:goroutine 1 [running]:
