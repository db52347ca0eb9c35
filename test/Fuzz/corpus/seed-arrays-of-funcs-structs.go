package main
type Op struct {
	name string
	fn   func(a, b float64) float64
}
func main() {
	ops := []Op{
		{"add", func(a, b float64) float64 { return a + b }},
		{"sub", func(a, b float64) float64 { return a - b }},
	}
	for _, op := range ops {
		println(op.name, op.fn(3, 1))
	}
	var table [4]struct {
		k string
		v []int
	}
	table[2].v = append(table[2].v, 1)
	println(len(table[2].v))
}
