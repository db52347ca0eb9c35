// A program with a Go frame above 512 bytes (here about 800) runs on 8 KiB stacks with a 3 KiB guard instead of 2 KiB with 1 KiB (gc starts every goroutine on 2 KiB and prints 2048), and recursing onto it at every depth works
// REQUIRES: stackmaps
// RUN: %goshim build -o %t %s
// RUN: env GORT_STACKPAINT=2900 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
package main

import (
	"fmt"
	"runtime/metrics"
)

type big struct{ a [96]int }

//go:noinline
func mk(n int) big {
	var b big
	for i := range b.a {
		b.a[i] = n + i
	}
	return b
}

func sum(n int) int {
	if n == 0 {
		b := mk(n)
		s := 0
		for _, v := range b.a {
			s += v
		}
		return s
	}
	return sum(n-1) + 1
}

func main() {
	s := []metrics.Sample{{Name: "/gc/stack/starting-size:bytes"}}
	metrics.Read(s)
	fmt.Println(s[0].Value.Uint64())
	done := make(chan int)
	t := 0
	for d := 0; d < 200; d++ {
		go func(d int) { done <- sum(d) }(d)
		t += <-done
	}
	fmt.Println(t)
}

// CHECK:8192
// CHECK-NEXT:931900
