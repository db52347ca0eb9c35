package main
type Tree struct {
	Left, Right *Tree
	Val         int
}
func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}
func (t *Tree) Walk(f func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}
type List struct{ next *List }
type Fn func(Fn) Fn
type M map[string]M
type S []S
func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8, 1} {
		root = root.Insert(v)
	}
	root.Walk(func(v int) { print(v, " ") })
	println()
	var f Fn
	f = func(g Fn) Fn { return g }
	_ = f(f)
	m := M{"a": M{}}
	s := S{S{}, nil}
	println(len(m["a"]), len(s))
}
