// metrics.Read of an empty slice panics as gc 1.19's (it indexes m[0])
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime/metrics"
)

func read(s []metrics.Sample) {
	defer func() { fmt.Println("recovered:", recover()) }()
	metrics.Read(s)
	fmt.Println("read", len(s))
}

func main() {
	read(nil)
	read(make([]metrics.Sample, 0, 4))
	read([]metrics.Sample{{Name: "/no/such:metric"}})
}

// CHECK:recovered: runtime error: index out of range [0] with length 0
// CHECK-NEXT:recovered: runtime error: index out of range [0] with length 0
// CHECK-NEXT:read 1
// CHECK-NEXT:recovered: <nil>
