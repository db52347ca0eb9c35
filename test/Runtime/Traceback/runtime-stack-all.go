// runtime.Stack(buf, true) lists every goroutine with its wait state, frames and creator; Stack(buf, false) only the caller
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

func blocked(ready chan bool, ch chan int) {
	ready <- true
	<-ch
}

func main() {
	ch := make(chan int)
	ready := make(chan bool)
	for i := 0; i < 3; i++ {
		go blocked(ready, ch)
	}
	for i := 0; i < 3; i++ {
		<-ready
	}
	buf := make([]byte, 1<<16)
	var s string
	// Each goroutine parks on ch soon after it signalled: look until all three have.
	for try := 0; try < 1000; try++ {
		n := runtime.Stack(buf, true)
		s = string(buf[:n])
		if strings.Count(s, "[chan receive]:\n") == 3 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:\nmain.main("))
	fmt.Println(strings.Count(s, "[chan receive]:\n"), strings.Count(s, "\nmain.blocked("), strings.Count(s, "\ncreated by main.main\n"))
	n := runtime.Stack(buf, false)
	fmt.Println(strings.Count(string(buf[:n]), "goroutine "), strings.Contains(string(buf[:n]), "blocked"))
	close(ch)
}

// CHECK:true
// CHECK-NEXT:3 3 3
// CHECK-NEXT:1 false
