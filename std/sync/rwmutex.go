package sync

import "sync/atomic"

// An RWMutex is a reader/writer mutual exclusion lock: any number of readers
// or one writer. A blocked Lock keeps new readers out, so writers are not
// starved.
//
// readers counts active readers; a writer that arrives subtracts maxReaders
// from it (so the count goes negative and new readers wait on readerSem),
// records in departing how many readers it must wait for, and waits on
// writerSem until the last of them leaves.
type RWMutex struct {
	w         Mutex
	writerSem uint32
	readerSem uint32
	readers   int32
	departing int32
}

const maxReaders int32 = 1 << 30

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.readers, 1) < 0 {
		runtimeSemacquire(&rw.readerSem, waitRWMutexRLock, false) // a writer is pending
	}
}

// TryRLock read-locks rw if no writer holds or waits for it.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := atomic.LoadInt32(&rw.readers)
		if c < 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&rw.readers, c, c+1) {
			return true
		}
	}
}

// RUnlock undoes one RLock.
func (rw *RWMutex) RUnlock() {
	if r := atomic.AddInt32(&rw.readers, -1); r < 0 {
		if r+1 == 0 || r+1 == -maxReaders {
			fatal("sync: RUnlock of unlocked RWMutex")
		}
		// A writer is waiting: the last departing reader lets it in.
		if atomic.AddInt32(&rw.departing, -1) == 0 {
			runtimeSemrelease(&rw.writerSem, false)
		}
	}
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	r := atomic.AddInt32(&rw.readers, -maxReaders) + maxReaders
	if r != 0 && atomic.AddInt32(&rw.departing, r) != 0 {
		runtimeSemacquire(&rw.writerSem, waitRWMutexLock, false)
	}
}

// TryLock write-locks rw if nobody holds it.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !atomic.CompareAndSwapInt32(&rw.readers, 0, -maxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock undoes Lock, letting in the readers that queued meanwhile.
func (rw *RWMutex) Unlock() {
	r := atomic.AddInt32(&rw.readers, maxReaders)
	if r >= maxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := int32(0); i < r; i++ {
		runtimeSemrelease(&rw.readerSem, false)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock are rw's RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
