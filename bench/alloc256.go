// Benchmark: allocating 256-byte objects that hold a pointer (issue 6), with
// the last 4096 kept alive so the collector has a small live heap to trace.
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

type obj struct {
	next *obj
	pad  [31]uintptr
}

var ring [4096]*obj

func main() {
	n := iters(20000000)
	start := time.Now()
	var prev *obj
	for i := 0; i < n; i++ {
		o := &obj{next: prev}
		o.pad[0] = uintptr(i)
		ring[i%len(ring)] = o
		prev = ring[(i+1)%len(ring)]
	}
	d := time.Since(start)
	if ring[0] == nil && n >= len(ring) {
		fmt.Println("impossible")
	}
	report("alloc256", n, d)
}
