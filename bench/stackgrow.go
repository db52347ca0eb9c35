// Benchmark: stack growth. Each op starts a goroutine on a fresh stack that
// recurses 10,000 frames deep, each frame with a 1 KiB local array, and
// reports back; ns/op is the whole chain (as the figures: gc copies
// at every doubling, gccgo links split-stack segments). goshim keeps such an
// array on the heap (it has no escape analysis yet), so its figure includes
// 10,000 small allocations per op.
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

func chain(n int) int {
	var buf [128]int
	buf[n%128] = n
	if n == 0 {
		return buf[0]
	}
	return chain(n-1) + buf[n%128] - n + 1
}

func main() {
	n := iters(200)
	res := make(chan int)
	start := time.Now()
	for i := 0; i < n; i++ {
		go func() { res <- chain(10000) }()
		if <-res != 10000 {
			panic("wrong result")
		}
	}
	report("stackgrow", n, time.Since(start))
}
