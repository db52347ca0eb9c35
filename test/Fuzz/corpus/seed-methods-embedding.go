package main

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string { return b.name }

type Dog struct {
	Base
	loud bool
}

func (d Dog) Sound() string {
	if d.loud {
		return "WOOF"
	}
	return "woof"
}

type Cat struct{ *Base }

func (Cat) Sound() string { return "meow" }

type List []int

func (l List) Len() int    { return len(l) }
func (l *List) Add(x int) { *l = append(*l, x) }

type Fn func(int) int

func (f Fn) Twice(x int) int { return f(f(x)) }

func main() {
	as := []Animal{Dog{Base{"rex"}, true}, Cat{&Base{"tom"}}}
	for _, a := range as {
		println(a.Name(), a.Sound())
	}
	var l List
	l.Add(1)
	l.Add(2)
	println(l.Len())
	inc := Fn(func(x int) int { return x + 1 })
	println(inc.Twice(1))
}
