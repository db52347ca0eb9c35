// GODEBUG=inittrace=1 prints gc's line for each package with initialization code ("init <path> @<ms> ms, <ms> ms clock, <n> bytes, <n> allocs"), after the packages it imports and before main runs; the allocations counted are those the initialization made.
// RUN: %goshim build -o %t %s
// RUN: env GODEBUG=inittrace=1 %run %t 2>&1 | FileCheck %s
// RUN: %run %t 2>&1 | FileCheck %s --check-prefix=QUIET
// CHECK: init main @{{[0-9]+(\.[0-9]+)?}} ms, {{[0-9]+(\.[0-9]+)?}} ms clock, {{[1-9][0-9]*}} bytes, {{[1-9][0-9]*}} allocs
// CHECK-NEXT: 5 from init
// QUIET-NOT: ms clock
// QUIET: 5 from init
package main

import "fmt"

var table = build()

func build() []string {
	t := make([]string, 0, 4)
	for i := 0; i < 4; i++ {
		t = append(t, fmt.Sprint("entry", i))
	}
	return t
}

func init() {
	table = append(table, "from init")
}

func main() {
	fmt.Println(len(table), table[4])
}
