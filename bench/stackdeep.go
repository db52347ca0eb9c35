// Benchmark: a deep stack. Each op starts a goroutine on a fresh stack that
// recurses 100,000 frames deep (small frames, three values live across each
// call; a few MB of stack) and reports back. gc copies the stack at every
// doubling, re-walking every frame; gccgo links split-stack segments;
// goshim copies up to 512 KiB and then grows in place in a reservation
// (docs/DESIGN.md "Stacks"). Unlike stackgrow, nothing here reaches the heap.
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

func chain(n int, a, b, c int) int {
	if n == 0 {
		return a + b + c
	}
	r := chain(n-1, a+1, b^n, c*3)
	// A store after the call: gccgo's -O2 turns a plain "call + rest" into
	// a loop, which never deepens its stack.
	sink[n&7] = r
	return (r ^ a) + c - b
}

var sink [8]int

func main() {
	n := iters(200)
	res := make(chan int)
	want := chain(100000, 1, 2, 3)
	start := time.Now()
	for i := 0; i < n; i++ {
		go func() { res <- chain(100000, 1, 2, 3) }()
		if <-res != want {
			panic("wrong result")
		}
	}
	report("stackdeep", n, time.Since(start))
}
