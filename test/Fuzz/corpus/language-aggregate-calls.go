// Aggregate arguments and results holding bools, and results wider than two registers
// RUN: %goshim build -o %t %s
// RUN: %goshim build -O0 -o %t.O0 %s && %run %t.O0 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

type S struct {
	a, b bool
	n    int
	c    bool
}

func f(s S, x bool) (float64, bool) {
	if s.a && x {
		return float64(s.n), s.c
	}
	return 0, s.b
}

func g(n int) S { return S{n > 1, n > 2, n, n > 3} }

func main() {
	s := g(5)
	v, ok := f(s, true)
	println(v, ok)
}

// CHECK:+5.000000e+000 true
