// select never takes a nil channel's case; setting a closed input to nil stops listening to it
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// Stack-move stress (native only): every checked function entry moves the stack.
// RUN: %if native %{ env GODEBUG=stackmovestress=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// The collector's stress mode (native only): a collection at every checked function entry and allocation.
// RUN: %if native %{ env GODEBUG=gcstress=1,clobberfree=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s %}
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

// A nil channel's case is never ready in a select; setting a drained input
// to nil is how a loop stops listening to it.
func main() {
	var nilc chan int
	select {
	case nilc <- 1:
		println("sent to nil")
	case <-nilc:
		println("received from nil")
	default:
		println("default")
	}
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 15; i++ {
			b <- i
		}
		close(b)
	}()
	sumA, sumB := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
		}
	}
	println(sumA, sumB)
}

// CHECK:default
// CHECK-NEXT:3 60
