package main
type Q struct {
	items []string
	idx   map[string]int
	sub   *Q
}
func (q *Q) add(s string) {
	if q.idx == nil {
		q.idx = map[string]int{}
	}
	q.idx[s] = len(q.items)
	q.items = append(q.items, s)
}
func main() {
	q := &Q{sub: &Q{}}
	q.add("a")
	q.sub.add("b")
	q.sub.items[0] += "!"
	q.items = q.items[:0]
	println(len(q.items), q.sub.items[0], q.sub.idx["b"])
}
