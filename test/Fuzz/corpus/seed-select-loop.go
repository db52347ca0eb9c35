package main

func main() {
	ticks := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 0; i < 3; i++ {
			ticks <- i
		}
		quit <- true
	}()
	for {
		select {
		case t := <-ticks:
			println("tick", t)
		case <-quit:
			println("quit")
			return
		}
	}
}
