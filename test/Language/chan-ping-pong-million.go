// 10^6 messages ping-ponged over unbuffered channels; a token around a ring of 1000 goroutines
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

// One million messages bounced between two goroutines over unbuffered
// channels, and a ring of goroutines passing a token.
func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 500000; i++ {
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	println("after 10^6 messages:", v, ok)

	const ring = 1000
	first := make(chan int)
	in := first
	for i := 0; i < ring; i++ {
		out := make(chan int)
		go func(in, out chan int) {
			for t := range in {
				out <- t + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	for lap := 0; lap < 10; lap++ {
		first <- lap * ring
		println("lap", lap, "token", <-in)
	}
	close(first)
	_, ok = <-in
	println("ring closed:", !ok)
}

// CHECK:after 10^6 messages: 500000 false
// CHECK-NEXT:lap 0 token 1000
// CHECK-NEXT:lap 1 token 2000
// CHECK-NEXT:lap 2 token 3000
// CHECK-NEXT:lap 3 token 4000
// CHECK-NEXT:lap 4 token 5000
// CHECK-NEXT:lap 5 token 6000
// CHECK-NEXT:lap 6 token 7000
// CHECK-NEXT:lap 7 token 8000
// CHECK-NEXT:lap 8 token 9000
// CHECK-NEXT:lap 9 token 10000
// CHECK-NEXT:ring closed: true
