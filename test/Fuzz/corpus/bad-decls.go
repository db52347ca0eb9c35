package main

func main() {}
func main() {}
func init() int { return 1 }
func (x int) M() {}
func (T) M()     {}
func (t *T) M()  {}
type T int
func (t T) M()   {}
var main = 1
const iota = 5
type int struct{}
var _ = init
func variadic(a ...int, b int) {}
func dup(a int, a string) {}
func nobody()
