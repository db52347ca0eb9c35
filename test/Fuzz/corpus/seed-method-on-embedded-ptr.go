package main
type Base struct{ n int }
func (b *Base) Inc() { b.n++ }
func (b Base) Get() int { return b.n }
type Mid struct{ *Base }
type Top struct{ Mid }
type I interface{ Inc(); Get() int }
func main() {
	t := Top{Mid{&Base{}}}
	t.Inc()
	t.Mid.Inc()
	var i I = t
	i.Inc()
	println(t.Get(), i.Get())
	f := t.Inc
	f()
	println(t.n)
}
