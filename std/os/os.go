// Package os provides the parts of Go's os package goshim supports so far:
// the command line, the environment, exiting, the standard files, and
// opening, creating and reading files. Functions without bodies are compiler
// intrinsics (INTRINSICS.md).
package os

import (
	"errors"
	"io"
	"syscall"
)

// Errors of file operations (gc's io/fs errors, re-exported there).
var (
	// ErrInvalid: a method called on a nil *File.
	ErrInvalid = errors.New("invalid argument")
	// ErrClosed: the file was already closed.
	ErrClosed = errors.New("file already closed")
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// Exit ends the program at once with the given status code; deferred
// functions are not run.
func Exit(code int)

// Getenv returns the value of the environment variable key, or "" if it is
// not set.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and whether
// it is set.
func LookupEnv(key string) (string, bool) {
	return runtimeGetenv(key)
}

// A File is an open file descriptor. Close sets fd to -1.
type File struct {
	fd   int
	name string
}

// checkValid reports why f cannot be used for op, as gc does.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// The standard input, output and error files.
var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Name returns the file's name.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor (^uintptr(0) once closed or for nil).
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes b to the file, returning the number of bytes written and an
// error if fewer than len(b) were.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	for n < len(b) {
		w := sysWrite(f.fd, b[n:])
		if w < 0 {
			return n, &PathError{Op: "write", Path: f.name, Err: syscall.Errno(-w)}
		}
		n += w
	}
	return n, nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	fd := sysOpen(name, 0 /* O_RDONLY */, 0)
	if fd < 0 {
		return nil, &PathError{Op: "open", Path: name, Err: syscall.Errno(-fd)}
	}
	return &File{fd, name}, nil
}

// Flags to OpenFile: exactly one of O_RDONLY, O_WRONLY and O_RDWR, or'ed
// with any of the others. The values are Linux's, the same on every target
// goshim supports.
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_TRUNC  int = 0x200
	O_APPEND int = 0x400
	O_SYNC   int = 0x101000
)

// A FileMode holds a file's permission bits (the rest of Go's FileMode,
// the type bits and String, is not there yet).
type FileMode uint32

// OpenFile opens the named file with the given flags (O_RDONLY etc.); with
// O_CREATE a missing file is created with mode perm (before the umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd := sysOpen(name, flag, int(perm&0777))
	if fd < 0 {
		return nil, &PathError{Op: "open", Path: name, Err: syscall.Errno(-fd)}
	}
	return &File{fd, name}, nil
}

// Create creates or truncates the named file, mode 0666 (before the umask)
// when it is new, and opens it for reading and writing.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// Read reads up to len(b) bytes from the file into b. At end of file it
// returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	r := sysRead(f.fd, b)
	if r < 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: syscall.Errno(-r)}
	}
	if r == 0 {
		return 0, io.EOF
	}
	return r, nil
}

// Close closes the file.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if err := f.checkValid("close"); err != nil {
		return err
	}
	fd := f.fd
	f.fd = -1
	if r := sysClose(fd); r < 0 {
		return &PathError{Op: "close", Path: f.name, Err: syscall.Errno(-r)}
	}
	return nil
}

// ReadFile reads the named file and returns its contents. A successful
// call returns err == nil, not io.EOF.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int

// WriteString writes s to the file.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Intrinsics.
func runtimeArgs() []string
func runtimeGetenv(key string) (string, bool)
func sysWrite(fd int, b []byte) int
func sysOpen(path string, flags, mode int) int
func sysRead(fd int, b []byte) int
func sysClose(fd int) int
