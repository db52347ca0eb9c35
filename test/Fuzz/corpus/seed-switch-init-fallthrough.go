package main
func grade(n int) (g string) {
	switch d := n / 10; d {
	case 10, 9:
		g = "A"
	case 8:
		g = "B"
		fallthrough
	case 7:
		g += "C"
	default:
		g = "F"
	}
	return
}
func main() {
	println(grade(95), grade(85), grade(10))
	switch x := 3; {
	case x > 2:
		fallthrough
	default:
		println("d")
	}
}
