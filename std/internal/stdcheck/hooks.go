package stdcheck

import (
	"math"
	"reflect"
	_ "unsafe" // for go:linkname
)

// Bodies for the bodyless declarations in the goshim sources, which goshim
// provides as intrinsics (std/INTRINSICS.md). Here they are provided to the
// gc toolchain by symbol name.

//go:linkname float64bits goshimstd/math.Float64bits
func float64bits(f float64) uint64 { return math.Float64bits(f) }

//go:linkname float64frombits goshimstd/math.Float64frombits
func float64frombits(b uint64) float64 { return math.Float64frombits(b) }

//go:linkname float32bits goshimstd/math.Float32bits
func float32bits(f float32) uint32 { return math.Float32bits(f) }

//go:linkname float32frombits goshimstd/math.Float32frombits
func float32frombits(b uint32) float32 { return math.Float32frombits(b) }

var errorType = reflect.TypeOf((*error)(nil)).Elem()

//go:linkname asTargetKind goshimstd/errors.asTargetKind
func asTargetKind(target interface{}) int {
	v := reflect.ValueOf(target)
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return 0
	}
	t := v.Type().Elem()
	if t.Kind() == reflect.Interface {
		return 1
	}
	if t.Implements(errorType) {
		return 2
	}
	return 3
}

//go:linkname asStore goshimstd/errors.asStore
func asStore(err error, target interface{}) bool {
	v := reflect.ValueOf(target).Elem()
	if !reflect.TypeOf(err).AssignableTo(v.Type()) {
		return false
	}
	v.Set(reflect.ValueOf(err))
	return true
}
