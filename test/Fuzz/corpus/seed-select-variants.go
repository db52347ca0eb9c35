package main
func main() {
	c := make(chan int, 1)
	d := make(chan string)
	var arr [2]int
	select {
	case c <- 1:
	case s := <-d:
		println(s)
	}
	select {
	case arr[0] = <-c:
	case x, ok := <-d:
		println(x, ok)
	}
	var m = map[string]int{}
	c <- 2
	select {
	case m["k"] = <-c:
	default:
	}
	println(arr[0], m["k"])
}
