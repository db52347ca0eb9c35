package runtime

// The scheduler calls. A call such as runtime.GC() is a compiler builtin,
// lowered in place; these declarations are what the same names denote as
// function values (g := runtime.GC), each an intrinsic making the same
// runtime call (std/INTRINSICS.md).

// GC runs a full garbage collection and returns when it has finished.
func GC()

// Gosched yields the processor: the goroutine stays runnable and resumes
// later.
func Gosched()

// Goexit ends the calling goroutine after running its deferred calls.
func Goexit()

// NumGoroutine returns the number of goroutines that exist.
func NumGoroutine() int

// GOMAXPROCS sets how many threads may run Go code at once and returns the
// previous setting; n < 1 only queries it.
func GOMAXPROCS(n int) int

// NumCPU returns the number of CPUs the process may use.
func NumCPU() int

// LockOSThread ties the calling goroutine to its current thread until as
// many UnlockOSThread calls have been made.
func LockOSThread()

// UnlockOSThread undoes one LockOSThread call.
func UnlockOSThread()

// Breakpoint executes a breakpoint trap: without a debugger attached, the
// program ends with gc's SIGTRAP report.
func Breakpoint()

// SetDefaultGOMAXPROCS sets GOMAXPROCS to the runtime's default (the CPUs
// the process may use, lowered to the cgroup's CPU limit unless
// GODEBUG=containermaxprocs=0, both read afresh), ignoring the GOMAXPROCS
// environment variable, and turns automatic updates of it back on.
func SetDefaultGOMAXPROCS() {
	setDefaultGOMAXPROCS()
}

// setDefaultGOMAXPROCS is a compiler intrinsic (std/INTRINSICS.md).
func setDefaultGOMAXPROCS()
