// Benchmark: a call to a function with one defer (issue 5). The deferred
// closure updates a counter so neither call can be removed.
package main

import (
	"fmt"
	"os"
	"runtime"
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

var counter int

//go:noinline
func withDefer(i int) {
	defer func() { counter += i }()
	counter++
}

func main() {
	n := iters(20000000)
	start := time.Now()
	for i := 0; i < n; i++ {
		withDefer(i)
	}
	d := time.Since(start)
	runtime.GC()
	if counter == 0 {
		fmt.Println("impossible")
	}
	report("defer", n, d)
}
