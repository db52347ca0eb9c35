// Package sync provides Go's synchronization primitives: Mutex, RWMutex,
// WaitGroup, Once, Cond, Pool and Map. Goroutines block on runtime
// semaphores (lib/Runtime/Proc/Sema.cpp); the fast paths are atomics.
package sync

// Bodyless: compiler intrinsics (std/INTRINSICS.md).

// runtimeSemacquire waits until *s > 0 and decrements it. reason names the
// wait in goroutine dumps (the wait* constants); lifo queues the waiter at
// the head.
func runtimeSemacquire(s *uint32, reason int32, lifo bool)

// runtimeSemrelease increments *s and wakes one waiter; with handoff the
// count goes straight to that waiter, which runs next.
func runtimeSemrelease(s *uint32, handoff bool)

// runtimeSpin spins briefly and reports true when a Mutex waiter should
// spin rather than park: iteration iter (from 0) of its spinning, while the
// holder is likely running on another CPU.
func runtimeSpin(iter int) bool

// runtimeNanotime is the monotonic clock in nanoseconds.
func runtimeNanotime() int64

// fatal ends the program with Go's "fatal error: <s>" (unrecoverable).
func fatal(s string)

const (
	waitSemacquire int32 = iota
	waitMutexLock
	waitRWMutexRLock
	waitRWMutexLock
	waitCondWait
)

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}
