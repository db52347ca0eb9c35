package debug

// writeHeapDump is a compiler intrinsic (std/INTRINSICS.md).
func writeHeapDump(fd uintptr)

// WriteHeapDump writes a description of the heap and the objects in it to
// the given file descriptor. It suspends the execution of all goroutines
// until the heap dump is completely written, so the file descriptor must
// not be connected to a pipe or socket whose other end is in the same Go
// process; use a temporary file or a network socket instead. The format is
// gc's (golang.org/s/go15heapdump, header "go1.7 heap dump"); the fields
// this runtime cannot fill are listed in goruntime's docs/DESIGN.md.
func WriteHeapDump(fd uintptr) {
	writeHeapDump(fd)
}
