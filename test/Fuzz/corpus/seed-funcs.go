package main

func noargs()                       {}
func one(a int) int                 { return a }
func two(a, b int) (int, int)       { return b, a }
func named(a int) (r int, err error) { r = a; return }
func variadic(pre string, xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s + len(pre)
}
func higher(f func(int) int, x int) int { return f(x) }
func recursive(n int) int {
	if n <= 1 {
		return 1
	}
	return n * recursive(n-1)
}
func blank(_ int, _ string) {}

func main() {
	noargs()
	println(one(1))
	x, y := two(1, 2)
	println(x, y)
	r, _ := named(4)
	println(r)
	println(variadic("ab"), variadic("", 1, 2, 3), variadic("x", []int{4, 5}...))
	println(higher(func(v int) int { return v * 2 }, 21))
	println(recursive(10))
	blank(1, "")
	f := one
	println(f(7))
	func() { println("iife") }()
}
