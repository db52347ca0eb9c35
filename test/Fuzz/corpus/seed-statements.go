package main

func f() (int, error) { return 1, nil }

func main() {
	var x int
	var y, z = 1, "two"
	var (
		p float64
		q = []int{}
	)
	_ = p
	_ = q
	a, b := 1, 2
	a, b = b, a
	_, _ = f()
	{
		x := 5
		_ = x
	}
	;
	if x := 3; x > 2 {
		println("gt")
	} else if x == 2 {
		println("eq")
	} else {
		println("lt")
	}
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue
		}
	}
	for x < 5 {
		x++
	}
	for {
		break
	}
	for i := range [3]int{} {
		_ = i
	}
	for range q {
	}
	for i, v := range q {
		_, _ = i, v
	}
	switch {
	}
	switch y {
	case 1, 2:
		fallthrough
	case 3:
	default:
	}
L:
	for {
		switch {
		default:
			break L
		}
	}
	goto end
end:
	println(x, y, z, a, b)
	return
}
