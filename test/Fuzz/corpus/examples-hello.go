// The example the README's first command compiles and runs with goshim.
package main

import "runtime"

type point struct {
	x, y int
}

func (p *point) scale(k int) {
	p.x *= k
	p.y *= k
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	println("hello, world")
	p := &point{x: 3, y: 4}
	p.scale(10)
	runtime.GC()
	println("scaled point:", p.x, p.y)
	println("fib(30) =", fib(30))
	println("pi is about", 355.0/113.0)
}
