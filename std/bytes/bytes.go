// Package bytes implements functions for the manipulation of byte slices
// (goshim's implementation of Go 1.19's API).
//
// As in Go, functions that look at runes see each byte that is not part
// of valid UTF-8 as utf8.RuneError, and the sub-slices returned by the
// splitting functions have their capacity clipped to their length, so
// appending to one never overwrites the rest of the input. Where Go
// returns nil rather than an empty slice (Trim with an empty input, a
// fully trimmed TrimLeft/TrimSpace/TrimFunc result, Cut's missing after,
// SplitN with n == 0, ...), so does this package.
package bytes

import (
	"unicode"
	"unicode/utf8"
)

// MinRead is the minimum slice size passed to a Read call by
// Buffer.ReadFrom in Go (ReadFrom itself is not provided here).
const MinRead = 512

// Equal reports whether a and b have the same length and contents; a nil
// slice equals an empty one.
func Equal(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Compare returns 0 if a == b, -1 if a < b and +1 if a > b, comparing
// lexicographically; nil is equal to an empty slice.
func Compare(a, b []byte) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	switch {
	case len(a) < len(b):
		return -1
	case len(a) > len(b):
		return 1
	}
	return 0
}

// Contains reports whether subslice is within b.
func Contains(b, subslice []byte) bool { return Index(b, subslice) >= 0 }

// ContainsAny reports whether any rune of chars is within b.
func ContainsAny(b []byte, chars string) bool { return IndexAny(b, chars) >= 0 }

// ContainsRune reports whether the rune r is within b.
func ContainsRune(b []byte, r rune) bool { return IndexRune(b, r) >= 0 }

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix []byte) bool {
	return len(s) >= len(prefix) && Equal(s[:len(prefix)], prefix)
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix []byte) bool {
	return len(s) >= len(suffix) && Equal(s[len(s)-len(suffix):], suffix)
}

// IndexByte returns the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i := 0; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s []byte, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

const hashMul = 16777619

// Index returns the index of the first instance of sep in s, or -1.
func Index(s, sep []byte) int {
	n := len(sep)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, sep[0])
	case n > len(s):
		return -1
	}
	if n <= 16 || len(s) < 256 {
		first := sep[0]
		for i := 0; i+n <= len(s); i++ {
			if s[i] != first {
				j := IndexByte(s[i+1:len(s)-n+1], first)
				if j < 0 {
					return -1
				}
				i += 1 + j
			}
			if Equal(s[i:i+n], sep) {
				return i
			}
		}
		return -1
	}
	// Rabin-Karp rolling hash
	var want, h uint32
	for i := 0; i < n; i++ {
		want = want*hashMul + uint32(sep[i])
		h = h*hashMul + uint32(s[i])
	}
	var pow, sq uint32 = 1, hashMul
	for k := n; k > 0; k >>= 1 {
		if k&1 != 0 {
			pow *= sq
		}
		sq *= sq
	}
	if h == want && Equal(s[:n], sep) {
		return 0
	}
	for i := n; i < len(s); i++ {
		h = h*hashMul + uint32(s[i]) - pow*uint32(s[i-n])
		if h == want && Equal(s[i-n+1:i+1], sep) {
			return i - n + 1
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of sep in s, or -1.
func LastIndex(s, sep []byte) int {
	n := len(sep)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, sep[0])
	case n > len(s):
		return -1
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == sep[0] && Equal(s[i:i+n], sep) {
			return i
		}
	}
	return -1
}

// IndexRune returns the byte index of the first occurrence of r in s, or
// -1. utf8.RuneError also matches invalid bytes; invalid runes never match.
func IndexRune(s []byte, r rune) int {
	switch {
	case r >= 0 && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i := 0; i < len(s); {
			c, w := utf8.DecodeRune(s[i:])
			if c == utf8.RuneError {
				return i
			}
			i += w
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	return Index(s, buf[:n])
}

// runeInString reports whether r is one of the runes of chars (invalid
// bytes of chars counting as utf8.RuneError).
func runeInString(r rune, chars string) bool {
	for _, c := range chars {
		if c == r {
			return true
		}
	}
	return false
}

// IndexAny returns the byte index of the first rune of s contained in
// chars, or -1.
func IndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if runeInString(r, chars) {
			return i
		}
		i += w
	}
	return -1
}

// LastIndexAny returns the byte index of the last rune of s contained in
// chars, or -1.
func LastIndexAny(s []byte, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, w := utf8.DecodeLastRune(s[:i])
		i -= w
		if runeInString(r, chars) {
			return i
		}
	}
	return -1
}

// IndexFunc returns the byte index of the first rune c of s with f(c), or -1.
func IndexFunc(s []byte, f func(r rune) bool) int { return indexFunc(s, f, true) }

// LastIndexFunc returns the byte index of the last rune c of s with f(c),
// or -1.
func LastIndexFunc(s []byte, f func(r rune) bool) int { return lastIndexFunc(s, f, true) }

func indexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if f(r) == truth {
			return i
		}
		i += w
	}
	return -1
}

func lastIndexFunc(s []byte, f func(r rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, w := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRune(s[:i])
		}
		i -= w
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// Count returns the number of non-overlapping instances of sep in s; for
// an empty sep, one plus the number of runes in s.
func Count(s, sep []byte) int {
	if len(sep) == 0 {
		return utf8.RuneCount(s) + 1
	}
	n := 0
	for {
		i := Index(s, sep)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(sep):]
	}
}

// Cut slices s around the first instance of sep, returning the text before
// and after it and true, or s, nil and false if sep does not occur.
func Cut(s, sep []byte) (before, after []byte, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, nil, false
}

// splitRunes cuts s into its UTF-8 sequences (invalid bytes one by one),
// at most n pieces, the last holding the rest.
func splitRunes(s []byte, n int) [][]byte {
	if n <= 0 || n > len(s) {
		n = len(s)
	}
	out := make([][]byte, 0, n)
	for len(s) > 0 {
		if len(out)+1 >= n {
			out = append(out, s)
			break
		}
		_, w := utf8.DecodeRune(s)
		out = append(out, s[:w:w])
		s = s[w:]
	}
	return out
}

func split(s, sep []byte, keep, n int) [][]byte {
	if n == 0 {
		return nil
	}
	if len(sep) == 0 {
		return splitRunes(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	out := make([][]byte, 0, n)
	for len(out) < n-1 {
		i := Index(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[:i+keep:i+keep])
		s = s[i+len(sep):]
	}
	return append(out, s)
}

// Split slices s into all subslices separated by sep (after each UTF-8
// sequence if sep is empty).
func Split(s, sep []byte) [][]byte { return split(s, sep, 0, -1) }

// SplitN is Split returning at most n subslices, the last holding the
// unsplit remainder; n == 0 gives nil, n < 0 all subslices.
func SplitN(s, sep []byte, n int) [][]byte { return split(s, sep, 0, n) }

// SplitAfter is Split keeping each separator at the end of its subslice.
func SplitAfter(s, sep []byte) [][]byte { return split(s, sep, len(sep), -1) }

// SplitAfterN is SplitN keeping the separators.
func SplitAfterN(s, sep []byte, n int) [][]byte { return split(s, sep, len(sep), n) }

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s []byte) [][]byte { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc splits s around runs of runes c with f(c).
func FieldsFunc(s []byte, f func(rune) bool) [][]byte {
	out := make([][]byte, 0, 4)
	start := -1
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		if f(r) {
			if start >= 0 {
				out = append(out, s[start:i:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += w
	}
	if start >= 0 {
		out = append(out, s[start:len(s):len(s)])
	}
	return out
}

// Join concatenates the elements of s with sep between them into a new
// slice.
func Join(s [][]byte, sep []byte) []byte {
	if len(s) == 0 {
		return []byte{}
	}
	if len(s) == 1 {
		return append([]byte(nil), s[0]...)
	}
	n := len(sep) * (len(s) - 1)
	for _, e := range s {
		n += len(e)
	}
	b := make([]byte, 0, n)
	b = append(b, s[0]...)
	for _, e := range s[1:] {
		b = append(b, sep...)
		b = append(b, e...)
	}
	return b
}

// Repeat returns count copies of b. It panics if count is negative or the
// result length overflows.
func Repeat(b []byte, count int) []byte {
	if count == 0 {
		return []byte{}
	}
	if count < 0 {
		panic("bytes: negative Repeat count")
	}
	if len(b)*count/count != len(b) {
		panic("bytes: Repeat count causes overflow")
	}
	out := make([]byte, len(b)*count)
	n := copy(out, b)
	for n < len(out) {
		n += copy(out[n:], out[:n])
	}
	return out
}

// Replace returns a copy of s with the first n non-overlapping instances
// of old replaced by repl (all if n < 0). An empty old matches at the
// start and after each UTF-8 sequence.
func Replace(s, old, repl []byte, n int) []byte {
	m := 0
	if n != 0 {
		m = Count(s, old)
	}
	if m == 0 {
		return append([]byte(nil), s...)
	}
	if n < 0 || m < n {
		n = m
	}
	out := make([]byte, 0, len(s)+n*(len(repl)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, w := utf8.DecodeRune(s[start:])
				j += w
			}
		} else {
			j += Index(s[start:], old)
		}
		out = append(out, s[start:j]...)
		out = append(out, repl...)
		start = j + len(old)
	}
	return append(out, s[start:]...)
}

// ReplaceAll is Replace with no limit.
func ReplaceAll(s, old, repl []byte) []byte { return Replace(s, old, repl, -1) }

// Map returns a new slice holding s with every rune replaced by
// mapping(rune); runes mapped to a negative value are dropped.
func Map(mapping func(r rune) rune, s []byte) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, w := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s[i:])
		}
		r = mapping(r)
		if r >= 0 {
			out = utf8.AppendRune(out, r)
		}
		i += w
	}
	return out
}

// Runes returns the runes of s (invalid bytes as utf8.RuneError).
func Runes(s []byte) []rune {
	out := make([]rune, 0, utf8.RuneCount(s))
	for len(s) > 0 {
		r, w := utf8.DecodeRune(s)
		out = append(out, r)
		s = s[w:]
	}
	return out
}

// ToUpper returns a copy of s with all letters mapped to upper case.
func ToUpper(s []byte) []byte { return Map(unicode.ToUpper, s) }

// ToLower returns a copy of s with all letters mapped to lower case.
func ToLower(s []byte) []byte { return Map(unicode.ToLower, s) }

// ToTitle returns a copy of s with all letters mapped to title case.
func ToTitle(s []byte) []byte { return Map(unicode.ToTitle, s) }

// ToValidUTF8 returns a copy of s with each run of invalid UTF-8 bytes
// replaced by replacement.
func ToValidUTF8(s, replacement []byte) []byte {
	out := make([]byte, 0, len(s)+len(replacement))
	inBad := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			out = append(out, c)
			i++
			inBad = false
			continue
		}
		_, w := utf8.DecodeRune(s[i:])
		if w == 1 {
			if !inBad {
				out = append(out, replacement...)
				inBad = true
			}
			i++
			continue
		}
		out = append(out, s[i:i+w]...)
		i += w
		inBad = false
	}
	return out
}

// EqualFold reports whether s and t, read as UTF-8, are equal under simple
// Unicode case folding.
func EqualFold(s, t []byte) bool {
	for len(s) > 0 && len(t) > 0 {
		r1, w1 := rune(s[0]), 1
		if r1 >= utf8.RuneSelf {
			r1, w1 = utf8.DecodeRune(s)
		}
		r2, w2 := rune(t[0]), 1
		if r2 >= utf8.RuneSelf {
			r2, w2 = utf8.DecodeRune(t)
		}
		s, t = s[w1:], t[w2:]
		if r1 != r2 && foldKey(r1) != foldKey(r2) {
			return false
		}
	}
	return len(s) == len(t)
}

// TrimLeftFunc removes the leading runes c with f(c); nil if none remain.
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte {
	i := indexFunc(s, f, false)
	if i < 0 {
		return nil
	}
	return s[i:]
}

// TrimRightFunc removes the trailing runes c with f(c).
func TrimRightFunc(s []byte, f func(r rune) bool) []byte {
	i := lastIndexFunc(s, f, false)
	if i >= 0 && s[i] >= utf8.RuneSelf {
		_, w := utf8.DecodeRune(s[i:])
		return s[:i+w]
	}
	return s[:i+1]
}

// TrimFunc removes the leading and trailing runes c with f(c).
func TrimFunc(s []byte, f func(r rune) bool) []byte {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimSpace removes leading and trailing white space; nil if none remains.
func TrimSpace(s []byte) []byte {
	start := 0
	for start < len(s) && s[start] < utf8.RuneSelf && unicode.IsSpace(rune(s[start])) {
		start++
	}
	if start < len(s) && s[start] >= utf8.RuneSelf {
		return TrimFunc(s[start:], unicode.IsSpace)
	}
	end := len(s)
	for end > start && s[end-1] < utf8.RuneSelf && unicode.IsSpace(rune(s[end-1])) {
		end--
	}
	if end > start && s[end-1] >= utf8.RuneSelf {
		return TrimFunc(s[start:end], unicode.IsSpace)
	}
	if start == end {
		return nil
	}
	return s[start:end]
}

// TrimLeft removes the leading runes contained in cutset; nil if none
// remain (or s is empty).
func TrimLeft(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, w := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRune(s)
		}
		if !runeInString(r, cutset) {
			break
		}
		s = s[w:]
	}
	if len(s) == 0 {
		return nil
	}
	return s
}

// TrimRight removes the trailing runes contained in cutset.
func TrimRight(s []byte, cutset string) []byte {
	if len(s) == 0 || cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, w := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRune(s)
		}
		if !runeInString(r, cutset) {
			break
		}
		s = s[:len(s)-w]
	}
	return s
}

// Trim removes the leading and trailing runes contained in cutset; nil
// for an empty s or when nothing remains.
func Trim(s []byte, cutset string) []byte {
	if len(s) == 0 {
		return nil
	}
	if cutset == "" {
		return s
	}
	return TrimLeft(TrimRight(s, cutset), cutset)
}

// TrimPrefix returns s without the leading prefix, if it is there.
func TrimPrefix(s, prefix []byte) []byte {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the trailing suffix, if it is there.
func TrimSuffix(s, suffix []byte) []byte {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
