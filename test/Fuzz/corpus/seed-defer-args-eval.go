package main
type T struct{ n int }
func (t T) show() { println(t.n) }
func (t *T) showp() { println(t.n) }
func main() {
	t := T{1}
	defer t.show()
	defer t.showp()
	defer println(t.n)
	t.n = 2
	x := []int{1}
	defer func(v []int) { println(v[0]) }(x)
	x[0] = 5
	for i := 0; i < 2; i++ {
		defer func(i int) { println(i) }(i)
	}
	var f func()
	defer func() { println(recover() != nil) }()
	defer f()
}
