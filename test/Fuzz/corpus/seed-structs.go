package main

type Inner struct{ A, B int }
type Outer struct {
	Inner
	P    *Inner
	Name string
	Arr  [2]Inner
}

func (i Inner) Sum() int      { return i.A + i.B }
func (i *Inner) Scale(k int) { i.A *= k; i.B *= k }

func main() {
	o := Outer{Inner: Inner{1, 2}, Name: "o"}
	o.P = &Inner{A: 3}
	o.Scale(2)
	println(o.Sum(), o.A, o.Inner.B, o.P.A, o.Name)
	o.Arr[1].B = 9
	q := &o
	q.Arr[0] = Inner{}
	println(q.Arr[1].B)
	f := o.Sum
	g := (*Inner).Scale
	h := Inner.Sum
	g(&o.Inner, 3)
	println(f(), h(o.Inner))
	anon := struct {
		x int
		y string
	}{1, "a"}
	println(anon.x, anon.y, o == Outer{}, Inner{1, 2} == Inner{1, 2})
	pp := new(Outer)
	pp.Name = "new"
}
