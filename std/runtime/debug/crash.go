package debug

import (
	"os"
	"syscall"
)

// CrashOptions provides options that control the formatting of the fatal
// crash message. It has no fields yet, as in Go 1.23.
type CrashOptions struct{}

// setCrashOutput is a compiler intrinsic (std/INTRINSICS.md).
func setCrashOutput(fd int) int

// SetCrashOutput configures a single additional file where unhandled panics
// and other fatal errors are printed, in addition to standard error. There
// is only one additional file: calling SetCrashOutput again overrides any
// earlier call; a nil f stops the copy. SetCrashOutput duplicates f's file
// descriptor, so the caller may safely close f as soon as SetCrashOutput
// returns. The copy holds the whole crash report: the "panic: " or "fatal
// error: " line and the goroutine traces after it.
func SetCrashOutput(f *os.File, opts CrashOptions) error {
	fd := -1
	if f != nil {
		fd = int(f.Fd())
		if fd < 0 {
			return syscall.Errno(9) // EBADF, as dup(2) of gc's closed-file Fd
		}
	}
	if r := setCrashOutput(fd); r < 0 {
		return syscall.Errno(-r)
	}
	return nil
}
