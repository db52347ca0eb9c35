// Benchmark: runtime.Callers over ~26 frames (issue 5).
// The recursion stores into a global after each call, so it stays real
// frames (no tail-call elimination).
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

var sink int
var pcs = make([]uintptr, 64)

//go:noinline
func deep(depth, n int) int {
	if depth > 0 {
		r := deep(depth-1, n)
		sink += r
		return r
	}
	total := 0
	for i := 0; i < n; i++ {
		k := runtime.Callers(1, pcs)
		total += k
	}
	return total
}

func main() {
	n := iters(1000000)
	start := time.Now()
	t := deep(23, n)
	d := time.Since(start)
	if t == 0 {
		fmt.Println("no frames")
	}
	report("callers", n, d)
}
