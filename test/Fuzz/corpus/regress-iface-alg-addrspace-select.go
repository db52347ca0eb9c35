package main

type P struct{}

type I interface{ M() }

func (P) M() {}

func main() {
	var i I = P{}
	print(i)
}
