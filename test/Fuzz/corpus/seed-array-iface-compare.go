package main
func main() {
	var a, b [3]interface{}
	a[0] = 1
	b[0] = 1
	println(a == b)
	var e error
	var i interface{} = e
	println(i == nil, e == nil)
	m := map[interface{}]int{1: 1, "a": 2, 2.5: 3, [2]int{}: 4, struct{}{}: 5}
	println(len(m))
}
