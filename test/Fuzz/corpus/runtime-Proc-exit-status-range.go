// os.Exit hands its argument to the OS, which keeps the low 8 bits (gc: 256 -> 0).
// RUN: %goshim build -o %t %s
// RUN: %run %t; echo "status $?" | FileCheck %s
package main

import "os"

func main() {
	os.Exit(256)
}

// CHECK: status 0
