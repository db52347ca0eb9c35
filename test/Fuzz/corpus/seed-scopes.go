package main

var x = 1

func shadow() int {
	x := 2
	if x := 3; x > 2 {
		x := 4
		_ = x
	}
	{
		var x = "s"
		_ = x
	}
	return x
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

var initOrder = dep + 1
var dep = compute()

func compute() int { return 41 }

func init() { x = 10 }
func init() { x++ }

func main() {
	println(x, shadow(), isEven(10), initOrder)
	true := false
	println(true)
	nil := 0
	_ = nil
}
