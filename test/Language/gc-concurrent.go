// Concurrent allocation with forced collections: lists, maps, strings survive (parked in channels too)
// RUN: %goshim build -o %t %s
// RUN: env %if gcstress %{GOGC=5%} GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env %if gcstress %{GOGC=5%} GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// The GC stress job (GOGC=0) collects at nearly every allocation, each time marking the whole live set: at this allocation count that takes minutes (over the limit under qemu), so it runs these at GOGC=5.
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"runtime"
	"strconv"
	"sync"
)

type node struct {
	next *node
	val  int
	name string
}

// Goroutines allocate lists, maps, strings and slices while others force
// collections; every structure is checked afterwards, so an object freed
// while still reachable (from a goroutine stack, a channel buffer or a
// parked goroutine's element) shows up as a wrong sum.
func main() {
	var wg sync.WaitGroup
	results := make(chan int, 8)
	lists := make(chan *node, 4)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func(w int) {
			defer_ := 0
			total := 0
			for round := 0; round < 40; round++ {
				var head *node
				for i := 0; i < 500; i++ {
					head = &node{next: head, val: i, name: strconv.Itoa(i)}
				}
				m := map[string][]int{}
				for i := 0; i < 100; i++ {
					k := strconv.Itoa(i % 10)
					m[k] = append(m[k], i)
				}
				if round%10 == w%10 {
					lists <- head // parked in a channel buffer meanwhile
					head = <-lists
				}
				for n := head; n != nil; n = n.next {
					if strconv.Itoa(n.val) != n.name {
						total -= 1000000
					}
					total += n.val
				}
				for _, v := range m {
					total += len(v)
				}
				if round%7 == 0 {
					runtime.GC()
				}
			}
			results <- total + defer_
			wg.Done()
		}(w)
	}
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	println("checksum:", sum)
}

// CHECK:checksum: 39952000
