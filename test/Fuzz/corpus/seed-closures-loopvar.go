package main
func main() {
	var fs []func() int
	for i, v := range []int{10, 20} {
		fs = append(fs, func() int { return i + v })
	}
	m := map[string]int{"a": 1}
	for k, v := range m {
		defer func() { println(k, v) }()
	}
	for _, f := range fs {
		println(f())
	}
	x := 0
	inc := func() { x++ }
	for j := 0; j < 3; j++ {
		inc()
	}
	println(x)
}
