// thousands of panics recovered in a method with two defers
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

type state struct{ n int }

func (s *state) step(i int) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	defer func() { s.n++ }()
	if i%3 == 0 {
		panic(i)
	}
	return true
}

func main() {
	s := &state{}
	fails := 0
	for i := 0; i < 30000; i++ {
		if !s.step(i) {
			fails++
		}
	}
	fmt.Println("steps", s.n, "recovered", fails)
}

// CHECK:steps 30000 recovered 10000
