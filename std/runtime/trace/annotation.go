package trace

import (
	"context"
	"fmt"
	"sync/atomic"
)

// Compiler intrinsics (std/INTRINSICS.md): the runtime records these events
// while tracing is on and ignores them otherwise.
func userTaskCreate(id, parentID uint64, taskType string)
func userTaskEnd(id uint64)
func userRegion(id, mode uint64, regionType string)
func userLog(id uint64, category, message string)

type traceContextKey struct{}

// NewTask starts a task of type taskType (keep the set of types small:
// tools group tasks by it). The task is a child of the task pctx carries, if
// any; the returned context carries the new one. Whether or not tracing is
// on, the task gets a fresh id; the runtime records the creation only while
// tracing. End the task with its End method.
func NewTask(pctx context.Context, taskType string) (ctx context.Context, task *Task) {
	pid := fromContext(pctx).id
	id := newID()
	userTaskCreate(id, pid, taskType)
	s := &Task{id: id}
	return context.WithValue(pctx, traceContextKey{}, s), s
}

func fromContext(ctx context.Context) *Task {
	if s, ok := ctx.Value(traceContextKey{}).(*Task); ok {
		return s
	}
	return &bgTask
}

// A Task is one logical operation of the program, as the trace shows it.
type Task struct {
	id uint64
}

// End records the end of the task.
func (t *Task) End() {
	userTaskEnd(t.id)
}

var lastTaskID uint64 = 0 // the last id given out; 0 is the background task

func newID() uint64 {
	return atomic.AddUint64(&lastTaskID, 1)
}

var bgTask = Task{id: uint64(0)}

// Log records message under category (which may be empty; keep the set of
// categories small) in the task ctx carries, or the background task.
func Log(ctx context.Context, category, message string) {
	id := fromContext(ctx).id
	userLog(id, category, message)
}

// Logf is Log with a fmt.Sprintf message; it formats nothing unless
// tracing is on.
func Logf(ctx context.Context, category, format string, args ...interface{}) {
	if IsEnabled() {
		// Not Log: its frame would show in the event's stack.
		id := fromContext(ctx).id
		userLog(id, category, fmt.Sprintf(format, args...))
	}
}

const (
	regionStartCode = uint64(0)
	regionEndCode   = uint64(1)
)

// WithRegion runs fn inside a region of type regionType of the calling
// goroutine, in the task ctx carries (or the background task). Keep the set
// of region types small.
func WithRegion(ctx context.Context, regionType string, fn func()) {
	id := fromContext(ctx).id
	userRegion(id, regionStartCode, regionType)
	defer userRegion(id, regionEndCode, regionType)
	fn()
}

// StartRegion opens a region of type regionType in the task ctx carries;
// the same goroutine ends it with the Region's End, and regions of one
// goroutine nest. While tracing is off it returns a Region whose End does
// nothing.
func StartRegion(ctx context.Context, regionType string) *Region {
	if !IsEnabled() {
		return noopRegion
	}
	id := fromContext(ctx).id
	userRegion(id, regionStartCode, regionType)
	return &Region{id, regionType}
}

// A Region is a stretch of one goroutine's execution, as the trace shows it.
type Region struct {
	id         uint64
	regionType string
}

var noopRegion = &Region{}

// End closes the region.
func (r *Region) End() {
	if r == noopRegion {
		return
	}
	userRegion(r.id, regionEndCode, r.regionType)
}

// IsEnabled reports whether a trace is being taken (between Start and
// Stop); another goroutine may change that at any moment.
func IsEnabled() bool {
	return atomic.LoadInt32(&tracingEnabled) == 1
}
