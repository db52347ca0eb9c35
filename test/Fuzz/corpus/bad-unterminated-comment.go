package main

/* comment never closed
func main() {}
