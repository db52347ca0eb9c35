// select chooses at random among ready cases: each of four ready cases is taken in at least 10% of 4000 rounds
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

// When several cases are ready, select chooses among them at random: over
// many rounds every ready case is taken (each at least 10% of the time).
func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	c := make(chan int, 1)
	d := make(chan int, 1)
	var counts [5]int
	const rounds = 4000
	for i := 0; i < rounds; i++ {
		if len(a) == 0 {
			a <- 1
		}
		if len(b) == 0 {
			b <- 2
		}
		if len(c) == 0 {
			c <- 3
		}
		select {
		case v := <-a:
			counts[v]++
		case v := <-b:
			counts[v]++
		case v := <-c:
			counts[v]++
		case d <- 4:
			counts[4]++
			<-d
		}
	}
	total := 0
	for k := 1; k <= 4; k++ {
		total += counts[k]
		println("case", k, "chosen often:", counts[k] > rounds/10)
	}
	println("total", total)
}

// CHECK:case 1 chosen often: true
// CHECK-NEXT:case 2 chosen often: true
// CHECK-NEXT:case 3 chosen often: true
// CHECK-NEXT:case 4 chosen often: true
// CHECK-NEXT:total 4000
