// break in a select leaves the select; labeled break/continue reach the loop; a select whose cases all return terminates a function
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

// break inside a select leaves the select only; labeled break and continue
// reach the enclosing loop; a select whose every case returns terminates a
// function.
func first(a, b chan int) int {
	select {
	case v := <-a:
		return v
	case v := <-b:
		return -v
	}
}

func main() {
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		c <- i
	}
	sum, skipped, breaks := 0, 0, 0
loop:
	for {
		select {
		case v := <-c:
			if v%3 == 0 {
				skipped++
				continue loop
			}
			if v == 8 {
				breaks++
				break
			}
			sum += v
		default:
			break loop
		}
	}
	println(sum, skipped, breaks)
	a := make(chan int, 1)
	b := make(chan int, 1)
	b <- 4
	println(first(a, b))
	results := make(chan int)
	for i := 0; i < 3; i++ {
		go func(k int) {
			tick := make(chan int, 1)
			tick <- k
			for {
				select {
				case v := <-tick:
					results <- v * v
					return
				}
			}
		}(i)
	}
	t := 0
	for i := 0; i < 3; i++ {
		t += <-results
	}
	println(t)
}

// CHECK:19 4 1
// CHECK-NEXT:-4
// CHECK-NEXT:5
