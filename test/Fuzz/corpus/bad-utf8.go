package main

func main() {
	x := 1ÿþ
	y := "€"
	z := ä¸
	ï»¿w := 2
}
