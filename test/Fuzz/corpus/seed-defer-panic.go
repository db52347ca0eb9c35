package main

func safe(f func()) (err interface{}) {
	defer func() {
		err = recover()
	}()
	f()
	return nil
}

func main() {
	defer println("deferred 1")
	for i := 0; i < 3; i++ {
		defer println("loop", i)
	}
	println(safe(func() { panic("boom") }) != nil)
	println(safe(func() {
		var a []int
		_ = a[5]
	}) != nil)
	println(safe(func() {
		z := 0
		println(1 / z)
	}) != nil)
	defer func() {
		if r := recover(); r != nil {
			println("recovered")
		}
	}()
	panic(42)
}
