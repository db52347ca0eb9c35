package main

func f() (...int) {
	return f()
}
