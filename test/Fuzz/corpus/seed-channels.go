package main

func worker(in <-chan int, out chan<- int, done chan struct{}) {
	for v := range in {
		out <- v * 2
	}
	close(out)
	done <- struct{}{}
}

func main() {
	in := make(chan int, 3)
	out := make(chan int)
	done := make(chan struct{}, 1)
	go worker(in, out, done)
	go func() {
		for i := 0; i < 3; i++ {
			in <- i
		}
		close(in)
	}()
	for v := range out {
		println(v)
	}
	<-done
	v, ok := <-out
	println(v, ok, len(in), cap(in))
	var nilch chan int
	select {
	case x := <-nilch:
		println(x)
	case nilch <- 1:
	case x, ok := <-out:
		println(x, ok)
	default:
		println("default")
	}
	select {}
}
