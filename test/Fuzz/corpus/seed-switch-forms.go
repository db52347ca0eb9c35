package main

func kind(x interface{}) int {
	switch x.(type) {
	case bool:
		return 1
	case uint8, int8, uint16:
		return 2
	case []int, map[string]int, chan int, *int, func(int) int, [2]int, struct{}:
		return 3
	}
	return 0
}

func main() {
	switch x := 5; x {
	case 1 + 4:
		println("five")
	}
	switch c := 'b'; {
	case c >= 'a' && c <= 'z':
		println("lower")
	}
	switch s := "go"; s + "!" {
	case "go!":
		println("yes")
	}
	switch {
	default:
	}
	switch f := 1.5; f {
	case 1.5:
	}
	println(kind(true), kind(uint8(1)), kind([]int{}), kind(3))
	var err error
	switch e := err.(type) {
	case nil:
		println("nil err", e == nil)
	}
}
