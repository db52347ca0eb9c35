// Benchmark: 4-way select. Four producer goroutines each send n/4 ints on
// their own buffered channel (capacity 64); main receives all n with a
// select over the four. One op is one select.
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
		c <- 1
	}
}

func main() {
	n := iters(1000000) / 4 * 4
	if n == 0 {
		n = 4
	}
	c0 := make(chan int, 64)
	c1 := make(chan int, 64)
	c2 := make(chan int, 64)
	c3 := make(chan int, 64)
	start := time.Now()
	go produce(c0, n/4)
	go produce(c1, n/4)
	go produce(c2, n/4)
	go produce(c3, n/4)
	var got [4]int
	for i := 0; i < n; i++ {
		select {
		case v := <-c0:
			got[0] += v
		case v := <-c1:
			got[1] += v
		case v := <-c2:
			got[2] += v
		case v := <-c3:
			got[3] += v
		}
	}
	d := time.Since(start)
	for k := 0; k < 4; k++ {
		if got[k] != n/4 {
			fmt.Println("bad count", k, got[k])
			os.Exit(1)
		}
	}
	report("select4", n, d)
}
