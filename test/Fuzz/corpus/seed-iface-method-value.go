package main
type I interface{ M() int }
type T int
func (t T) M() int { return int(t) }
func main() {
	var i I = T(3)
	f := i.M
	g := I.M
	println(f(), g(i))
}
