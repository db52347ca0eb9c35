// Package utf8 converts between runes and their UTF-8 byte encodings.
//
// This is goshim's own implementation of Go 1.19's unicode/utf8 API.
// Decoding rules: a sequence is accepted only if it is the shortest
// encoding of a valid rune (no overlong forms, no surrogate halves, nothing
// above MaxRune). Anything else decodes as (RuneError, 1), so that callers
// always make progress one byte at a time over bad input.
package utf8

const (
	RuneError = '\uFFFD'     // the replacement character, returned for bad input
	RuneSelf  = 0x80         // runes below this are encoded as themselves in one byte
	MaxRune   = '\U0010FFFF' // largest valid Unicode code point
	UTFMax    = 4            // longest encoding, in bytes
)

// Bounds of the surrogate block, which never appears in valid UTF-8.
const (
	surrogateLo = 0xD800
	surrogateHi = 0xDFFF
)

// seqLen returns the encoding length announced by a leading byte, and the
// inclusive range the second byte must fall in. Bytes that can never start
// a valid sequence report length 0; ASCII reports 1.
func seqLen(b0 byte) (n int, lo, hi byte) {
	switch {
	case b0 < 0x80:
		return 1, 0, 0
	case b0 < 0xC2:
		// continuation bytes and the overlong two-byte leaders C0, C1
		return 0, 0, 0
	case b0 < 0xE0:
		return 2, 0x80, 0xBF
	case b0 == 0xE0:
		return 3, 0xA0, 0xBF // reject overlong three-byte forms
	case b0 == 0xED:
		return 3, 0x80, 0x9F // reject surrogates
	case b0 < 0xF0:
		return 3, 0x80, 0xBF
	case b0 == 0xF0:
		return 4, 0x90, 0xBF // reject overlong four-byte forms
	case b0 < 0xF4:
		return 4, 0x80, 0xBF
	case b0 == 0xF4:
		return 4, 0x80, 0x8F // reject code points above MaxRune
	}
	return 0, 0, 0
}

func isCont(b byte) bool { return b&0xC0 == 0x80 }

// decode decodes the first rune of a sequence whose first avail bytes
// (at most four are looked at) are b0..b3.
func decode(avail int, b0, b1, b2, b3 byte) (rune, int) {
	if avail < 1 {
		return RuneError, 0
	}
	n, lo, hi := seqLen(b0)
	if n == 1 {
		return rune(b0), 1
	}
	if n == 0 || avail < n || b1 < lo || b1 > hi {
		return RuneError, 1
	}
	if n == 2 {
		return rune(b0&0x1F)<<6 | rune(b1&0x3F), 2
	}
	if !isCont(b2) {
		return RuneError, 1
	}
	if n == 3 {
		return rune(b0&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F), 3
	}
	if !isCont(b3) {
		return RuneError, 1
	}
	return rune(b0&0x07)<<18 | rune(b1&0x3F)<<12 | rune(b2&0x3F)<<6 | rune(b3&0x3F), 4
}

// complete reports whether a sequence starting with the avail bytes
// b0..b2 (avail <= 3 matters) already determines its first rune.
func complete(avail int, b0, b1, b2 byte) bool {
	if avail < 1 {
		return false
	}
	n, lo, hi := seqLen(b0)
	if n <= 1 || avail >= n {
		return true // single byte, invalid leader, or long enough
	}
	// Too short to hold the whole sequence: the answer is already known
	// only if a byte we do have makes the sequence invalid.
	if avail >= 2 && (b1 < lo || b1 > hi) {
		return true
	}
	if avail >= 3 && !isCont(b2) {
		return true
	}
	return false
}

// FullRune reports whether p begins with a complete encoding of a rune,
// counting an invalid encoding as complete (it decodes as a width-1 error).
func FullRune(p []byte) bool {
	var b [3]byte
	copy(b[:], p)
	return complete(len(p), b[0], b[1], b[2])
}

// FullRuneInString is FullRune for a string.
func FullRuneInString(s string) bool {
	var b [3]byte
	copy(b[:], s)
	return complete(len(s), b[0], b[1], b[2])
}

// DecodeRune returns the first rune in p and its width in bytes.
// An empty p gives (RuneError, 0); an invalid encoding gives (RuneError, 1).
func DecodeRune(p []byte) (r rune, size int) {
	var b [4]byte
	copy(b[:], p)
	return decode(len(p), b[0], b[1], b[2], b[3])
}

// DecodeRuneInString is DecodeRune for a string.
func DecodeRuneInString(s string) (r rune, size int) {
	var b [4]byte
	copy(b[:], s)
	return decode(len(s), b[0], b[1], b[2], b[3])
}

// lastStart finds where the final rune of a sequence of length end may
// begin: the nearest leading (non-continuation) byte among the last
// UTFMax bytes, or -1 if there is none.
func lastStartBytes(p []byte) int {
	end := len(p)
	for i := end - 1; i >= 0 && i >= end-UTFMax; i-- {
		if !isCont(p[i]) {
			return i
		}
	}
	return -1
}

func lastStartString(s string) int {
	end := len(s)
	for i := end - 1; i >= 0 && i >= end-UTFMax; i-- {
		if !isCont(s[i]) {
			return i
		}
	}
	return -1
}

// DecodeLastRune returns the last rune in p and its width in bytes.
// An empty p gives (RuneError, 0); an invalid encoding gives (RuneError, 1).
func DecodeLastRune(p []byte) (r rune, size int) {
	end := len(p)
	if end == 0 {
		return RuneError, 0
	}
	if p[end-1] < RuneSelf {
		return rune(p[end-1]), 1
	}
	start := lastStartBytes(p)
	if start < 0 {
		return RuneError, 1
	}
	r, size = DecodeRune(p[start:])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// DecodeLastRuneInString is DecodeLastRune for a string.
func DecodeLastRuneInString(s string) (r rune, size int) {
	end := len(s)
	if end == 0 {
		return RuneError, 0
	}
	if s[end-1] < RuneSelf {
		return rune(s[end-1]), 1
	}
	start := lastStartString(s)
	if start < 0 {
		return RuneError, 1
	}
	r, size = DecodeRuneInString(s[start:])
	if start+size != end {
		return RuneError, 1
	}
	return r, size
}

// RuneLen returns how many bytes encode r, or -1 if r is not a valid rune.
func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r >= surrogateLo && r <= surrogateHi:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// EncodeRune writes the UTF-8 encoding of r into p, which must be large
// enough, and returns the number of bytes written. Invalid runes are
// written as RuneError.
func EncodeRune(p []byte, r rune) int {
	n := RuneLen(r)
	if n < 0 {
		r = RuneError
		n = 3
	}
	switch n {
	case 1:
		p[0] = byte(r)
	case 2:
		p[0] = 0xC0 | byte(r>>6)
		p[1] = 0x80 | byte(r)&0x3F
	case 3:
		p[0] = 0xE0 | byte(r>>12)
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
	default:
		p[0] = 0xF0 | byte(r>>18)
		p[1] = 0x80 | byte(r>>12)&0x3F
		p[2] = 0x80 | byte(r>>6)&0x3F
		p[3] = 0x80 | byte(r)&0x3F
	}
	return n
}

// AppendRune appends the UTF-8 encoding of r to p and returns the result.
func AppendRune(p []byte, r rune) []byte {
	if r >= 0 && r < RuneSelf {
		return append(p, byte(r))
	}
	var tmp [UTFMax]byte
	n := EncodeRune(tmp[:], r)
	return append(p, tmp[:n]...)
}

// RuneCount returns the number of runes in p; each byte of an invalid
// encoding counts as one rune.
func RuneCount(p []byte) int {
	count := 0
	for i := 0; i < len(p); count++ {
		if p[i] < RuneSelf {
			i++
			continue
		}
		_, w := DecodeRune(p[i:])
		i += w
	}
	return count
}

// RuneCountInString is RuneCount for a string.
func RuneCountInString(s string) int {
	count := 0
	for i := 0; i < len(s); count++ {
		if s[i] < RuneSelf {
			i++
			continue
		}
		_, w := DecodeRuneInString(s[i:])
		i += w
	}
	return count
}

// RuneStart reports whether b could be the first byte of an encoded rune
// (that is, it is not a continuation byte).
func RuneStart(b byte) bool { return !isCont(b) }

// Valid reports whether p consists entirely of valid UTF-8.
func Valid(p []byte) bool {
	for i := 0; i < len(p); {
		if p[i] < RuneSelf {
			i++
			continue
		}
		r, w := DecodeRune(p[i:])
		if w == 1 && r == RuneError {
			return false
		}
		i += w
	}
	return true
}

// ValidString reports whether s consists entirely of valid UTF-8.
func ValidString(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < RuneSelf {
			i++
			continue
		}
		r, w := DecodeRuneInString(s[i:])
		if w == 1 && r == RuneError {
			return false
		}
		i += w
	}
	return true
}

// ValidRune reports whether r may be encoded in UTF-8: it must lie in
// 0..MaxRune and outside the surrogate block.
func ValidRune(r rune) bool {
	if r < 0 || r > MaxRune {
		return false
	}
	return r < surrogateLo || r > surrogateHi
}
