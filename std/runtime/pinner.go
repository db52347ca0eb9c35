package runtime

import "unsafe"

// A Pinner is a set of Go objects each pinned to a fixed location in memory.
// The Pin method pins one object, while the Unpin method unpins all pinned
// objects.
//
// This runtime never moves heap objects, so pinning is the Pinner's record
// of what it holds (which also keeps those objects alive until Unpin), and
// gc's leak check: a Pinner that becomes unreachable while still holding
// pinned pointers makes the program panic.
type Pinner struct {
	*pinner
}

// pinner holds the pinned pointers. It must not point to itself (gc's
// pinner keeps a small array inside it; here refs always has a backing
// array of its own): a finalizer-bearing object reachable from itself
// would never be finalized.
type pinner struct {
	refs []unsafe.Pointer
}

// pinnerPtr is a compiler intrinsic (std/INTRINSICS.md): pointer itself when
// it points into the heap, nil for memory outside it; panics as gc when
// pointer is nil or neither a pointer nor an unsafe.Pointer.
func pinnerPtr(pointer interface{}) unsafe.Pointer

// Pin pins a Go object, preventing it from being moved or freed by the
// garbage collector until the Unpin method has been called.
//
// The argument must be a pointer of any type or an unsafe.Pointer.
// It's safe to call Pin on non-Go pointers, in which case Pin will do
// nothing.
func (p *Pinner) Pin(pointer interface{}) {
	if p.pinner == nil {
		p.pinner = new(pinner)
		SetFinalizer(p.pinner, func(i *pinner) {
			if len(i.refs) != 0 {
				i.unpin()
				pinnerLeakPanic()
			}
		})
	}
	if ptr := pinnerPtr(pointer); ptr != nil {
		p.refs = append(p.refs, ptr)
	}
}

// Unpin unpins all pinned objects of the Pinner.
func (p *Pinner) Unpin() {
	p.pinner.unpin()
}

func (p *pinner) unpin() {
	if p == nil {
		return
	}
	p.refs = nil
}

func pinnerLeakPanic() {
	panic(pinnerError("runtime.Pinner: found leaking pinned pointer; forgot to call Unpin()?"))
}

// pinnerError is gc's errorString for the leak panic: a runtime.Error whose
// text starts with "runtime error: ".
type pinnerError string

func (e pinnerError) RuntimeError() {}

func (e pinnerError) Error() string { return "runtime error: " + string(e) }
