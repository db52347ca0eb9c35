// each goroutine recovers its own panics on its own stack
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// Stack-move stress (native only): every checked function entry moves the stack.
// RUN: %if native %{ env GODEBUG=stackmovestress=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// The collector's stress mode (native only): a collection at every checked function entry and allocation.
// RUN: %if native %{ env GODEBUG=gcstress=1,clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"sync"
)

// Each goroutine panics and recovers on its own stack; results are
// gathered in order afterwards.
func work(id int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("worker ", id, " recovered: ", r)
		}
	}()
	if id%2 == 0 {
		var a []int
		_ = a[id]
	}
	panic(fmt.Sprint("odd ", id))
}

func main() {
	var wg sync.WaitGroup
	out := make([]string, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				out[i] = work(i)
			}
		}(i)
	}
	wg.Wait()
	for _, s := range out {
		fmt.Println(s)
	}
}

// CHECK:worker 0 recovered: runtime error: index out of range [0] with length 0
// CHECK-NEXT:worker 1 recovered: odd 1
// CHECK-NEXT:worker 2 recovered: runtime error: index out of range [2] with length 0
// CHECK-NEXT:worker 3 recovered: odd 3
// CHECK-NEXT:worker 4 recovered: runtime error: index out of range [4] with length 0
// CHECK-NEXT:worker 5 recovered: odd 5
// CHECK-NEXT:worker 6 recovered: runtime error: index out of range [6] with length 0
// CHECK-NEXT:worker 7 recovered: odd 7
