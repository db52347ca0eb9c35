// 1000 goroutines grow their stacks concurrently while exchanging pointers to heap objects over channels at the bottom of their recursion
// Stacks grow only where stack maps are (armv7 keeps fixed 64 KiB stacks, docs/DESIGN.md):
// REQUIRES: stackmaps
// RUN: %goshim build -o %t %s
// RUN: env %if gcstress %{GOGC=5%} GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env %if gcstress %{GOGC=5%} GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOGC=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// The GC stress job (GOGC=0) collects at nearly every allocation, each time scanning every frame and object: at this scale that is quadratic, so it runs these at GOGC=5.
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"sync"
)

type msg struct {
	from  int
	depth int
	data  []int
}

// relay recurses to depth d, then sends a heap message to the next
// goroutine and receives one from the previous, checking both survive the
// moves of both stacks and any collection in between.
func relay(id, d int, out chan<- *msg, in <-chan *msg, keep *msg) int {
	if d == 0 {
		m := &msg{from: id, depth: keep.depth, data: make([]int, 16)}
		for i := range m.data {
			m.data[i] = id*100 + i
		}
		out <- m
		r := <-in
		sum := 0
		for i, v := range r.data {
			if v != r.from*100+i {
				panic("message corrupted")
			}
			sum += v
		}
		return sum
	}
	local := &msg{from: id, depth: d}
	r := relay(id, d-1, out, in, local)
	if local.depth != d || local.from != id {
		panic("frame pointer lost")
	}
	return r
}

func main() {
	const n = 1000
	chans := make([]chan *msg, n)
	for i := range chans {
		chans[i] = make(chan *msg, 1)
	}
	var wg sync.WaitGroup
	results := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			depth := 200 + (i*7919)%3000
			results[i] = relay(i, depth, chans[(i+1)%n], chans[i], &msg{})
		}(i)
	}
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println("goroutines:", n, "total:", total)
}

// CHECK:goroutines: 1000 total: 799320000
