package main

import "runtime"

type Acc struct{ n int }

func (a Acc) Show(tag string, xs ...int) { println(tag, a.n, len(xs)) }
func (a *Acc) Add(k int, done chan<- bool) { a.n += k; done <- true }

type Shower interface{ Show(string, ...int) }

func sum(out chan<- int, xs ...int) {
	s := 0
	for _, x := range xs {
		s += x
	}
	out <- s
}

func main() {
	out := make(chan int)
	go sum(out, 1, 2, 3)
	println(<-out)
	a := &Acc{}
	done := make(chan bool, 2)
	go a.Add(2, done)
	go (*Acc).Add(a, 3, done)
	<-done
	<-done
	var s Shower = *a
	go s.Show("i", 1)
	f := func(c chan<- int) { c <- 42 }
	go f(out)
	println(<-out)
	go println("x", 1, true)
	go close(done)
	go runtime.Gosched()
	for range done {
	}
	println(runtime.NumGoroutine() >= 1)
}
