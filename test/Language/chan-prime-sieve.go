// The concurrent prime sieve: 300 filter goroutines chained by unbuffered channels
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

// The concurrent prime sieve: one filter goroutine per prime found.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum := 0
	for i := 0; i < 300; i++ {
		prime := <-ch
		if i < 10 || i%50 == 49 {
			println(i+1, prime)
		}
		sum += prime
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	println("sum of the first 300 primes:", sum)
}

// CHECK:1 2
// CHECK-NEXT:2 3
// CHECK-NEXT:3 5
// CHECK-NEXT:4 7
// CHECK-NEXT:5 11
// CHECK-NEXT:6 13
// CHECK-NEXT:7 17
// CHECK-NEXT:8 19
// CHECK-NEXT:9 23
// CHECK-NEXT:10 29
// CHECK-NEXT:50 229
// CHECK-NEXT:100 541
// CHECK-NEXT:150 863
// CHECK-NEXT:200 1223
// CHECK-NEXT:250 1583
// CHECK-NEXT:300 1987
// CHECK-NEXT:sum of the first 300 primes: 271061
