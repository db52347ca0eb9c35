package main

func main() {
	s := `raw never closed
}
