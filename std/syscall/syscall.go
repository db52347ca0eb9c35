// Package syscall holds the few Linux system calls goshim's programs can
// make directly (process and thread identity, memory mappings) and Errno,
// the error std's system-call wrappers (os, runtime/debug) return.
package syscall

import "unsafe"

// An Errno is a Linux error number, as a failed system call reports it.
type Errno uintptr

// Error returns gc's text for the numbers std's wrappers can meet, and
// "errno N" for the others.
func (e Errno) Error() string {
	switch e {
	case 2:
		return "no such file or directory"
	case 12:
		return "cannot allocate memory"
	case 22:
		return "invalid argument"
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

// Error numbers the wrappers here return themselves.
const (
	ENOMEM Errno = 12
	EINVAL Errno = 22
)

// Memory protection and mapping flags for Mmap and Mprotect (the same
// numbers on every Linux target goshim has).
const (
	PROT_NONE     = 0x0
	PROT_READ     = 0x1
	PROT_WRITE    = 0x2
	PROT_EXEC     = 0x4
	MAP_SHARED    = 0x1
	MAP_PRIVATE   = 0x2
	MAP_FIXED     = 0x10
	MAP_ANON      = 0x20
	MAP_ANONYMOUS = 0x20
)

// Compiler intrinsics (std/INTRINSICS.md): the address or -errno, 0 or -errno.
func mmap(length int, prot int, flags int, fd int, offset int64) int
func munmap(addr uintptr, length int) int
func mprotect(addr uintptr, length int, prot int) int

// Mmap maps length bytes of the file fd from offset (fd -1 and MAP_ANON:
// fresh zeroed memory) and returns them as a slice. The memory is outside
// the Go heap; Munmap releases it.
func Mmap(fd int, offset int64, length int, prot int, flags int) (data []byte, err error) {
	if length <= 0 {
		return nil, EINVAL
	}
	r := mmap(length, prot, flags, fd, offset)
	if r < 0 && r >= -4095 {
		return nil, Errno(-r)
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(uintptr(r))), length), nil
}

// Munmap unmaps the memory of a slice Mmap returned.
func Munmap(b []byte) (err error) {
	if len(b) == 0 || len(b) != cap(b) {
		return EINVAL
	}
	if r := munmap(uintptr(unsafe.Pointer(&b[0])), len(b)); r < 0 {
		return Errno(-r)
	}
	return nil
}

// Mprotect changes the protection of the pages of b (a slice of mapped
// memory starting at a page boundary).
func Mprotect(b []byte, prot int) (err error) {
	if len(b) == 0 {
		return EINVAL
	}
	if r := mprotect(uintptr(unsafe.Pointer(&b[0])), len(b), prot); r < 0 {
		return Errno(-r)
	}
	return nil
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
