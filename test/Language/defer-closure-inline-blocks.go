// deferred closures and calls whose arguments live in the defer record (inline blocks) and on the heap (large captures)
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// Stack-move stress (native only): moving the stack must not disturb the records' blocks.
// RUN: %if native %{ env GODEBUG=stackmovestress=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// GC stress (GOGC=0, a cycle at every trigger): an inline block is scanned with its record.
// RUN: %if native %{ env GOGC=0 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

type big struct{ a, b, c, d, e, f, g, h, i int }

func named() (r int) {
	defer func() { r *= 2 }()
	r = 21
	return
}

func loop() (s string) {
	for i := 0; i < 5; i++ {
		j := i * i
		defer func() { s += fmt.Sprint(j, ",") }()
	}
	return "x:"
}

func largeCapture() (out int) {
	var a, b, c, d, e, f, g, h, i, j int = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
	defer func() { out = a + b + c + d + e + f + g + h + i + j }()
	return 0
}

func bigArg() {
	x := big{1, 2, 3, 4, 5, 6, 7, 8, 9}
	defer fmt.Println("big", x)
	x.a = 100
}

func recovers() (err string) {
	msg := "recovered:"
	defer func() {
		if r := recover(); r != nil {
			err = msg + fmt.Sprint(r)
		}
	}()
	var m map[string]int
	m["a"] = 1
	return "no"
}

func counter() int {
	n := 0
	for i := 0; i < 10; i++ {
		func() {
			defer func() { n += i }()
		}()
	}
	return n
}

type T struct{ name string }

func (t T) hello(s string) { fmt.Println("hello", t.name, s) }

func main() {
	fmt.Println(named())
	fmt.Println(loop())
	fmt.Println(largeCapture())
	bigArg()
	fmt.Println(recovers())
	fmt.Println(counter())
	t := T{"t"}
	defer t.hello("last")
	t.name = "changed"
	m := map[string]int{"k": 1}
	defer func() { fmt.Println("deferred builtin deleted k:", len(m) == 0) }()
	defer delete(m, "k")
	x := 5
	defer func(v int) { fmt.Println("arg", v, x) }(x)
	x = 6
}

// CHECK:42
// CHECK-NEXT:x:16,9,4,1,0,
// CHECK-NEXT:55
// CHECK-NEXT:big {1 2 3 4 5 6 7 8 9}
// CHECK-NEXT:recovered:assignment to entry in nil map
// CHECK-NEXT:45
// CHECK-NEXT:arg 5 6
// CHECK-NEXT:deferred builtin deleted k: true
// CHECK-NEXT:hello t last
