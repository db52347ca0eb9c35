package main
type S interface{ String() string }
type T struct{}
func (T) String() string { return "T" }
func (*T) Ptr() {}
func main() {
	f := S.String
	g := T.String
	h := (*T).String
	k := (*T).Ptr
	t := T{}
	println(f(t), g(t), h(&t))
	k(&t)
}
