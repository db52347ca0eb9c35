// Package syscall holds the few Linux system calls goshim's programs can
// make directly: process and thread identity.
package syscall

// Bodyless: compiler intrinsics (std/INTRINSICS.md).

// Getpid returns the process id of the caller.
func Getpid() (pid int)

// Gettid returns the kernel's id of the calling thread (the thread the
// goroutine runs on right now, unless it is locked to its thread).
func Gettid() (tid int)
