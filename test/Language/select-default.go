// select with default: taken exactly when no case is ready; a blocking select waits; a closed channel is always ready
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

// select with default: taken exactly when no case is ready.
func try(c chan int) string {
	select {
	case v := <-c:
		return "recv " + string(rune('0'+v))
	default:
		return "default"
	}
}

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func main() {
	c := make(chan int, 2)
	println(try(c))
	println(trySend(c, 1), trySend(c, 2), trySend(c, 3))
	println(try(c), try(c), try(c))
	u := make(chan int)
	println(trySend(u, 1))
	select {
	default:
		println("only default")
	}
	n := 0
	for i := 0; i < 5; i++ {
		select {
		case c <- i:
			n++
		default:
		}
	}
	println("sent", n, len(c))
	done := make(chan bool)
	go func() {
		done <- true
	}()
	// Blocking select without default waits for the goroutine.
	select {
	case ok := <-done:
		println("done", ok)
	}
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		println("closed", v, ok)
	default:
		println("not reached")
	}
}

// CHECK:default
// CHECK-NEXT:true true false
// CHECK-NEXT:recv 1 recv 2 default
// CHECK-NEXT:false
// CHECK-NEXT:only default
// CHECK-NEXT:sent 2 2
// CHECK-NEXT:done true
// CHECK-NEXT:closed 0 false
