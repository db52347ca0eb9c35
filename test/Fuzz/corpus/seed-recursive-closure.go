package main
func main() {
	var fib func(int) int
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	}
	println(fib(10))
	var rec func() func() int
	rec = func() func() int { return func() int { return 1 } }
	println(rec()())
}
