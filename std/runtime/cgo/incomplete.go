package cgo

// Incomplete stands for a C type whose definition is not known (Go 1.20;
// cgo-generated code refers to it). gc marks it not-in-heap, which makes
// new(Incomplete) and a variable of the type compile-time errors; goshim has
// no not-in-heap types, so here it is only the same zero-size struct shape.
type Incomplete struct {
	_ notInHeap
}

type notInHeap struct{}
