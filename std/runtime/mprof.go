package runtime

// Profiling records (Go 1.19's runtime API). The runtime keeps the buckets
// (lib/Runtime/Proc/Prof.h); the bodyless functions below are compiler
// intrinsics (std/INTRINSICS.md) that copy them into the caller's records,
// whose layouts the runtime repeats: keep them in step.

// MemProfileRate controls the fraction of memory allocations that are
// recorded in the memory profile: on average one sample per MemProfileRate
// bytes allocated (1: every allocation, 0: none). goshim makes this
// variable the runtime's own (lib/Runtime/Proc/Prof.h), whose initial value
// is 512 KiB, or GODEBUG=memprofilerate's.
var MemProfileRate int

// A StackRecord describes a single execution stack.
type StackRecord struct {
	Stack0 [32]uintptr // stack trace for this record; ends at first 0 entry
}

// Stack returns the stack trace associated with the record, a prefix of
// r.Stack0.
func (r *StackRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// A MemProfileRecord describes the live objects allocated by a particular
// call sequence (stack trace).
type MemProfileRecord struct {
	AllocBytes, FreeBytes     int64       // number of bytes allocated, freed
	AllocObjects, FreeObjects int64       // number of objects allocated, freed
	Stack0                    [32]uintptr // stack trace for this record; ends at first 0 entry
}

// InUseBytes returns the number of bytes in use (AllocBytes - FreeBytes).
func (r *MemProfileRecord) InUseBytes() int64 { return r.AllocBytes - r.FreeBytes }

// InUseObjects returns the number of objects in use (AllocObjects - FreeObjects).
func (r *MemProfileRecord) InUseObjects() int64 {
	return r.AllocObjects - r.FreeObjects
}

// Stack returns the stack trace associated with the record, a prefix of
// r.Stack0.
func (r *MemProfileRecord) Stack() []uintptr {
	for i, v := range r.Stack0 {
		if v == 0 {
			return r.Stack0[0:i]
		}
	}
	return r.Stack0[0:]
}

// BlockProfileRecord describes blocking events originated at a particular
// call sequence (stack trace). Cycles are ticks of the runtime's cycle
// counter (see cyclesPerSecond).
type BlockProfileRecord struct {
	Count  int64
	Cycles int64
	StackRecord
}

func memProfile(p []MemProfileRecord, inuseZero bool) int
func blockProfile(p []BlockProfileRecord, mutex bool) int
func goroutineProfile(p []StackRecord) int
func threadCreateProfile(p []StackRecord) int

// cyclesPerSecond is the rate of the counter behind
// BlockProfileRecord.Cycles (gc's runtime_cyclesPerSecond); runtime/pprof
// declares its own intrinsic, runtime_cyclesPerSecond, for the same figure.
func cyclesPerSecond() int64

// MemProfile returns a profile of memory allocated and freed per allocation
// site, as of the most recently completed garbage collection. n is the
// number of records; if len(p) >= n, MemProfile copies them into p and
// returns n, true; otherwise it copies nothing and returns n, false. With
// inuseZero false, only sites with bytes still in use are reported.
func MemProfile(p []MemProfileRecord, inuseZero bool) (n int, ok bool) {
	n = memProfile(p, inuseZero)
	return n, n <= len(p)
}

// SetBlockProfileRate controls the fraction of goroutine blocking events
// that are reported in the blocking profile: on average one blocking event
// per rate nanoseconds spent blocked (1: every event; <= 0: off).
func SetBlockProfileRate(rate int)

// BlockProfile returns a profile of goroutine blocking events (the same
// contract on n and ok as MemProfile).
func BlockProfile(p []BlockProfileRecord) (n int, ok bool) {
	n = blockProfile(p, false)
	return n, n <= len(p)
}

// SetMutexProfileFraction controls the fraction of mutex contention events
// that are reported in the mutex profile: on average 1/rate events (0:
// off; negative: only reads the current rate). It returns the previous rate.
func SetMutexProfileFraction(rate int) int

// MutexProfile returns a profile of contended mutexes: the unlocking call
// stacks and the time waiters spent waiting (the same contract on n and ok
// as MemProfile).
func MutexProfile(p []BlockProfileRecord) (n int, ok bool) {
	n = blockProfile(p, true)
	return n, n <= len(p)
}

// GoroutineProfile returns the stacks of every live goroutine (the caller's
// first), taken with the world stopped (the same contract on n and ok as
// MemProfile).
func GoroutineProfile(p []StackRecord) (n int, ok bool) {
	n = goroutineProfile(p)
	return n, n <= len(p)
}

// ThreadCreateProfile returns the stacks that created the OS threads (the
// same contract on n and ok as MemProfile).
func ThreadCreateProfile(p []StackRecord) (n int, ok bool) {
	n = threadCreateProfile(p)
	return n, n <= len(p)
}
