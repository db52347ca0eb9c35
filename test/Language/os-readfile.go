// os.Open, File.Read (io.EOF at the end), File.Close and os.ReadFile over a /proc file, a missing path's *PathError text, and os.Getpagesize
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	b, err := os.ReadFile("/proc/self/statm")
	fmt.Println(err, len(strings.Fields(string(b))))
	_, err = os.ReadFile("/nonexistent/x")
	fmt.Println(err)
	b, err = os.ReadFile("/etc/os-release")
	fmt.Println(err, len(b) > 10, os.Getpagesize())
}

// CHECK:<nil> 7
// CHECK-NEXT:open /nonexistent/x: no such file or directory
// CHECK-NEXT:<nil> true 4096
