// Benchmark: panic + recover (issue 5): a function panics with a constant
// value and its own deferred closure recovers.
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

var recovered int

//go:noinline
func panicky() {
	defer func() {
		if recover() != nil {
			recovered++
		}
	}()
	panic("boom")
}

func main() {
	n := iters(1000000)
	start := time.Now()
	for i := 0; i < n; i++ {
		panicky()
	}
	d := time.Since(start)
	if recovered != n {
		fmt.Println("lost a panic")
	}
	report("panicrecover", n, d)
}
