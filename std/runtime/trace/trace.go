// Package trace records an execution trace of the program (Go 1.19's API)
// and annotates it with tasks, regions and log messages. The data is Go
// 1.19's binary trace format, which `go tool trace` of Go 1.19 reads.
//
// The runtime's tracer (lib/Runtime/Proc/Trace.h) records goroutine,
// processor, system call, blocking and collector events into per-P buffers
// and queues the full ones; Start's reader goroutine copies the queue to the
// writer. gc's reader sleeps until the runtime wakes it with a full buffer;
// this one polls the queue, sleeping a millisecond whenever it is empty
// (its sleeps show in the trace as those of any goroutine). Stop stops the
// tracer, which queues what is left (the per-P buffers, then the stack and
// string tables), and returns once the reader has written all of it.
package trace

import (
	"io"
	"sync"
	"sync/atomic"
	"time"
)

// Compiler intrinsics (std/INTRINSICS.md), over lib/Runtime/Pkg/Trace.cpp.

// runtimeStartTrace starts the runtime's tracer; false if it is already on.
func runtimeStartTrace() bool

// runtimeStopTrace stops it; the rest of the data is queued for reading.
func runtimeStopTrace()

// runtimeReadTrace copies queued trace data into buf: the byte count, 0 if
// nothing is queued yet, -1 once tracing stopped and all was read.
func runtimeReadTrace(buf []byte) int

// The error runtime.StartTrace returns (a runtime.errorString under gc).
type errorString string

func (e errorString) RuntimeError() {}

func (e errorString) Error() string { return "runtime error: " + string(e) }

var (
	tracingMu      sync.Mutex    // serializes Start and Stop
	tracingEnabled int32         // IsEnabled; changed with tracingMu held
	tracingDone    chan struct{} // closed by the reader after its last write
)

// Start begins a trace of the program, written to w as it fills (from a
// goroutine of its own); it fails if a trace is already being taken.
func Start(w io.Writer) error {
	tracingMu.Lock()
	defer tracingMu.Unlock()
	if !runtimeStartTrace() {
		return errorString("tracing is already enabled")
	}
	done := make(chan struct{})
	tracingDone = done
	go func() {
		buf := make([]byte, 64<<10)
		for {
			n := runtimeReadTrace(buf)
			if n < 0 {
				break
			}
			if n == 0 {
				time.Sleep(time.Millisecond)
				continue
			}
			w.Write(buf[:n])
		}
		close(done)
	}()
	atomic.StoreInt32(&tracingEnabled, 1)
	return nil
}

// Stop ends the trace, if one is being taken, and returns once all of it
// has been written to Start's writer.
func Stop() {
	tracingMu.Lock()
	defer tracingMu.Unlock()
	atomic.StoreInt32(&tracingEnabled, 0)
	if tracingDone == nil {
		return
	}
	runtimeStopTrace()
	<-tracingDone
	tracingDone = nil
}
