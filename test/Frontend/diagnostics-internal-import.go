// A program may not import std's internal packages (gc: "use of internal
// package ... not allowed"); fmt, which uses internal/rtype, may.
// RUN: not %goshim build -o %t %s 2>&1 | FileCheck %s -DFILE=%s
package main

import (
	"fmt"
	"internal/rtype"
)

func main() {
	fmt.Println(rtype.Kind(0))
}

// CHECK: [[FILE]]:8:2: use of internal package internal/rtype not allowed
