package sync

import "sync/atomic"

// A WaitGroup waits for a collection of goroutines to finish.
//
// state holds the counter in its high 32 bits and the number of waiters in
// its low 32 bits, so Add can tell atomically whether it released the last
// unit while someone waits.
type WaitGroup struct {
	state uint64
	sema  uint32
}

// Add adds delta (possibly negative) to the counter; at zero every Wait
// returns. A negative counter panics.
func (wg *WaitGroup) Add(delta int) {
	state := atomic.AddUint64(&wg.state, uint64(delta)<<32)
	// The common case (nobody waiting, counter not negative) is small
	// enough to be inlined into the caller; the checks and the wake-ups
	// are out of line.
	if uint32(state) == 0 && int32(state>>32) >= 0 {
		return
	}
	wg.addSlow(state, delta)
}

func (wg *WaitGroup) addSlow(state uint64, delta int) {
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	// Counter reached zero with waiters: nobody may touch the state until
	// they have all been released.
	if atomic.LoadUint64(&wg.state) != state {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	atomic.StoreUint64(&wg.state, 0)
	for ; w != 0; w-- {
		runtimeSemrelease(&wg.sema, false)
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := atomic.LoadUint64(&wg.state)
		if int32(state>>32) == 0 {
			return
		}
		if atomic.CompareAndSwapUint64(&wg.state, state, state+1) {
			runtimeSemacquire(&wg.sema, waitSemacquire, false)
			if atomic.LoadUint64(&wg.state) != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}
