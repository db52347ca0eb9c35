package main
func f() (r int, s string) {
	defer func() { r *= 2; s += "!" }()
	r, s = 21, "x"
	return
}
func main() { a, b := f(); println(a, b) }
