// An unrecovered panic prints one "pkg.F(...)" line and one tab-indented "file:line" line per logical frame, inlined frames included, innermost first (gc's shape; argument words are not known: "f()" for functions without parameters, "(...)" otherwise)
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace -DFILE=%s %s
// RUN: %run %t >/dev/null 2>&1; test $? -eq 2
package main

type T struct{ a []int }

func (t *T) get(i int) int { return t.a[i] }

func f(x int) int {
	t := &T{a: make([]int, 3)}
	return t.get(x)
}

func main() {
	g := func(n int) int {
		return f(n)
	}
	println(g(5))
}

// CHECK:panic: runtime error: index out of range [5] with length 3
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [running]:
// CHECK-NEXT:main.(*T).get(...)
// CHECK-NEXT:	[[FILE]]:9{{( \+0x[0-9a-f]+)?}}
// CHECK-NEXT:main.f(...)
// CHECK-NEXT:	[[FILE]]:13{{( \+0x[0-9a-f]+)?}}
// CHECK-NEXT:main.main.func1(...)
// CHECK-NEXT:	[[FILE]]:18{{( \+0x[0-9a-f]+)?}}
// CHECK-NEXT:main.main()
// CHECK-NEXT:	[[FILE]]:20{{( \+0x[0-9a-f]+)?}}
// CHECK-NOT:{{.}}
