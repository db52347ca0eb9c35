// Unbuffered channels: two goroutines pass a counter 10^5 times; a request/reply round trip with main
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

// Two goroutines pass a counter back and forth over unbuffered channels.
func player(name string, in <-chan int, out chan<- int, done chan<- string) {
	for {
		n, ok := <-in
		if !ok {
			done <- name
			return
		}
		if n >= 100000 {
			close(out)
			done <- name
			return
		}
		out <- n + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan string)
	go player("ping", ping, pong, done)
	go player("pong", pong, ping, done)
	ping <- 0
	a, b := <-done, <-done
	println(a != b, a == "ping" || a == "pong", b == "ping" || b == "pong")
	// A round trip through an unbuffered channel from main.
	echo := make(chan int)
	go func() {
		for v := range echo {
			echo <- v * 2
		}
	}()
	sum := 0
	for i := 1; i <= 1000; i++ {
		echo <- i
		sum += <-echo
	}
	close(echo)
	println("sum", sum)
}

// CHECK:true true true
// CHECK-NEXT:sum 1001000
