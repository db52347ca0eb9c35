package main

type M map[M]int
