// defer mu.Unlock(), defer wg.Done() and defer close(ch) in concurrent code
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
}

func produce(ch chan<- int, n int) {
	defer close(ch)
	for i := 0; i < n; i++ {
		ch <- i
	}
}

func main() {
	var c counter
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				c.inc()
			}
		}()
	}
	wg.Wait()
	fmt.Println("count", c.n)
	ch := make(chan int)
	go produce(ch, 5)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum", sum)
}

// CHECK:count 5000
// CHECK-NEXT:sum 10
