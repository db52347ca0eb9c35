package main

type big struct{ a [16]int }

func main() {
	a := make(chan int, 1)
	b := make(chan big, 1)
	m := map[string]int{}
	var ok bool
	var nilc chan int
	xs := []int{0}
	for i := 0; i < 4; i++ {
		select {
		case a <- i:
		case m["k"], ok = <-a:
			println("map", m["k"], ok)
		case xs[0] = <-nilc:
		case b <- big{}:
		case v, ok2 := <-b:
			println(v.a[0], ok2)
		}
	}
	select {
	default:
		println("none")
	}
L:
	for {
		select {
		case <-a:
			break L
		default:
			a <- 1
		}
	}
	close(a)
	v, more := <-a
	println(v, more, len(a), cap(b))
	select {
	case x, ok := <-a:
		println(x, ok)
	}
}
