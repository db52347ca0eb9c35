package main

func main() {
	_ = map[interface{}]int{1: 1, 1: 2}
	_ = map[int]int{1: 1, 1: 2}
}
