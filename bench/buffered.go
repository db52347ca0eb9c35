// Benchmark: buffered channel throughput. A producer goroutine sends n ints
// into a channel of capacity 1024 and main receives them; one op is one
// element.
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

func produce(c chan<- int, n int) {
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
}

func main() {
	n := iters(4000000)
	c := make(chan int, 1024)
	start := time.Now()
	go produce(c, n)
	sum := 0
	for v := range c {
		sum += v
	}
	d := time.Since(start)
	if sum != n*(n-1)/2 {
		fmt.Println("bad sum", sum)
		os.Exit(1)
	}
	report("buffered", n, d)
}
