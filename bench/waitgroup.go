// Benchmark: uncontended sync.WaitGroup. One goroutine does Add(1) and
// Done() and, every 100 ops, Wait() on the emptied group. One op is one
// Add+Done pair.
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

func loop(wg *sync.WaitGroup, n int) {
	for i := 0; i < n; i++ {
		wg.Add(1)
		wg.Done()
		if i%100 == 99 {
			wg.Wait()
		}
	}
	wg.Wait()
}

func main() {
	n := iters(20000000)
	wg := new(sync.WaitGroup)
	start := time.Now()
	loop(wg, n)
	report("waitgroup", n, time.Since(start))
}
