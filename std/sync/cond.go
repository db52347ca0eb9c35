package sync

// Cond is a condition variable: a rendezvous point for goroutines waiting
// for or announcing an event. L is held while the condition is checked or
// changed.
type Cond struct {
	L Locker

	mu      Mutex
	waiters []*uint32 // one semaphore per waiting goroutine, oldest first
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the goroutine until Signal or
// Broadcast wakes it, then locks c.L again before returning.
func (c *Cond) Wait() {
	t := new(uint32)
	c.mu.Lock()
	c.waiters = append(c.waiters, t)
	c.mu.Unlock()
	c.L.Unlock()
	runtimeSemacquire(t, waitCondWait, false)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.mu.Lock()
	var t *uint32
	if len(c.waiters) > 0 {
		t = c.waiters[0]
		c.waiters[0] = nil
		c.waiters = c.waiters[1:]
	}
	c.mu.Unlock()
	if t != nil {
		runtimeSemrelease(t, false)
	}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	ws := c.waiters
	c.waiters = nil
	c.mu.Unlock()
	for _, t := range ws {
		runtimeSemrelease(t, false)
	}
}
