package main
type R interface{ Read() int }
type W interface{ Write(int) }
type RW interface {
	R
	W
}
type F struct{ v int }
func (f *F) Read() int { return f.v }
func (f *F) Write(v int) { f.v = v }
func main() {
	var rw RW = &F{}
	rw.Write(5)
	var r R = rw
	w, ok := r.(W)
	if ok {
		w.Write(6)
	}
	_, isF := r.(*F)
	println(r.Read(), isF)
	var e interface{} = r
	switch v := e.(type) {
	case RW:
		println("rw", v.Read())
	}
}
