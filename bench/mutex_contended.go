// Benchmark: contended sync.Mutex. Eight goroutines each take the same
// mutex n/8 times around a shared counter increment. One op is one
// Lock+Unlock pair.
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

func work(c *counter, k int, wg *sync.WaitGroup) {
	for i := 0; i < k; i++ {
		c.mu.Lock()
		c.n++
		c.mu.Unlock()
	}
	wg.Done()
}

func main() {
	const workers = 8
	n := iters(20000000) / workers * workers
	if n == 0 {
		n = workers
	}
	var c counter
	var wg sync.WaitGroup
	wg.Add(workers)
	start := time.Now()
	for w := 0; w < workers; w++ {
		go work(&c, n/workers, &wg)
	}
	wg.Wait()
	d := time.Since(start)
	if c.n != n {
		fmt.Println("bad count", c.n)
		os.Exit(1)
	}
	report("mutex-contended", n, d)
}
