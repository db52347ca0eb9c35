package main

func main() {
	var x interface{}
	println(x == 1)
}
