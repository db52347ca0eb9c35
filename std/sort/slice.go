//go:build !gc

// sort.Slice and friends need to swap elements of a slice of any type,
// which gc's sort does through reflect. Here the run-time type intrinsics
// of internal/rtype do it. gc (which builds std for the stdcheck
// comparison) cannot import goshim's internal/rtype, hence the build
// constraint; goshim reads every file. The oracle lit tests check these.

package sort

import "internal/rtype"

// lessSwap sorts a slice of any type with a caller-supplied less.
type lessSwap struct {
	x    interface{}
	less func(i, j int) bool
	n    int
}

func (s *lessSwap) Len() int           { return s.n }
func (s *lessSwap) Less(i, j int) bool { return s.less(i, j) }
func (s *lessSwap) Swap(i, j int) {
	if !rtype.Swap(s.x, i, j) {
		panic("reflect: slice index out of range")
	}
}

// The reflect.Kind names gc's panic message uses.
var kindNames = []string{"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint",
	"uint8", "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64",
	"complex128", "array", "chan", "func", "interface", "map", "ptr", "slice", "string",
	"struct", "unsafe.Pointer"}

// valueError is what gc's reflectlite panics with for a non-slice.
type valueError struct {
	method string
	kind   int
}

func (e *valueError) Error() string {
	name := "invalid"
	if e.kind >= 0 && e.kind < len(kindNames) {
		name = kindNames[e.kind]
	}
	return "reflect: call of " + e.method + " on " + name + " Value"
}

func sliceOf(x interface{}) *lessSwap {
	if k := rtype.Kind(rtype.TypeOf(x)); k != rtype.Slice {
		panic(&valueError{"Swapper", k})
	}
	return &lessSwap{x: x, n: rtype.Len(x)}
}

// Slice sorts the slice x given the provided less function. It panics if x
// is not a slice. The sort is not guaranteed to be stable.
func Slice(x interface{}, less func(i, j int) bool) {
	s := sliceOf(x)
	s.less = less
	Sort(s)
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order. It panics if x is not a slice.
func SliceStable(x interface{}, less func(i, j int) bool) {
	s := sliceOf(x)
	s.less = less
	Stable(s)
}

// SliceIsSorted reports whether the slice x is sorted according to less.
func SliceIsSorted(x interface{}, less func(i, j int) bool) bool {
	if k := rtype.Kind(rtype.TypeOf(x)); k != rtype.Slice {
		panic(&valueError{"Len", k})
	}
	n := rtype.Len(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
