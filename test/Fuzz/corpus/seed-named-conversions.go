package main
type Celsius float64
type Fahr float64
type IntSlice []int
type StrMap map[string]int
type Fn func() int
type P *int
func main() {
	c := Celsius(100)
	f := Fahr(c*9/5 + 32)
	is := IntSlice([]int{1})
	var raw []int = is
	sm := StrMap{"a": 1}
	var fn Fn = func() int { return 1 }
	x := 1
	var p P = &x
	println(f, len(raw), sm["a"], fn(), *p)
	type Pt struct{ X, Y int }
	type Pt2 struct{ X, Y int }
	a := Pt{1, 2}
	b := Pt2(a)
	println(b.X)
}
