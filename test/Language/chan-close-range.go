// close: range drains then stops, closed receives give zero and ok=false, close wakes every waiting receiver
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

// close wakes receivers; range drains then stops; receives from a closed
// channel give the zero value and ok == false.
func producer(n int, c chan<- string) {
	for i := 0; i < n; i++ {
		c <- string(rune('a' + i))
	}
	close(c)
}

func main() {
	c := make(chan string, 2)
	go producer(5, c)
	s := ""
	for v := range c {
		s += v
	}
	println(s)
	v, ok := <-c
	println(v == "", ok)
	var n int
	var ok2 bool
	d := make(chan int, 3)
	d <- 4
	d <- 5
	close(d)
	n, ok2 = <-d
	println(n, ok2)
	n, ok2 = <-d
	println(n, ok2)
	n, ok2 = <-d
	println(n, ok2, len(d))
	// Every waiting receiver wakes when the channel is closed.
	gate := make(chan struct{})
	done := make(chan bool)
	for i := 0; i < 10; i++ {
		go func() {
			_, ok := <-gate
			done <- ok
		}()
	}
	close(gate)
	woke := 0
	for i := 0; i < 10; i++ {
		if !<-done {
			woke++
		}
	}
	println("woke", woke)
	cnt := 0
	for range d {
		cnt++
	}
	println("range over drained closed channel:", cnt)
}

// CHECK:abcde
// CHECK-NEXT:true false
// CHECK-NEXT:4 true
// CHECK-NEXT:5 true
// CHECK-NEXT:0 false 0
// CHECK-NEXT:woke 10
// CHECK-NEXT:range over drained closed channel: 0
