// closures capturing by value and by reference
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
// Closures copy captured variables that are never assigned after their
// declaration (goshim captures them by value); every way of assigning one
// (=, op=, ++, x, y := redeclaration, field and element stores, a range
// loop, named results) must keep the capture by reference.
package main

import "fmt"

type S struct{ a, b int }

func mk(n int, s string, st S, arr [3]int) []func() string {
	var out []func() string
	k := n * 2
	for i := 0; i < 3; i++ {
		j := i
		out = append(out, func() string {
			g := func() string { return fmt.Sprint(n, s, st, arr, k, j) }
			return g()
		})
	}
	return out
}

func named() (r int) {
	defer func() { r += 10 }()
	return 5
}

func redecl() func() int {
	x, y := 1, 2
	f := func() int { return x + y }
	x, z := 3, 4
	_ = z
	return f
}

func fieldAssign() func() int {
	st := S{1, 2}
	f := func() int { return st.a }
	st.a = 7
	return f
}

func arrAssign() func() int {
	var a [2]int
	f := func() int { return a[1] }
	a[1] = 9
	return f
}

func rangeVar() []func() int {
	var fs []func() int
	for i := range []int{1, 2, 3} {
		fs = append(fs, func() int { return i })
	}
	return fs
}

func main() {
	for _, f := range mk(4, "x", S{1, 2}, [3]int{7, 8, 9}) {
		fmt.Println(f())
	}
	fmt.Println(named(), redecl()(), fieldAssign()(), arrAssign()())
	for _, f := range rangeVar() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	ch := make(chan int)
	v := 42
	go func() { ch <- v }()
	fmt.Println(<-ch)
}

// CHECK:4x{1 2} [7 8 9] 8 0
// CHECK-NEXT:4x{1 2} [7 8 9] 8 1
// CHECK-NEXT:4x{1 2} [7 8 9] 8 2
// CHECK-NEXT:15 5 7 9
// CHECK-NEXT:2 2 2 
// CHECK-NEXT:42
