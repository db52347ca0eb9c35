package main
type int32 = string
func len(x string) int { return 42 }
func main() {
	var x int32 = "s"
	println(len(x))
	{
		append := 1
		copy := append + 1
		println(copy)
	}
	type bool int
	var b bool = 3
	println(b)
}
