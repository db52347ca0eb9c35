// The runtime's C++ work called from Go (panic unwinding, recover, map insertion, allocation, fmt) at every stack depth, so at every offset from the stack guard: the guard leaves it room (guard pages would catch an overrun)
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"errors"
	"fmt"
	"strconv"
)

var sink []byte

func rec(n int) (r int) {
	if n == 0 {
		defer func() {
			if x := recover(); x != nil {
				r = len(fmt.Sprint(x))
			}
		}()
		m := map[string]int{}
		m["a"+strconv.Itoa(n)] = n
		sink = make([]byte, 100)
		panic(errors.New("boom"))
	}
	return rec(n-1) + 1
}

func main() {
	done := make(chan int)
	total := 0
	for d := 0; d < 600; d++ {
		go func(d int) { done <- rec(d) }(d)
		total += <-done
	}
	fmt.Println(total)
}

// CHECK:182100
