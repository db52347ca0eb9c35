package main

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func adders() []func(int) int {
	var fs []func(int) int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func(x int) int { return x + i })
	}
	return fs
}

func main() {
	c := counter()
	c()
	println(c())
	for _, f := range adders() {
		println(f(10))
	}
	x := 1
	g := func() {
		x *= 2
		h := func() { x += 3 }
		h()
	}
	g()
	println(x)
}
