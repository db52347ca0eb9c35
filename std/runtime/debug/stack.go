// Package debug holds goshim's part of runtime/debug: stack traces and the
// traceback level.
package debug

import (
	"os"
	"runtime"
)

// PrintStack prints to standard error the stack trace returned by
// runtime.Stack.
func PrintStack() {
	os.Stderr.Write(Stack())
}

// Stack returns a formatted stack trace of the goroutine that calls it. It
// calls runtime.Stack with a large enough buffer to capture the entire
// trace.
func Stack() []byte {
	buf := make([]byte, 1024)
	for {
		n := runtime.Stack(buf, false)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// setTraceback is a compiler intrinsic (std/INTRINSICS.md).
func setTraceback(level string)

// SetTraceback sets the amount of detail printed by the runtime in the
// traceback it prints before exiting due to an unrecovered panic or an
// internal runtime error. The level argument takes the same values as the
// GOTRACEBACK environment variable. SetTraceback cannot lower the amount of
// detail below the level the environment variable specifies.
func SetTraceback(level string) {
	setTraceback(level)
}

// setMaxStack is a compiler intrinsic (std/INTRINSICS.md).
func setMaxStack(bytes int) int

// SetMaxStack sets the maximum amount of memory that can be used by a single
// goroutine stack. If a goroutine's stack would grow beyond this limit, the
// program crashes with "fatal error: stack overflow". SetMaxStack returns the
// previous setting. The initial setting is 1 GB on 64-bit systems and 250 MB
// on 32-bit systems. On targets whose stacks do not grow (armv7 here), the
// limit is recorded but stacks keep their fixed size.
func SetMaxStack(bytes int) int {
	return setMaxStack(bytes)
}

// setMaxThreads is a compiler intrinsic (std/INTRINSICS.md).
func setMaxThreads(threads int) int

// SetMaxThreads sets the maximum number of operating system threads that
// the Go program can use. If it attempts to use more than this many, the
// program crashes. SetMaxThreads returns the previous setting. The initial
// setting is 10,000 threads.
func SetMaxThreads(threads int) int {
	return setMaxThreads(threads)
}

// setPanicOnFault is a compiler intrinsic (std/INTRINSICS.md).
func setPanicOnFault(enabled bool) bool

// SetPanicOnFault controls the runtime's behavior when a program faults at
// an unexpected (that is, non-nil) address. Such faults are typically caused
// by bugs such as runtime memory corruption, so the default response is to
// crash the program. Programs working with memory-mapped files or unsafe
// manipulation of memory may cause faults at non-nil addresses in less
// dramatic situations; SetPanicOnFault allows such programs to request that
// the runtime trigger only a panic, not a crash. The runtime.Error that the
// runtime panics with may have an additional method:
//
//	Addr() uintptr
//
// If that method exists, it returns the memory address which triggered the
// fault. SetPanicOnFault applies only to the current goroutine. It returns
// the previous setting. On armv7 faults stay fatal (docs/STATUS.md).
func SetPanicOnFault(enabled bool) bool {
	return setPanicOnFault(enabled)
}
