package main

func main() {
	x := 1
	switch x {
	case 1, 1:
	case "a":
	default:
	default:
	}
	switch y := x.(type) {
	}
	var i interface{}
	switch t := i.(type) {
	case int, int:
	case undefinedT:
	}
	for i := range x {
	}
	for a, b, c := range []int{} {
	}
	select {
	case x:
	case x := 1:
	}
	if x {
	}
	for x {
	}
	defer x
	go func() {}
	L:
	L:
	for {
		continue M
	}
	{
		fallthrough
	}
	x, y := 1
	1 = x
	x.y = 2
	"s"[0] = 'a'
	len := 3
	_ = len("x")
}
