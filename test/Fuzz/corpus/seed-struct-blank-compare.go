package main
type S struct {
	a int
	_ int
	b string
	c [2]interface{}
}
func main() {
	x, y := S{a: 1}, S{a: 1}
	println(x == y, x != y)
	m := map[S]int{x: 1}
	println(m[y])
}
