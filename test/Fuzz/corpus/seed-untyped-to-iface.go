package main

type I interface{}

func f(a interface{}, b ...interface{}) interface{} { return 1.5 }
func g() (interface{}, error)                        { return 'x', nil }

func main() {
	var i interface{} = 1 << 3
	var e error = nil
	i = "s"
	i = true
	i = 2i
	f(1, 2.5, "x", 'r', nil, true)
	m := map[string]interface{}{"a": 1, "b": nil}
	s := []interface{}{1, "a", 1 < 2}
	s = append(s, 3, nil)
	arr := [2]I{1, "x"}
	type S struct{ v interface{} }
	_ = S{v: 3}
	_ = S{4}
	x, _ := g()
	println(i != nil, e == nil, len(m), len(s), arr[0] != nil, x != nil)
}
