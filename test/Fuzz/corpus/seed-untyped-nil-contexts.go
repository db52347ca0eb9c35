package main
func f(p *int, s []int, m map[int]int, c chan int, fn func(), i interface{}, e error) bool {
	return p == nil && s == nil && m == nil && c == nil && fn == nil && i == nil && e == nil
}
func g() (*int, []int, error) { return nil, nil, nil }
func main() {
	println(f(nil, nil, nil, nil, nil, nil, nil))
	a, b, c := g()
	println(a == nil, b == nil, c == nil)
	var s []int = nil
	s = append(s, nil...)
	var arr = [2]*int{nil, nil}
	println(len(s), arr[0] == nil)
}
