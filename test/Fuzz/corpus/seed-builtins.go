package main

func main() {
	s := make([]int, 2)
	m := make(map[string]int)
	c := make(chan int, 1)
	p := new(int)
	*p = len(s) + cap(s) + len(m) + len(c) + cap(c)
	s = append(s, *p)
	n := copy(s, []int{9})
	delete(m, "x")
	close(c)
	z := complex(1.0, 2.0)
	println(real(z), imag(z), n)
	print("a", 1, true, 2.5, 'c', "\n")
	println()
	defer func() { _ = recover() }()
	panic("x")
}
