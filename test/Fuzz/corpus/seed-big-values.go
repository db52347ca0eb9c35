package main
type Big struct {
	a [64]int
	s string
	m map[int]int
}
func mk(n int) Big { var b Big; b.a[n] = n; b.s = "x"; return b }
func (b Big) sum() (t int) { for _, v := range b.a { t += v }; return }
func pair() (Big, [16]string) { return mk(3), [16]string{15: "z"} }
func main() {
	b := mk(5)
	c := b
	c.a[5] = 0
	x, y := pair()
	arr := [3]Big{}
	arr[1] = b
	println(b.sum(), c.sum(), x.sum(), y[15], arr[1].sum())
	var i interface{} = b
	println(i.(Big).a[5])
	m := map[string]Big{"k": b}
	println(m["k"].a[5])
}
