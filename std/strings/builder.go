package strings

import "unicode/utf8"

// A Builder accumulates a string with its Write methods. The zero value is
// ready to use. A Builder that has been written to must not be copied.
//
// Unlike Go's, String copies the bytes (Go avoids the copy with unsafe,
// which the goshim subset does not have), so each call costs O(Len()).
type Builder struct {
	self *Builder // set on first write, to detect copies by value
	buf  []byte
}

func (b *Builder) checkCopy() {
	if b.self == nil {
		b.self = b
	} else if b.self != b {
		panic("strings: illegal use of non-zero Builder copied by value")
	}
}

// String returns the accumulated string.
func (b *Builder) String() string { return string(b.buf) }

// Len returns the number of accumulated bytes.
func (b *Builder) Len() int { return len(b.buf) }

// Cap returns the capacity of the underlying byte slice.
func (b *Builder) Cap() int { return cap(b.buf) }

// Reset empties the Builder.
func (b *Builder) Reset() {
	b.self = nil
	b.buf = nil
}

// Grow makes room for at least n more bytes without another allocation.
// It panics if n is negative.
func (b *Builder) Grow(n int) {
	b.checkCopy()
	if n < 0 {
		panic("strings.Builder.Grow: negative count")
	}
	if cap(b.buf)-len(b.buf) < n {
		nb := make([]byte, len(b.buf), 2*cap(b.buf)+n)
		copy(nb, b.buf)
		b.buf = nb
	}
}

// Write appends p; the error is always nil.
func (b *Builder) Write(p []byte) (int, error) {
	b.checkCopy()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

// WriteByte appends c; the error is always nil.
func (b *Builder) WriteByte(c byte) error {
	b.checkCopy()
	b.buf = append(b.buf, c)
	return nil
}

// WriteRune appends the UTF-8 encoding of r; the error is always nil.
func (b *Builder) WriteRune(r rune) (int, error) {
	b.checkCopy()
	n := len(b.buf)
	b.buf = utf8.AppendRune(b.buf, r)
	return len(b.buf) - n, nil
}

// WriteString appends s; the error is always nil.
func (b *Builder) WriteString(s string) (int, error) {
	b.checkCopy()
	b.buf = append(b.buf, s...)
	return len(s), nil
}
