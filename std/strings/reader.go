package strings

import (
	"errors"
	"io"
	"unicode/utf8"
)

// A Reader reads from a string: io.Reader, io.ByteReader and
// io.RuneReader. The zero value reads an empty string.
type Reader struct {
	s        string
	i        int // the next byte to read
	prevRune int // where the last ReadRune's rune started, or -1
}

// NewReader returns a Reader reading from s.
func NewReader(s string) *Reader { return &Reader{s, 0, -1} }

// Len returns how many bytes are left unread.
func (r *Reader) Len() int {
	if r.i >= len(r.s) {
		return 0
	}
	return len(r.s) - r.i
}

// Size returns the length of the underlying string.
func (r *Reader) Size() int64 { return int64(len(r.s)) }

// Read copies the unread bytes into b; io.EOF once none are left.
func (r *Reader) Read(b []byte) (n int, err error) {
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	r.prevRune = -1
	n = copy(b, r.s[r.i:])
	r.i += n
	return n, nil
}

// ReadByte returns the next byte; io.EOF at the end.
func (r *Reader) ReadByte() (byte, error) {
	r.prevRune = -1
	if r.i >= len(r.s) {
		return 0, io.EOF
	}
	c := r.s[r.i]
	r.i++
	return c, nil
}

// UnreadByte steps back one byte.
func (r *Reader) UnreadByte() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadByte: at beginning of string")
	}
	r.prevRune = -1
	r.i--
	return nil
}

// ReadRune returns the next UTF-8 encoded rune and its size in bytes.
func (r *Reader) ReadRune() (ch rune, size int, err error) {
	if r.i >= len(r.s) {
		r.prevRune = -1
		return 0, 0, io.EOF
	}
	r.prevRune = r.i
	if c := r.s[r.i]; c < utf8.RuneSelf {
		r.i++
		return rune(c), 1, nil
	}
	ch, size = utf8.DecodeRuneInString(r.s[r.i:])
	r.i += size
	return ch, size, nil
}

// UnreadRune steps back over the rune the last ReadRune returned.
func (r *Reader) UnreadRune() error {
	if r.i <= 0 {
		return errors.New("strings.Reader.UnreadRune: at beginning of string")
	}
	if r.prevRune < 0 {
		return errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune")
	}
	r.i = r.prevRune
	r.prevRune = -1
	return nil
}

// Reset makes r read from s.
func (r *Reader) Reset(s string) { *r = Reader{s, 0, -1} }
