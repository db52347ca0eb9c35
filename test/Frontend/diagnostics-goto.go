// goto may not jump over a variable declaration of the label's block (gc
// names the last one) nor into a block (bare, for, if, case clause); checked
// against go build (Go 1.19). Backward jumps and "L: x := 1" are fine.
// RUN: not %goshim build -o %t %s 2>&1 | FileCheck %s -DFILE=%s
package main

func main() {
	goto L
	a, b := 1, 2
	var c, d = 3, 4
	_, _, _, _ = a, b, c, d
L:
	goto M
	{
		println()
	M:
		println()
	}
	if true {
		goto N
	}
	for {
	N:
		break
	}
	goto P
	var e int
	_ = e
	switch {
	case true:
	P:
	}
	goto Q
Q:
	f := 1
	_ = f
	goto Q
}

// CHECK: [[FILE]]:8:7: goto L jumps over declaration of c at [[FILE]]:10:6
// CHECK: [[FILE]]:13:7: goto M jumps into block starting at [[FILE]]:14:2
// CHECK: [[FILE]]:20:8: goto N jumps into block starting at [[FILE]]:22:6
// CHECK: [[FILE]]:26:7: goto P jumps into block starting at [[FILE]]:30:2
// CHECK-NOT: goto Q
