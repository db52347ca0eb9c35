// The operand of a go statement must be an unparenthesized function call:
// reported in gc's words at the operand. (gc also type-checks the rest of
// the file after these two errors; goshim stops after syntax errors, so
// only gc's first lines are expected here.)
// RUN: not %goshim build -o %t %s 2>&1 | FileCheck %s -DFILE=%s
package main

func f(x int) int { return x }

func main() {
	go f
	go (f(1))
	go func() {}
}

// The lines gc Go 1.19 (go build) prints for them:
// CHECK: [[FILE]]:11:5: expression in go must be function call
// CHECK-NEXT: [[FILE]]:12:5: expression in go must not be parenthesized
// CHECK-NEXT: [[FILE]]:13:5: expression in go must be function call
// CHECK-NOT: {{.}}
