package main
func main() {
	i := 0
	goto check
loop:
	println(i)
	i++
check:
	if i < 3 {
		goto loop
	}
}
