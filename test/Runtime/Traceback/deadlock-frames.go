// A deadlock report lists every goroutine with its frames and, for goroutines started by a go statement, "created by" with the go statement's line
// RUN: %goshim build -o %t %s
// RUN: not %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace -DFILE=%s %s
package main

func worker(ch chan int) {
	<-ch
}

func relay(in, out chan int) {
	out <- <-in
}

func main() {
	ch := make(chan int)
	go worker(ch)
	go relay(ch, ch)
	ch2 := make(chan int)
	<-ch2
}

// CHECK:fatal error: all goroutines are asleep - deadlock!
// CHECK-EMPTY:
// CHECK-NEXT:goroutine 1 [chan receive]:
// CHECK-NEXT:main.main()
// CHECK-NEXT:	[[FILE]]:19{{( \+0x[0-9a-f]+)?}}
// CHECK-EMPTY:
// CHECK-DAG:main.worker(...)
// CHECK-DAG:	[[FILE]]:7{{( \+0x[0-9a-f]+)?}}
// CHECK-DAG:created by main.main
// CHECK-DAG:	[[FILE]]:16 +0x{{[0-9a-f]+}}
// CHECK-DAG:main.relay(...)
// CHECK-DAG:	[[FILE]]:11{{( \+0x[0-9a-f]+)?}}
// CHECK-DAG:	[[FILE]]:17 +0x{{[0-9a-f]+}}
