// Benchmark: binary-trees (issue 6), the allocation-heavy classic: a
// long-lived tree of depth 16, then trees of depth 4..16 built and checked
// in rounds. One op is the whole run at depth 16 (BENCH_DEPTH overrides it).
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

type node struct{ left, right *node }

func bottomUp(depth int) *node {
	if depth <= 0 {
		return &node{}
	}
	return &node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *node) check() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.check() + n.right.check()
}

func run(maxDepth int) int {
	sum := bottomUp(maxDepth + 1).check()
	long := bottomUp(maxDepth)
	for d := 4; d <= maxDepth; d += 2 {
		iters := 1 << uint(maxDepth-d+4)
		for i := 0; i < iters; i++ {
			sum += bottomUp(d).check()
		}
	}
	return sum + long.check()
}

func main() {
	depth := 16
	if s := os.Getenv("BENCH_DEPTH"); s != "" {
		if v, err := strconv.Atoi(s); err == nil && v >= 4 {
			depth = v
		}
	}
	n := iters(1)
	start := time.Now()
	total := 0
	for i := 0; i < n; i++ {
		total += run(depth)
	}
	d := time.Since(start)
	if total == 0 {
		fmt.Println("impossible")
	}
	report("binarytrees"+strconv.Itoa(depth), n, d)
}
