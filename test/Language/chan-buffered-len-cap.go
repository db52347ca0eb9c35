// Buffered channels: len/cap while filling and draining, FIFO order, nil and unbuffered len/cap, large elements, directional views, channels in interfaces
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

// Buffered channels: len and cap as the buffer fills and drains, FIFO order,
// a send that does not block while there is room, nil channels.
type pair struct {
	a int
	s string
}

func main() {
	c := make(chan int, 5)
	println(len(c), cap(c))
	for i := 0; i < 5; i++ {
		c <- i * i
		println("after send", i, len(c), cap(c))
	}
	for len(c) > 0 {
		v := <-c
		println("got", v, len(c))
	}
	var nilc chan int
	println("nil", len(nilc), cap(nilc), nilc == nil)
	u := make(chan bool)
	println("unbuffered", len(u), cap(u))
	p := make(chan pair, 2)
	p <- pair{1, "one"}
	p <- pair{2, "two"}
	x := <-p
	y := <-p
	println(x.a, x.s, y.a, y.s)
	big := make(chan [12]int, 3)
	var arr [12]int
	for i := range arr {
		arr[i] = i * 10
	}
	big <- arr
	arr[0] = -1
	got := <-big
	println(got[0], got[11], len(big))
	var ro <-chan int = c
	var so chan<- int = c
	so <- 7
	println(<-ro, len(ro), cap(so))
	var e interface{} = c
	c2, ok := e.(chan int)
	println(ok, c2 == c, e == interface{}(c))
}

// CHECK:0 5
// CHECK-NEXT:after send 0 1 5
// CHECK-NEXT:after send 1 2 5
// CHECK-NEXT:after send 2 3 5
// CHECK-NEXT:after send 3 4 5
// CHECK-NEXT:after send 4 5 5
// CHECK-NEXT:got 0 4
// CHECK-NEXT:got 1 3
// CHECK-NEXT:got 4 2
// CHECK-NEXT:got 9 1
// CHECK-NEXT:got 16 0
// CHECK-NEXT:nil 0 0 true
// CHECK-NEXT:unbuffered 0 0
// CHECK-NEXT:1 one 2 two
// CHECK-NEXT:0 110 0
// CHECK-NEXT:7 0 5
// CHECK-NEXT:true true true
