package main
type op func(int, int) int
func apply(f op, a, b int) int { return f(a, b) }
func add(a, b int) int { return a + b }
func main() {
	ops := map[string]op{"add": add, "mul": func(a, b int) int { return a * b }}
	println(apply(ops["add"], 2, 3), ops["mul"](4, 5))
	var nilf op
	println(nilf == nil)
	fs := [...]func() string{func() string { return "a" }, nil}
	println(fs[0](), fs[1] == nil)
	defer add(1, 2)
	go add(3, 4)
}
