package main

import

func (
func f(a int, b) {}
func g() (int, string {
type T struct { a int; b }
var = 5
const x
func main() {
	x := := 1
	if { }
	for ;; ; {}
	switch x { case: }
	a[1:2:] = 3
	f(,)
	y = map[]int{}
	go x
	defer 1
	return return
	else {}
	case 1:
	}
}
}
