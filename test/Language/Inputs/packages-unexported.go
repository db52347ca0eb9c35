package main

import (
	"greet"
	"nosuch"
)

func main() {
	println(greet.greetings, nosuch.X)
	_ = 1
}
