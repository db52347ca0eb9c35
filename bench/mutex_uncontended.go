// Benchmark: uncontended sync.Mutex. One goroutine takes and releases a
// mutex around a counter increment. One op is one Lock+Unlock pair.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
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

type counter struct {
	mu sync.Mutex
	n  int
}

func loop(c *counter, n int) {
	for i := 0; i < n; i++ {
		c.mu.Lock()
		c.n++
		c.mu.Unlock()
	}
}

func main() {
	n := iters(30000000)
	c := new(counter)
	start := time.Now()
	loop(c, n)
	d := time.Since(start)
	if c.n != n {
		fmt.Println("bad count", c.n)
		os.Exit(1)
	}
	report("mutex-uncontended", n, d)
}
