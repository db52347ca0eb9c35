package sync

import "sync/atomic"

// A Mutex is a mutual exclusion lock; its zero value is unlocked.
//
// state packs: bit 0 locked, bit 1 a woken waiter is on its way (so Unlock
// need not wake another), bit 2 starvation mode, and above them the number
// of waiters. Normally a woken waiter competes with newly arriving
// goroutines (which usually win: they are already running). A waiter that
// has waited over 1 ms switches the mutex to starvation mode, where Unlock
// hands ownership straight to the first waiter and newcomers queue at the
// tail; the mode ends when the last waiter, or one that did not wait long,
// takes the lock.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked   int32 = 1
	mutexWoken    int32 = 2
	mutexStarving int32 = 4
	waiterUnit    int32 = 8 // one waiter in the count

	starveAfterNs = 1000000
)

// Lock locks m, blocking until it is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

// TryLock locks m if it is free, and reports whether it did.
func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.state)
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

func (m *Mutex) lockSlow() {
	var since int64 // when this goroutine first waited
	starving := false
	woken := false
	spins := 0
	old := atomic.LoadInt32(&m.state)
	for {
		// While a goroutine holds the lock (outside starvation mode, where
		// Unlock hands it to the first waiter), spin a little if the runtime
		// says the holder is running: it is likely to unlock sooner than a
		// park and wake-up take. Setting mutexWoken meanwhile tells Unlock
		// that a waiter is awake, so it wakes no other.
		if old&(mutexLocked|mutexStarving) == mutexLocked && runtimeSpin(spins) {
			if !woken && old&mutexWoken == 0 && old/waiterUnit != 0 &&
				atomic.CompareAndSwapInt32(&m.state, old, old|mutexWoken) {
				woken = true
			}
			spins++
			old = atomic.LoadInt32(&m.state)
			continue
		}
		want := old
		if old&mutexStarving == 0 {
			want |= mutexLocked // try to take it (not in starvation mode)
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			want += waiterUnit // we will have to wait
		}
		if starving && old&mutexLocked != 0 {
			want |= mutexStarving
		}
		if woken {
			want &^= mutexWoken // we were the woken one: clear the flag
		}
		if !atomic.CompareAndSwapInt32(&m.state, old, want) {
			old = atomic.LoadInt32(&m.state)
			continue
		}
		if old&(mutexLocked|mutexStarving) == 0 {
			return // locked it
		}
		again := since != 0
		if since == 0 {
			since = runtimeNanotime()
		}
		runtimeSemacquire(&m.sema, waitMutexLock, again)
		starving = starving || runtimeNanotime()-since > starveAfterNs
		old = atomic.LoadInt32(&m.state)
		if old&mutexStarving != 0 {
			// Ownership was handed to us; the locked bit is not set yet and
			// we are still counted as a waiter.
			delta := mutexLocked - waiterUnit
			if !starving || old/waiterUnit == 1 {
				delta -= mutexStarving // leave starvation mode
			}
			atomic.AddInt32(&m.state, delta)
			return
		}
		woken = true
		spins = 0
	}
}

// Unlock unlocks m. Unlocking an unlocked mutex is a fatal error.
func (m *Mutex) Unlock() {
	now := atomic.AddInt32(&m.state, -mutexLocked)
	if now != 0 {
		m.unlockSlow(now)
	}
}

func (m *Mutex) unlockSlow(now int32) {
	if (now+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if now&mutexStarving != 0 {
		runtimeSemrelease(&m.sema, true) // hand off to the first waiter
		return
	}
	old := now
	for {
		// Nobody to wake, or someone already woken or holding the lock.
		if old/waiterUnit == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		if atomic.CompareAndSwapInt32(&m.state, old, (old-waiterUnit)|mutexWoken) {
			runtimeSemrelease(&m.sema, false)
			return
		}
		old = atomic.LoadInt32(&m.state)
	}
}
