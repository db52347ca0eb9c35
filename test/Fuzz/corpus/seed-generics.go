package main

type Number interface {
	~int | ~int64 | ~float64
}

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[K comparable, V any](m map[K]V) []K { return nil }

func main() {
	var l List[int]
	l.Push(1)
	println(Sum(1, 2, 3), Sum[float64](1.5))
	_ = Map[string, int](nil)
}
