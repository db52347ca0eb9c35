package main

func main() {
	s := make([]int, 3, 10)
	s = append(s, 1, 2, 3)
	s = append(s, s...)
	t := s[1:4]
	u := s[:2]
	v := s[2:]
	w := s[:]
	x := s[1:3:5]
	n := copy(t, u)
	var arr [5]int
	as := arr[1:3]
	p := &arr
	ps := p[:]
	println(len(s), cap(s), len(t), len(v), len(w), cap(x), n, len(as), len(ps))
	str := "hello, world"
	println(str[0], str[7:], str[:5], len(str))
	b := []byte(str)
	r := []rune(str)
	println(string(b[:2]), string(r[1]), len(r))
	b = append(b, "!!"...)
	var nilslice []string
	println(nilslice == nil, len(nilslice))
	m := [][]int{{1, 2}, {3}, nil}
	println(m[0][1], len(m[2]))
	a2 := [...]string{2: "c", 0: "a"}
	println(len(a2))
}
