package main

type T struct{ T }
type U [len(U{})]int
type A B
type B A
type I interface{ I }
type P *P
type S []S
type F func(F) F
type M map[M]int
type C chan C
var v T
var x int = "string"
var y string = 1 + "a"
var z = undefined
var w, q = 1
var n = nil
var arr [-1]int
var arr2 [1 << 62]int64
func main() {
	var i interface{ M() } = 5
	var s []int = map[int]int{}
	s.x = 1
	_ = i
	_ = n
}
