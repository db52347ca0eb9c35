// Benchmark: unbuffered ping-pong. One op is a round trip: main sends on
// ping, the echo goroutine receives it and sends it back on pong.
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"
)

func iters(def int) int {
	if s := os.Getenv("BENCH_N"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			return n
		}
	}
	return def
}

func report(name string, n int, d time.Duration) {
	fmt.Printf("%s %d %.1f ns/op\n", name, n, float64(d.Nanoseconds())/float64(n))
}

func echo(ping <-chan int, pong chan<- int) {
	for v := range ping {
		pong <- v
	}
	close(pong)
}

func main() {
	n := iters(500000)
	ping := make(chan int)
	pong := make(chan int)
	go echo(ping, pong)
	sum := 0
	start := time.Now()
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	d := time.Since(start)
	close(ping)
	<-pong
	if sum != n*(n-1)/2 {
		fmt.Println("bad sum", sum)
		os.Exit(1)
	}
	report("pingpong", n, d)
}
