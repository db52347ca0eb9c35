package main
func main() {
	s := []int{1, 2, 3}
	i := 0
	i, s[i] = 1, 9
	println(i, s[0], s[1])
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	println(a, b, c)
	m := map[int]int{}
	m[0], m[1] = m[1], m[0]+5
	var p *[3]int = &[3]int{}
	p[0], p[2] = p[2], 4
	println(m[1], p[2])
}
