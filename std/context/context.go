// Package context carries deadlines, cancellation and request-scoped values
// across API boundaries (Go 1.19's API: Context, Background, TODO,
// WithValue, WithCancel, WithDeadline, WithTimeout, Canceled,
// DeadlineExceeded). runtime/pprof's labels and runtime/trace's tasks hang
// off it.
//
// Layout: every derived context keeps its parent in a field and answers the
// methods it does not own by asking the parent (std has no promoted
// methods). A cancelable context registers itself with the nearest
// cancelable ancestor found through Value(&cancelCtxKey); a parent of a
// foreign type that can be canceled is watched by a goroutine, as in gc.
package context

import (
	"errors"
	"internal/rtype"
	"sync"
	"time"
)

// A Context carries a deadline, a cancellation signal, and other values
// across API boundaries. Its methods may be called by multiple goroutines
// simultaneously.
type Context interface {
	Deadline() (deadline time.Time, ok bool)
	Done() <-chan struct{}
	Err() error
	Value(key interface{}) interface{}
}

// Canceled is the error returned by Context.Err when the context is
// canceled.
var Canceled = errors.New("context canceled")

// DeadlineExceeded is the error returned by Context.Err when the context's
// deadline passes.
var DeadlineExceeded error = deadlineExceededError{}

type deadlineExceededError struct{}

func (deadlineExceededError) Error() string   { return "context deadline exceeded" }
func (deadlineExceededError) Timeout() bool   { return true }
func (deadlineExceededError) Temporary() bool { return true }

// A CancelFunc tells an operation to abandon its work. After the first
// call, subsequent calls do nothing.
type CancelFunc func()

// emptyCtx is never canceled, has no values and no deadline.
type emptyCtx int

func (*emptyCtx) Deadline() (deadline time.Time, ok bool) { return }
func (*emptyCtx) Done() <-chan struct{}                   { return nil }
func (*emptyCtx) Err() error                              { return nil }
func (*emptyCtx) Value(key interface{}) interface{}       { return nil }

func (e *emptyCtx) String() string {
	if e == background {
		return "context.Background"
	}
	if e == todo {
		return "context.TODO"
	}
	return "unknown empty Context"
}

var (
	background = new(emptyCtx)
	todo       = new(emptyCtx)
)

// Background returns a non-nil, empty Context. It is never canceled, has
// no values, and has no deadline.
func Background() Context { return background }

// TODO returns a non-nil, empty Context, for code where it is unclear which
// Context to use.
func TODO() Context { return todo }

// stringer is fmt.Stringer (context cannot import fmt).
type stringer interface {
	String() string
}

func contextName(c Context) string {
	if s, ok := c.(stringer); ok {
		return s.String()
	}
	return rtype.Name(rtype.TypeOf(c))
}

// WithValue returns a copy of parent in which the value associated with key
// is val. The key must be comparable.
func WithValue(parent Context, key, val interface{}) Context {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if key == nil {
		panic("nil key")
	}
	if !comparable(key) {
		panic("key is not comparable")
	}
	return &valueCtx{parent, key, val}
}

// comparable reports whether values of key's dynamic type can be compared
// with ==: no slices, maps or funcs, nor structs or arrays holding them.
func comparable(key interface{}) bool {
	return typeComparable(rtype.TypeOf(key))
}

func typeComparable(t rtype.Type) bool {
	switch rtype.Kind(t) {
	case rtype.Slice, rtype.Map, rtype.Func:
		return false
	case rtype.Array:
		return typeComparable(rtype.Elem(t))
	case rtype.Struct:
		for i := 0; i < rtype.NumField(t); i++ {
			if !typeComparable(rtype.FieldType(t, i)) {
				return false
			}
		}
	}
	return true
}

type valueCtx struct {
	parent   Context
	key, val interface{}
}

func (c *valueCtx) Deadline() (deadline time.Time, ok bool) { return c.parent.Deadline() }
func (c *valueCtx) Done() <-chan struct{}                   { return c.parent.Done() }
func (c *valueCtx) Err() error                              { return c.parent.Err() }

func (c *valueCtx) Value(key interface{}) interface{} {
	if c.key == key {
		return c.val
	}
	return c.parent.Value(key)
}

func stringify(v interface{}) string {
	switch s := v.(type) {
	case stringer:
		return s.String()
	case string:
		return s
	}
	return "<not Stringer>"
}

func (c *valueCtx) String() string {
	return contextName(c.parent) + ".WithValue(type " + rtype.Name(rtype.TypeOf(c.key)) +
		", val " + stringify(c.val) + ")"
}

// cancelCtxKey is the key a cancelCtx answers with itself.
var cancelCtxKey int

// closedchan is a reusable closed channel.
var closedchan = make(chan struct{})

func init() {
	close(closedchan)
}

type cancelCtx struct {
	parent   Context
	mu       sync.Mutex
	done     chan struct{}
	children map[canceler]struct{}
	err      error
	deadline time.Time // zero unless this is a timer context
	hasDl    bool
	timer    *time.Timer
	name     string // ".WithCancel" or ".WithDeadline(...)"
}

// canceler is a context that can be canceled directly.
type canceler interface {
	cancel(removeFromParent bool, err error)
	Done() <-chan struct{}
}

func (c *cancelCtx) Deadline() (deadline time.Time, ok bool) {
	if c.hasDl {
		return c.deadline, true
	}
	return c.parent.Deadline()
}

func (c *cancelCtx) Value(key interface{}) interface{} {
	if k, ok := key.(*int); ok && k == &cancelCtxKey {
		return c
	}
	return c.parent.Value(key)
}

func (c *cancelCtx) Done() <-chan struct{} {
	c.mu.Lock()
	if c.done == nil {
		c.done = make(chan struct{})
	}
	d := c.done
	c.mu.Unlock()
	return d
}

func (c *cancelCtx) Err() error {
	c.mu.Lock()
	err := c.err
	c.mu.Unlock()
	return err
}

func (c *cancelCtx) String() string {
	return contextName(c.parent) + c.name
}

// cancel closes c.done, cancels each of c's children and, if
// removeFromParent, removes c from its parent's children.
func (c *cancelCtx) cancel(removeFromParent bool, err error) {
	c.mu.Lock()
	if c.err != nil {
		c.mu.Unlock()
		return // already canceled
	}
	c.err = err
	if c.done == nil {
		c.done = closedchan
	} else {
		close(c.done)
	}
	children := c.children
	c.children = nil
	if c.timer != nil {
		c.timer.Stop()
		c.timer = nil
	}
	c.mu.Unlock()
	for child := range children {
		child.cancel(false, err)
	}
	if removeFromParent {
		removeChild(c.parent, c)
	}
}

// parentCancelCtx returns the nearest *cancelCtx ancestor of parent whose
// done channel is parent's own (so it is not wrapped by a foreign type).
func parentCancelCtx(parent Context) (*cancelCtx, bool) {
	done := parent.Done()
	if done == closedchan || done == nil {
		return nil, false
	}
	p, ok := parent.Value(&cancelCtxKey).(*cancelCtx)
	if !ok {
		return nil, false
	}
	if p.Done() != done {
		return nil, false
	}
	return p, true
}

func removeChild(parent Context, child canceler) {
	p, ok := parentCancelCtx(parent)
	if !ok {
		return
	}
	p.mu.Lock()
	if p.children != nil {
		delete(p.children, child)
	}
	p.mu.Unlock()
}

// propagateCancel arranges for child to be canceled when parent is.
func propagateCancel(parent Context, child canceler) {
	done := parent.Done()
	if done == nil {
		return // parent is never canceled
	}
	select {
	case <-done:
		child.cancel(false, parent.Err())
		return
	default:
	}
	if p, ok := parentCancelCtx(parent); ok {
		p.mu.Lock()
		if p.err != nil {
			p.mu.Unlock()
			child.cancel(false, p.err)
			return
		}
		if p.children == nil {
			p.children = make(map[canceler]struct{})
		}
		p.children[child] = struct{}{}
		p.mu.Unlock()
		return
	}
	go watchParent(parent, child)
}

func watchParent(parent Context, child canceler) {
	select {
	case <-parent.Done():
		child.cancel(false, parent.Err())
	case <-child.Done():
	}
}

func newCancelCtx(parent Context, name string) *cancelCtx {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	return &cancelCtx{parent: parent, name: name}
}

// WithCancel returns a copy of parent with a new Done channel, closed when
// the returned cancel function is called or when the parent's Done channel
// is closed, whichever happens first.
func WithCancel(parent Context) (ctx Context, cancel CancelFunc) {
	c := newCancelCtx(parent, ".WithCancel")
	propagateCancel(parent, c)
	return c, func() { c.cancel(true, Canceled) }
}

// WithDeadline returns a copy of the parent context with the deadline
// adjusted to be no later than d.
func WithDeadline(parent Context, d time.Time) (Context, CancelFunc) {
	if parent == nil {
		panic("cannot create context from nil parent")
	}
	if cur, ok := parent.Deadline(); ok && cur.Before(d) {
		// The current deadline is already sooner than the new one.
		return WithCancel(parent)
	}
	c := newCancelCtx(parent, ".WithDeadline(["+time.Until(d).String()+"])")
	c.deadline = d
	c.hasDl = true
	propagateCancel(parent, c)
	dur := time.Until(d)
	if dur <= 0 {
		c.cancel(true, DeadlineExceeded) // deadline has already passed
		return c, func() { c.cancel(false, Canceled) }
	}
	c.mu.Lock()
	if c.err == nil {
		c.timer = time.AfterFunc(dur, func() { c.cancel(true, DeadlineExceeded) })
	}
	c.mu.Unlock()
	return c, func() { c.cancel(true, Canceled) }
}

// WithTimeout returns WithDeadline(parent, time.Now().Add(timeout)).
func WithTimeout(parent Context, timeout time.Duration) (Context, CancelFunc) {
	return WithDeadline(parent, time.Now().Add(timeout))
}
