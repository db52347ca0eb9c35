// Benchmark: the resident memory of idle goroutines. Starts 100,000
// goroutines that each call a few functions and then block on a channel,
// and reports the growth of the process's resident set (/proc/self/statm)
// divided by their number, in bytes per goroutine (B/op), before releasing
// them. Lower is better; gc's 2 KiB initial stacks are the reference.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

func iters(def int) int {
	if s := os.Getenv("BENCH_N"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			return n
		}
	}
	return def
}

func rss() int64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		panic(err)
	}
	f := strings.Fields(string(b))
	pages, _ := strconv.ParseInt(f[1], 10, 64)
	return pages * int64(os.Getpagesize())
}

func wait(depth int, start *sync.WaitGroup, release chan struct{}, done *sync.WaitGroup) {
	if depth > 0 {
		wait(depth-1, start, release, done)
		return
	}
	start.Done()
	<-release
	done.Done()
}

func main() {
	n := iters(100000)
	release := make(chan struct{})
	var start, done sync.WaitGroup
	before := rss()
	start.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go wait(3, &start, release, &done)
	}
	start.Wait()
	after := rss()
	close(release)
	done.Wait()
	fmt.Printf("idlegoroutines %d %.1f B/op\n", n, float64(after-before)/float64(n))
}
