// Untyped float constants in diagnostics print as go/constant does: %.6g
// within float64's range (3.0 is "3"), an approximate decimal exponent
// beyond it (checked with go build).
// RUN: not %goshim build -o %t %s 2>&1 | FileCheck %s -DFILE=%s
package main

func main() {
	var s string = 3.5
	var t string = 1e100
	var u string = 3.0
	var v string = 0.1
	var w string = 2.5e-8
	var x int = 1.25
	var y string = 1e400
	const c = 1234567.0
	var z string = c + 0.5
	_, _, _, _, _, _, _, _ = s, t, u, v, w, x, y, z
}

// CHECK: [[FILE]]:8:17: cannot use 3.5 (untyped float constant) as string value in variable declaration
// CHECK-NEXT: [[FILE]]:9:17: cannot use 1e100 (untyped float constant 1e+100) as string value in variable declaration
// CHECK-NEXT: [[FILE]]:10:17: cannot use 3.0 (untyped float constant 3) as string value in variable declaration
// CHECK-NEXT: [[FILE]]:11:17: cannot use 0.1 (untyped float constant) as string value in variable declaration
// CHECK-NEXT: [[FILE]]:12:17: cannot use 2.5e-8 (untyped float constant 2.5e-08) as string value in variable declaration
// CHECK-NEXT: [[FILE]]:13:14: cannot use 1.25 (untyped float constant) as int value in variable declaration (truncated)
// CHECK-NEXT: [[FILE]]:14:17: cannot use 1e400 (untyped float constant 1e+400) as string value in variable declaration
// CHECK-NEXT: [[FILE]]:16:17: cannot use c + 0.5 (untyped float constant 1.23457e+06) as string value in variable declaration
