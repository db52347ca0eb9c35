// Package syscall holds the few Linux system calls goshim's programs can
// make directly (process and thread identity) and Errno, the error std's
// system-call wrappers (os, runtime/debug) return.
package syscall

// An Errno is a Linux error number, as a failed system call reports it.
type Errno uintptr

// Error returns gc's text for the numbers std's wrappers can meet, and
// "errno N" for the others.
func (e Errno) Error() string {
	switch e {
	case 2:
		return "no such file or directory"
	case 9:
		return "bad file descriptor"
	case 13:
		return "permission denied"
	case 17:
		return "file exists"
	case 20:
		return "not a directory"
	case 21:
		return "is a directory"
	case 24:
		return "too many open files"
	case 28:
		return "no space left on device"
	case 32:
		return "broken pipe"
	}
	return "errno " + itoa(uint64(e))
}

func itoa(v uint64) string {
	if v == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for v > 0 {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
	}
	return string(buf[i:])
}

// Bodyless: compiler intrinsics (std/INTRINSICS.md).

// Getpid returns the process id of the caller.
func Getpid() (pid int)

// Gettid returns the kernel's id of the calling thread (the thread the
// goroutine runs on right now, unless it is locked to its thread).
func Gettid() (tid int)
