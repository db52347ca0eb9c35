package runtime

import "sync/atomic"

// The execution tracer's low-level API (Go 1.5): runtime/trace is built the
// same way over the same tracer (lib/Runtime/Proc/Trace.h), so a trace
// started by one is "already enabled" for the other.

// Compiler intrinsics (std/INTRINSICS.md), over lib/Runtime/Pkg/Trace.cpp.

// traceStart starts the tracer; false if it is on or its last trace is not
// read to its end.
func traceStart() bool

// traceStop stops it; the rest of the data is queued for reading.
func traceStop()

// traceRead copies queued trace data into buf: the byte count, 0 if nothing
// is queued yet, -1 once tracing stopped and all was read. An empty buf
// only asks: -1 when no trace is left to read, 0 otherwise.
func traceRead(buf []byte) int

// traceSleep parks the goroutine for ns nanoseconds (time.Sleep).
func traceSleep(ns int64)

// The reader polls the tracer's queue: gc's ReadTrace parks until the
// tracer wakes it with a full buffer; this one sleeps a millisecond
// whenever the queue is empty (as runtime/trace's reader does).
const tracePollNs = 1000000

// traceError is StartTrace's error: a runtime.Error whose text starts with
// "runtime error: " (gc's runtime.errorString).
type traceError string

func (e traceError) RuntimeError() {}

func (e traceError) Error() string { return "runtime error: " + string(e) }

// traceReading is set while a ReadTrace runs.
var traceReading uint32

// StartTrace enables tracing for the current process. While tracing, the
// data is buffered and available through ReadTrace. It returns an error if
// tracing is already enabled.
func StartTrace() error {
	if !traceStart() {
		return traceError("tracing is already enabled")
	}
	return nil
}

// StopTrace stops tracing, if it was enabled, and returns only after all
// the reads for the trace have completed.
func StopTrace() {
	traceStop()
	for traceRead(nil) == 0 {
		traceSleep(tracePollNs)
	}
}

// ReadTrace returns the next chunk of binary tracing data, blocking until
// data is available. Once tracing is off and all the data recorded while it
// was on has been returned, it returns nil. The caller must copy the data
// before calling ReadTrace again, and call it from one goroutine at a time.
func ReadTrace() []byte {
	if !atomic.CompareAndSwapUint32(&traceReading, 0, 1) {
		println("runtime: ReadTrace called from multiple goroutines simultaneously")
		return nil
	}
	// A buffer per call: a global one would be a collector root in every
	// program, tracing or not (gc hands out its own trace buffers instead).
	buf := make([]byte, 16<<10)
	var out []byte
	for {
		n := traceRead(buf)
		if n > 0 {
			out = buf[:n]
			break
		}
		if n < 0 {
			break
		}
		traceSleep(tracePollNs)
	}
	atomic.StoreUint32(&traceReading, 0)
	return out
}
