// deferred closures read and modify named results after the return statement set them
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// Stack-move stress (native only): every checked function entry moves the stack.
// RUN: %if native %{ env GODEBUG=stackmovestress=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// The collector's stress mode (native only): a collection at every checked function entry and allocation.
// RUN: %if native %{ env GODEBUG=gcstress=1,clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

func multi() (a int, s string, err error) {
	defer func() {
		a++
		s += "!"
		if err == nil {
			err = fmt.Errorf("set by defer")
		}
	}()
	return 1, "hi", nil
}

func nested() (r int) {
	defer func() {
		defer func() { r += 10 }()
		r += 1
	}()
	r = 100
	return
}

func main() {
	fmt.Println(double())
	fmt.Println(unnamed())
	a, s, err := multi()
	fmt.Println(a, s, err)
	fmt.Println(nested())
}

// CHECK:42
// CHECK-NEXT:5
// CHECK-NEXT:2 hi! set by defer
// CHECK-NEXT:111
