package main
type myErr struct{}
func (myErr) Error() string { return "my" }
func try(f func()) {
	defer func() {
		switch r := recover().(type) {
		case nil:
			println("none")
		case error:
			println("error", r.Error())
		case string:
			println("string", r)
		default:
			println("other")
		}
	}()
	f()
}
func main() {
	try(func() {})
	try(func() { panic(myErr{}) })
	try(func() { panic("s") })
	try(func() { panic(1.5) })
	try(func() { var m map[string]int; m["x"] = 1 })
	try(func() { var i interface{} = 1; _ = i.(string) })
}
