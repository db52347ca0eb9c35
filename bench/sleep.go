// Benchmark: timer-heavy sleep. 1000 goroutines each do n/1000 sleeps of
// 50 microseconds. One op is one time.Sleep; ns/op is wall time divided by
// the total number of sleeps, so it measures the timer system's throughput
// with many sleepers (the ideal with no overhead is 50000 ns / 1000 = 50 ns).
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

func sleeper(k int, wg *sync.WaitGroup) {
	for i := 0; i < k; i++ {
		time.Sleep(50 * time.Microsecond)
	}
	wg.Done()
}

func main() {
	const workers = 1000
	n := iters(500000) / workers * workers
	if n == 0 {
		n = workers
	}
	var wg sync.WaitGroup
	wg.Add(workers)
	start := time.Now()
	for w := 0; w < workers; w++ {
		go sleeper(n/workers, &wg)
	}
	wg.Wait()
	report("sleep", n, time.Since(start))
}
