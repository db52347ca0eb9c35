// runtime.SetDefaultGOMAXPROCS (Go 1.25) sets GOMAXPROCS back to the runtime's default, the CPUs the process may use (NumCPU), whatever the GOMAXPROCS environment variable or an earlier runtime.GOMAXPROCS call said. Not an oracle test: Go 1.19 has no such function.
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=7 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
package main

import (
	"fmt"
	"runtime"
)

func main() {
	env := runtime.GOMAXPROCS(0)
	fmt.Println("from the environment:", env == 1 || env == 7)
	runtime.SetDefaultGOMAXPROCS()
	fmt.Println("default is NumCPU:", runtime.GOMAXPROCS(0) == runtime.NumCPU())
	runtime.GOMAXPROCS(3)
	runtime.SetDefaultGOMAXPROCS()
	fmt.Println("again after GOMAXPROCS(3):", runtime.GOMAXPROCS(0) == runtime.NumCPU())
	f := runtime.SetDefaultGOMAXPROCS
	runtime.GOMAXPROCS(2)
	f()
	fmt.Println("as a value:", runtime.GOMAXPROCS(0) == runtime.NumCPU())
}

// CHECK:from the environment: true
// CHECK-NEXT:default is NumCPU: true
// CHECK-NEXT:again after GOMAXPROCS(3): true
// CHECK-NEXT:as a value: true
