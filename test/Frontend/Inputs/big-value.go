package main

import "fmt"

type Big struct {
	A [512]int
	S string
}

//go:noinline
func give(n int) Big {
	var b Big
	b.A[n] = n
	return b
}

func main() {
	b := give(3)
	fmt.Println(b.A[3])
}
