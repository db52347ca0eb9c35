package main
func main() {
	var (x, y int = 1, 2)
	if x, y := y, x; x > y { println(x) }
	for x := range [...]int{1,2,3,} { _ = x }
	_ = []struct{ a, b int }{{1, 2}, {a: 3}}
	_ = map[string]struct{}{"a": {}}
	_ = [][2]int{{1, 2}, [2]int{3, 4}}
	_ = &struct{}{}
	func() {}()
	var _ = func(int, string) (bool) { return true }
	type T = struct{ x int }
	_ = T{x: 1}.x
	_ = (*int)(nil)
	_ = [0]int{}
	x, y = (y), (x)
	println(x, y);;;
}
