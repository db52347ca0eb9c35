package bytes

import (
	"errors"
	"io"
	"unicode/utf8"
)

// ErrTooLarge is the panic value when a Buffer cannot grow any more.
var ErrTooLarge = errors.New("bytes.Buffer: too large")

// errEOF is io.EOF, which Go's Buffer returns at the end of its data.
var errEOF = io.EOF

var errUnreadByte = errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read")
var errUnreadRune = errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")

// What the last read was, for UnreadByte and UnreadRune: a positive value
// is the width of a rune read by ReadRune.
const (
	lastReadBytes = -1
	lastNone      = 0
)

// A Buffer is a variable-sized buffer of bytes with Read and Write
// methods. The zero value is an empty buffer ready to use.
//
// WriteTo and ReadFrom are not provided; Read, ReadByte, ReadRune,
// ReadBytes and ReadString report the end of the data with io.EOF.
type Buffer struct {
	buf  []byte // contents are buf[off:]
	off  int
	last int // lastReadBytes, lastNone, or a rune width
}

// NewBuffer returns a Buffer whose initial contents are buf (which the
// Buffer takes over).
func NewBuffer(buf []byte) *Buffer { return &Buffer{buf: buf} }

// NewBufferString returns a Buffer holding a copy of s.
func NewBufferString(s string) *Buffer { return &Buffer{buf: []byte(s)} }

// Bytes returns the unread portion of the buffer (aliasing it).
func (b *Buffer) Bytes() []byte { return b.buf[b.off:] }

// String returns the unread portion as a string ("<nil>" for a nil
// *Buffer).
func (b *Buffer) String() string {
	if b == nil {
		return "<nil>"
	}
	return string(b.buf[b.off:])
}

// Len returns the number of unread bytes.
func (b *Buffer) Len() int { return len(b.buf) - b.off }

// Cap returns the capacity of the underlying storage.
func (b *Buffer) Cap() int { return cap(b.buf) }

// Reset empties the buffer, keeping its storage.
func (b *Buffer) Reset() {
	b.buf = b.buf[:0]
	b.off = 0
	b.last = lastNone
}

// Truncate discards all but the first n unread bytes. It panics if n is
// negative or beyond Len.
func (b *Buffer) Truncate(n int) {
	if n == 0 {
		b.Reset()
		return
	}
	b.last = lastNone
	if n < 0 || n > b.Len() {
		panic("bytes.Buffer: truncation out of range")
	}
	b.buf = b.buf[:b.off+n]
}

// reslice makes room for n more bytes within the current capacity, if
// there is enough, and returns the index where they start.
func (b *Buffer) reslice(n int) (int, bool) {
	if l := len(b.buf); n <= cap(b.buf)-l {
		b.buf = b.buf[:l+n]
		return l, true
	}
	return 0, false
}

// grow makes room for n more bytes at the end, first discarding consumed
// storage if the buffer is empty, and returns the index where they start.
func (b *Buffer) grow(n int) int {
	m := b.Len()
	if m == 0 && b.off != 0 {
		b.Reset()
	}
	if i, ok := b.reslice(n); ok {
		return i
	}
	if b.buf == nil && n <= 64 {
		b.buf = make([]byte, n, 64)
		return 0
	}
	c := cap(b.buf)
	if n <= c/2-m {
		// enough room if the unread data slides to the front
		copy(b.buf, b.buf[b.off:])
	} else {
		maxInt := int(^uint(0) >> 1)
		if c > maxInt-c-n {
			panic(ErrTooLarge)
		}
		nb := make([]byte, m, 2*c+n)
		copy(nb, b.buf[b.off:])
		b.buf = nb
	}
	b.off = 0
	b.buf = b.buf[:m+n]
	return m
}

// extend is reslice, falling back to grow.
func (b *Buffer) extend(n int) int {
	if i, ok := b.reslice(n); ok {
		return i
	}
	return b.grow(n)
}

// Grow guarantees room for n more bytes without another allocation. It
// panics if n is negative.
func (b *Buffer) Grow(n int) {
	if n < 0 {
		panic("bytes.Buffer.Grow: negative count")
	}
	m := b.grow(n)
	b.buf = b.buf[:m]
}

// Write appends p; the error is always nil.
func (b *Buffer) Write(p []byte) (n int, err error) {
	b.last = lastNone
	i := b.extend(len(p))
	return copy(b.buf[i:], p), nil
}

// WriteString appends s; the error is always nil.
func (b *Buffer) WriteString(s string) (n int, err error) {
	b.last = lastNone
	i := b.extend(len(s))
	return copy(b.buf[i:], s), nil
}

// WriteByte appends c; the error is always nil.
func (b *Buffer) WriteByte(c byte) error {
	b.last = lastNone
	i := b.extend(1)
	b.buf[i] = c
	return nil
}

// WriteRune appends the UTF-8 encoding of r and returns its length; the
// error is always nil.
func (b *Buffer) WriteRune(r rune) (n int, err error) {
	if r >= 0 && r < utf8.RuneSelf {
		b.WriteByte(byte(r))
		return 1, nil
	}
	b.last = lastNone
	i := b.extend(utf8.UTFMax)
	n = utf8.EncodeRune(b.buf[i:i+utf8.UTFMax], r)
	b.buf = b.buf[:i+n]
	return n, nil
}

// Read moves up to len(p) unread bytes into p. At the end of the data it
// returns 0 and the EOF error (unless len(p) is 0).
func (b *Buffer) Read(p []byte) (n int, err error) {
	b.last = lastNone
	if b.Len() == 0 {
		b.Reset()
		if len(p) == 0 {
			return 0, nil
		}
		return 0, errEOF
	}
	n = copy(p, b.buf[b.off:])
	b.off += n
	if n > 0 {
		b.last = lastReadBytes
	}
	return n, nil
}

// Next returns (aliasing the buffer) the next n unread bytes, or all of
// them if fewer, and consumes them.
func (b *Buffer) Next(n int) []byte {
	b.last = lastNone
	if m := b.Len(); n > m {
		n = m
	}
	data := b.buf[b.off : b.off+n]
	b.off += n
	if n > 0 {
		b.last = lastReadBytes
	}
	return data
}

// ReadByte returns the next byte, or the EOF error.
func (b *Buffer) ReadByte() (byte, error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, errEOF
	}
	c := b.buf[b.off]
	b.off++
	b.last = lastReadBytes
	return c, nil
}

// ReadRune decodes the next UTF-8 rune, returning it and its width (an
// invalid byte reads as utf8.RuneError of width 1), or the EOF error.
func (b *Buffer) ReadRune() (r rune, size int, err error) {
	if b.Len() == 0 {
		b.Reset()
		return 0, 0, errEOF
	}
	c := b.buf[b.off]
	if c < utf8.RuneSelf {
		b.off++
		b.last = 1
		return rune(c), 1, nil
	}
	r, n := utf8.DecodeRune(b.buf[b.off:])
	b.off += n
	b.last = n
	return r, n, nil
}

// UnreadRune puts back the rune read by an immediately preceding ReadRune.
func (b *Buffer) UnreadRune() error {
	if b.last <= lastNone {
		return errUnreadRune
	}
	if b.off >= b.last {
		b.off -= b.last
	}
	b.last = lastNone
	return nil
}

// UnreadByte puts back the last byte of the most recent successful read.
func (b *Buffer) UnreadByte() error {
	if b.last == lastNone {
		return errUnreadByte
	}
	b.last = lastNone
	if b.off > 0 {
		b.off--
	}
	return nil
}

// readUntil consumes up to and including the first delim and returns
// that part (aliasing the buffer), or everything and the EOF error.
func (b *Buffer) readUntil(delim byte) (line []byte, err error) {
	i := IndexByte(b.buf[b.off:], delim)
	end := b.off + i + 1
	if i < 0 {
		end = len(b.buf)
		err = errEOF
	}
	line = b.buf[b.off:end]
	b.off = end
	b.last = lastReadBytes
	return line, err
}

// ReadBytes returns a copy of the data up to and including the first
// delim; without a delim, all the data and the EOF error.
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error) {
	part, err := b.readUntil(delim)
	return append(line, part...), err
}

// ReadString is ReadBytes returning a string.
func (b *Buffer) ReadString(delim byte) (line string, err error) {
	part, err := b.readUntil(delim)
	return string(part), err
}
