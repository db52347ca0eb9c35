// Map key types must be comparable, also when the key type is still being
// defined (gc's wording; checked with go build).
// RUN: not %goshim build -o %t %s 2>&1 | FileCheck %s -DFILE=%s
package main

type M map[M]int

type N map[K]int
type K struct{ n N }

func main() {
	var m map[[]int]bool
	_ = m
}

// CHECK: [[FILE]]:6:12: invalid map key type M
// CHECK-NEXT: [[FILE]]:8:12: invalid map key type K
// CHECK-NEXT: [[FILE]]:12:12: invalid map key type []int
