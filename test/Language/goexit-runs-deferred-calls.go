// runtime.Goexit runs deferred calls and recover returns nil during it
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
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	done := make(chan string, 3)
	go func() {
		defer wg.Done()
		defer func() {
			done <- fmt.Sprint("recover during Goexit: ", recover())
		}()
		defer func() { done <- "deferred call ran" }()
		runtime.Goexit()
		done <- "not reached"
	}()
	wg.Wait()
	close(done)
	for s := range done {
		fmt.Println(s)
	}
}

// CHECK:deferred call ran
// CHECK-NEXT:recover during Goexit: <nil>
