// Stacks grow by copying: recursion 10^6 deep holding heap pointers and strings across calls (a collection at the bottom), a frame with many live values, a goroutine's own deep chain
// Stacks grow only where stack maps are (armv7 keeps fixed 64 KiB stacks, docs/DESIGN.md):
// REQUIRES: stackmaps
// RUN: %goshim build -o %t %s
// RUN: env %if gcstress %{GOGC=5%} GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env %if gcstress %{GOGC=5%} GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// The GC stress job (GOGC=0) collects at nearly every allocation, each time scanning every frame and object: at this scale that is quadratic, so it runs these at GOGC=5.
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	v    int
}

// down recurses n levels, each frame holding a heap pointer and a string
// across its call; at the bottom it collects and walks the chain the frames built.
func down(n int, p *node, tag string) (int, string) {
	if n == 0 {
		runtime.GC()
		s := 0
		for q := p; q != nil; q = q.next {
			s += q.v
		}
		return s, tag
	}
	q := &node{p, n}
	s, t := down(n-1, q, tag)
	if q.v != n || q.next != p {
		panic("frame lost its pointer")
	}
	return s + 1, t
}

// wide has a bigger frame: many values live across the recursive call.
func wide(n int) int {
	if n == 0 {
		return 0
	}
	a, b, c, d, e, f, g, h := n, n*2, n*3, n*4, n*5, n*6, n*7, n*8
	r := wide(n - 1)
	return r + a + b + c + d + e + f + g + h - 36*n + 1
}

func main() {
	s, t := down(1000000, nil, "tag")
	fmt.Println(s, t)
	fmt.Println(wide(200000))
	ch := make(chan int)
	go func() {
		s, _ := down(300000, nil, "g")
		ch <- s
	}()
	fmt.Println(<-ch)
}

// CHECK:500001500000 tag
// CHECK-NEXT:200000
// CHECK-NEXT:45000450000
