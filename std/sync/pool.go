package sync

// A Pool is a set of temporary objects that may be saved and retrieved
// individually. Go drops pooled objects at garbage collections; this one
// keeps at most poolCap of them instead (a documented difference: callers
// may not rely on either).
type Pool struct {
	// New optionally specifies a function to generate a value when Get
	// would otherwise return nil.
	New func() interface{}

	mu    Mutex
	items []interface{}
}

const poolCap = 64

// Put adds x to the pool.
func (p *Pool) Put(x interface{}) {
	if x == nil {
		return
	}
	p.mu.Lock()
	if len(p.items) < poolCap {
		p.items = append(p.items, x)
	}
	p.mu.Unlock()
}

// Get removes an arbitrary item from the pool and returns it, or returns
// p.New() (or nil) if the pool is empty.
func (p *Pool) Get() interface{} {
	p.mu.Lock()
	var x interface{}
	if n := len(p.items); n > 0 {
		x = p.items[n-1]
		p.items[n-1] = nil
		p.items = p.items[:n-1]
	}
	p.mu.Unlock()
	if x == nil && p.New != nil {
		x = p.New()
	}
	return x
}
