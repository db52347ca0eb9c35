// Package cgo: the parts of gc's runtime/cgo that do not need cgo. goshim
// has no cgo, so only Handle (a way to pass Go values through C code as an
// integer) and the Incomplete marker type exist here.
package cgo

import (
	"sync"
	"sync/atomic"
)

// Handle names a Go value by a non-zero integer that C code can hold.
// Handles are never reused: each NewHandle takes the next number, so a
// deleted handle stays invalid (until the counter wraps, which NewHandle
// refuses, as gc does).
type Handle uintptr

// NewHandle returns a fresh handle for v. It is safe to call from any
// goroutine, as are Value and Delete.
func NewHandle(v any) Handle {
	h := atomic.AddUintptr(&lastHandle, 1)
	if h == 0 {
		panic("runtime/cgo: ran out of handle space")
	}
	handleValues.Store(h, v)
	return Handle(h)
}

// Value returns the value h was made for; it panics if h was deleted or
// never returned by NewHandle.
func (h Handle) Value() any {
	v, ok := handleValues.Load(uintptr(h))
	if !ok {
		panic("runtime/cgo: misuse of an invalid Handle")
	}
	return v
}

// Delete invalidates h; it panics if h is already invalid.
func (h Handle) Delete() {
	if _, ok := handleValues.LoadAndDelete(uintptr(h)); !ok {
		panic("runtime/cgo: misuse of an invalid Handle")
	}
}

var (
	handleValues sync.Map // uintptr -> any
	lastHandle   uintptr  // the last number handed out; updated atomically
)
