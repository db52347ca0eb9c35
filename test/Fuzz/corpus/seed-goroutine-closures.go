package main
func main() {
	done := make(chan int)
	total := 0
	for i := 0; i < 4; i++ {
		go func(k int) { done <- k * k }(i)
	}
	for i := 0; i < 4; i++ {
		total += <-done
	}
	res := make(chan string)
	go func() {
		defer close(res)
		for _, s := range []string{"a", "b"} {
			res <- s
		}
	}()
	for s := range res {
		print(s)
	}
	println(total)
}
