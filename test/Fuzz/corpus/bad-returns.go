package main

func a() int {
	for {
		break
	}
}

func b() int {
	if true {
		return 1
	} else {
	}
}

func c() (x int) {
	{
		x := 2
		return
	}
}

func d() int {
	switch {
	case true:
		return 1
	}
}

func e() int {
	panic("x")
}

func f() int {
	for {
	}
}

func g() int {
L:
	for {
		break L
	}
}

func main() {}
