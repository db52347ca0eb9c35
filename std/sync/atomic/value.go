package atomic

// A Value holds a value of one consistent dynamic type, loaded and stored
// atomically. Go swaps the two words of the interface with a pointer trick
// that needs unsafe; here a tiny spin lock guards them (held for a couple of
// stores, never across a call that can block).
type Value struct {
	lock  uint32
	typ   int32 // 0: nothing stored yet
	v     interface{}
}

func (v *Value) acquire() {
	for !CompareAndSwapUint32(&v.lock, 0, 1) {
	}
}

func (v *Value) release() { StoreUint32(&v.lock, 0) }

// Load returns the value set by the most recent Store, or nil.
func (v *Value) Load() (val interface{}) {
	v.acquire()
	val = v.v
	v.release()
	return val
}

// check panics, releasing the lock first, if val's type differs from the
// stored one.
func (v *Value) check(val interface{}, op string) {
	if v.typ != 0 && !sameType(v.v, val) {
		v.release()
		panic("sync/atomic: " + op + " of inconsistently typed value into Value")
	}
}

// Store sets the value; every Store must use the same concrete type.
func (v *Value) Store(val interface{}) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	v.acquire()
	v.check(val, "store")
	v.v = val
	v.typ = 1
	v.release()
}

// Swap stores new and returns the previous value (nil if none).
func (v *Value) Swap(new interface{}) (old interface{}) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	v.acquire()
	v.check(new, "swap")
	old = v.v
	v.v = new
	v.typ = 1
	v.release()
	return old
}

// CompareAndSwap stores new if the current value equals old.
func (v *Value) CompareAndSwap(old, new interface{}) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	v.acquire()
	v.check(new, "compare and swap")
	if v.typ == 0 {
		if old != nil {
			v.release()
			return false
		}
	} else if v.v != old {
		v.release()
		return false
	}
	v.v = new
	v.typ = 1
	v.release()
	return true
}

// sameType reports whether a and b have the same dynamic type.
func sameType(a, b interface{}) bool
