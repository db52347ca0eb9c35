package main

type S struct {
	a int
	b string
	c float64
	d *int
	e interface{}
	f [2]byte
}

func main() {
	var x, y S
	println(x == y)
	f1, f2 := 0.0, -0.0
	println(f1 == f2, 1.0 < 2.0, "a" < "b", 'a' < 'b')
	var c1, c2 complex128 = 1i, 1i
	println(c1 == c2, c1 != c2)
	var p1, p2 *S = &x, &y
	println(p1 == p2, p1 != nil)
	var a1, a2 [3]string
	println(a1 == a2)
	var e1, e2 interface{} = S{}, S{}
	println(e1 == e2)
}
