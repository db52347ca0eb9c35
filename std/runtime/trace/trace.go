// Package trace records an execution trace of the program (Go 1.19's API)
// and annotates it with tasks, regions and log messages. The data is Go
// 1.19's binary trace format, which `go tool trace` of Go 1.19 reads.
//
// As in gc, Start and Stop are runtime.StartTrace and runtime.StopTrace
// (std/runtime/trace.go) around a reader goroutine that copies the tracer's
// queue to the writer. The reader keeps one 64 KiB buffer for the whole
// trace instead of calling runtime.ReadTrace, which must hand out a buffer
// per call (the runtime keeps no global one: it would be a collector root
// in every program). gc's reader sleeps until the runtime wakes it with a
// full buffer; this one polls the queue, sleeping a millisecond whenever it
// is empty (its sleeps show in the trace as those of any goroutine).
// runtime.StopTrace returns once the reader has read the last of the trace.
package trace

import (
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// runtimeReadTrace copies queued trace data into buf (a compiler intrinsic,
// std/INTRINSICS.md): the byte count, 0 if nothing is queued yet, -1 once
// tracing stopped and all was read.
func runtimeReadTrace(buf []byte) int

var (
	tracingMu      sync.Mutex // serializes Start and Stop
	tracingEnabled int32      // IsEnabled; changed with tracingMu held
)

// Start begins a trace of the program, written to w as it fills (from a
// goroutine of its own); it fails if a trace is already being taken.
func Start(w io.Writer) error {
	tracingMu.Lock()
	defer tracingMu.Unlock()
	if err := runtime.StartTrace(); err != nil {
		return err
	}
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
	runtime.StopTrace()
}
