// Allocation across the heap's size classes, tiny objects, large objects and
// pointerful arrays from four goroutines at once: every object comes back
// zeroed, none overlaps another (each keeps its own fill pattern), pointers
// stored in heap objects stay intact.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	next *node
	n    int
	tag  string
}

type result struct {
	objects int
	bytes   int
	bad     int
}

func work(id int, out *result) {
	var keep [][]byte
	var nodes []*node
	var head *node
	small := []byte{}
	for i := 0; i < 3000; i++ {
		size := 1 + (i*7919+id*104729)%2048
		if i%97 == 0 {
			size = 40000 + i*13 // large objects
		}
		b := make([]byte, size)
		for k := range b {
			if b[k] != 0 {
				out.bad++
			}
			b[k] = byte(id*31 + i)
		}
		out.objects++
		out.bytes += size
		if i%3 == 0 {
			keep = append(keep, b)
		}
		// Tiny, pointer-free values packed together.
		x := new(int32)
		*x = int32(i)
		small = append(small, byte(*x))
		// Pointerful objects and arrays of pointers.
		head = &node{next: head, n: i, tag: fmt.Sprint(id, ":", i)}
		if i%50 == 0 {
			arr := make([]*node, 1+i%200)
			for k := range arr {
				arr[k] = head
			}
			nodes = append(nodes, arr...)
		}
	}
	for j, b := range keep {
		want := byte(id*31 + j*3)
		for _, v := range b {
			if v != want {
				out.bad++
				break
			}
		}
	}
	count := 0
	for p := head; p != nil; p = p.next {
		if p.tag != fmt.Sprint(id, ":", p.n) {
			out.bad++
		}
		count++
	}
	for _, p := range nodes {
		if p.tag != fmt.Sprint(id, ":", p.n) {
			out.bad++
		}
	}
	if count != 3000 || len(small) != 3000 {
		out.bad++
	}
}

func main() {
	runtime.GOMAXPROCS(4)
	var wg sync.WaitGroup
	results := make([]result, 4)
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			work(id, &results[id])
		}(id)
	}
	wg.Wait()
	for id, r := range results {
		fmt.Println("goroutine", id, "objects", r.objects, "bytes", r.bytes, "bad", r.bad)
	}
}

// CHECK:goroutine 0 objects 3000 bytes 4835731 bad 0
// CHECK-NEXT:goroutine 1 objects 3000 bytes 4842628 bad 0
// CHECK-NEXT:goroutine 2 objects 3000 bytes 4849525 bad 0
// CHECK-NEXT:goroutine 3 objects 3000 bytes 4856422 bad 0
