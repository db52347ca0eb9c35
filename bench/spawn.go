// Benchmark: goroutine spawn+exit. Each op starts a goroutine that calls
// wg.Done() and exits; the spawner waits for every batch of 1000.
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

func done(wg *sync.WaitGroup) {
	wg.Done()
}

func main() {
	n := iters(500000)
	const batch = 1000
	var wg sync.WaitGroup
	start := time.Now()
	for i := 0; i < n; i += batch {
		m := batch
		if n-i < m {
			m = n - i
		}
		wg.Add(m)
		for j := 0; j < m; j++ {
			go done(&wg)
		}
		wg.Wait()
	}
	report("spawn", n, time.Since(start))
}
