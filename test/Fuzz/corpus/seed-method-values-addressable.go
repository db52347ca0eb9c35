package main
type C struct{ n int }
func (c *C) Inc() int { c.n++; return c.n }
func (c C) Val() int { return c.n }
func main() {
	var c C
	inc := c.Inc
	val := c.Val
	inc()
	inc()
	println(c.n, val())
	cs := []C{{}, {}}
	f := cs[1].Inc
	f()
	arr := [2]C{}
	g := arr[0].Inc
	g()
	type W struct{ C }
	w := &W{}
	h := w.Inc
	h()
	println(cs[1].n, arr[0].n, w.n)
}
