// Package strings implements simple functions to manipulate UTF-8
// encoded strings (goshim's implementation of Go 1.19's API).
//
// Wherever a function looks at runes, a byte that is not part of valid
// UTF-8 is seen as utf8.RuneError (U+FFFD), exactly as a for-range loop
// over the string would see it.
package strings

import (
	"unicode"
	"unicode/utf8"
)

// Clone returns a fresh copy of s.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// Compare returns 0 if a == b, -1 if a < b and +1 if a > b.
func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return 1
}

// Contains reports whether substr is within s.
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

// ContainsAny reports whether any rune of chars is within s.
func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// ContainsRune reports whether the rune r is within s.
func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

// HasPrefix reports whether s begins with prefix.
func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}

// HasSuffix reports whether s ends with suffix.
func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// IndexByte returns the index of the first c in s, or -1.
func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// LastIndexByte returns the index of the last c in s, or -1.
func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// Rolling hash (Rabin-Karp) parameters for long patterns.
const hashMul = 16777619

func hashOf(sep string) (uint32, uint32) {
	var h uint32
	for i := 0; i < len(sep); i++ {
		h = h*hashMul + uint32(sep[i])
	}
	// pow = hashMul^len(sep), used to drop the byte leaving the window
	var pow, sq uint32 = 1, hashMul
	for n := len(sep); n > 0; n >>= 1 {
		if n&1 != 0 {
			pow *= sq
		}
		sq *= sq
	}
	return h, pow
}

// Index returns the index of the first instance of substr in s, or -1.
func Index(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return 0
	case n == 1:
		return IndexByte(s, substr[0])
	case n > len(s):
		return -1
	case n == len(s):
		if s == substr {
			return 0
		}
		return -1
	}
	if n <= 16 || len(s) < 256 {
		// direct search, anchored on the first byte
		first := substr[0]
		for i := 0; i+n <= len(s); i++ {
			if s[i] != first {
				j := IndexByte(s[i+1:len(s)-n+1], first)
				if j < 0 {
					return -1
				}
				i += 1 + j
			}
			if s[i:i+n] == substr {
				return i
			}
		}
		return -1
	}
	want, pow := hashOf(substr)
	var h uint32
	for i := 0; i < n; i++ {
		h = h*hashMul + uint32(s[i])
	}
	if h == want && s[:n] == substr {
		return 0
	}
	for i := n; i < len(s); i++ {
		h = h*hashMul + uint32(s[i]) - pow*uint32(s[i-n])
		if h == want && s[i-n+1:i+1] == substr {
			return i - n + 1
		}
	}
	return -1
}

// LastIndex returns the index of the last instance of substr in s, or -1.
func LastIndex(s, substr string) int {
	n := len(substr)
	switch {
	case n == 0:
		return len(s)
	case n == 1:
		return LastIndexByte(s, substr[0])
	case n > len(s):
		return -1
	}
	for i := len(s) - n; i >= 0; i-- {
		if s[i] == substr[0] && s[i:i+n] == substr {
			return i
		}
	}
	return -1
}

// IndexRune returns the index of the first instance of r in s, or -1.
// Searching for utf8.RuneError also finds invalid bytes; an invalid rune
// is never found.
func IndexRune(s string, r rune) int {
	switch {
	case r >= 0 && r < utf8.RuneSelf:
		return IndexByte(s, byte(r))
	case r == utf8.RuneError:
		for i, c := range s {
			if c == utf8.RuneError {
				return i
			}
		}
		return -1
	case !utf8.ValidRune(r):
		return -1
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	return Index(s, string(buf[:n]))
}

// IndexAny returns the index of the first rune of s that is in chars, or
// -1 if there is none (or chars is empty).
func IndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i, c := range s {
		if IndexRune(chars, c) >= 0 {
			return i
		}
	}
	return -1
}

// LastIndexAny returns the index of the last rune of s that is in chars,
// or -1.
func LastIndexAny(s, chars string) int {
	if chars == "" {
		return -1
	}
	for i := len(s); i > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

// IndexFunc returns the index of the first rune c of s with f(c), or -1.
func IndexFunc(s string, f func(rune) bool) int {
	return indexFunc(s, f, true)
}

// LastIndexFunc returns the index of the last rune c of s with f(c), or -1.
func LastIndexFunc(s string, f func(rune) bool) int {
	return lastIndexFunc(s, f, true)
}

func indexFunc(s string, f func(rune) bool, truth bool) int {
	for i, c := range s {
		if f(c) == truth {
			return i
		}
	}
	return -1
}

func lastIndexFunc(s string, f func(rune) bool, truth bool) int {
	for i := len(s); i > 0; {
		r, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
		if f(r) == truth {
			return i
		}
	}
	return -1
}

// Count returns the number of non-overlapping instances of substr in s;
// for an empty substr, one plus the number of runes in s.
func Count(s, substr string) int {
	if len(substr) == 0 {
		return utf8.RuneCountInString(s) + 1
	}
	n := 0
	for {
		i := Index(s, substr)
		if i < 0 {
			return n
		}
		n++
		s = s[i+len(substr):]
	}
}

// Cut slices s around the first instance of sep, returning the text before
// and after it and true, or s, "" and false if sep does not occur.
func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// splitRunes cuts s into its UTF-8 sequences, at most n pieces (n < 0:
// all). Each invalid byte becomes a piece of its own holding U+FFFD.
func splitRunes(s string, n int) []string {
	count := utf8.RuneCountInString(s)
	if n < 0 || n > count {
		n = count
	}
	out := make([]string, n)
	for i := 0; i < n-1; i++ {
		c, w := utf8.DecodeRuneInString(s)
		out[i] = s[:w]
		if c == utf8.RuneError {
			out[i] = "\uFFFD"
		}
		s = s[w:]
	}
	if n > 0 {
		out[n-1] = s
	}
	return out
}

// split cuts s at instances of sep, keeping keep bytes of each separator
// at the end of the piece before it, and returns at most n pieces.
func split(s, sep string, keep, n int) []string {
	if n == 0 {
		return nil
	}
	if sep == "" {
		return splitRunes(s, n)
	}
	if n < 0 {
		n = Count(s, sep) + 1
	}
	if n > len(s)+1 {
		n = len(s) + 1
	}
	out := make([]string, 0, n)
	for len(out) < n-1 {
		i := Index(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[:i+keep])
		s = s[i+len(sep):]
	}
	return append(out, s)
}

// Split slices s into all substrings separated by sep. With an empty sep
// it splits after each UTF-8 sequence.
func Split(s, sep string) []string { return split(s, sep, 0, -1) }

// SplitN is Split returning at most n substrings, the last holding the
// unsplit remainder; n == 0 gives nil, n < 0 all substrings.
func SplitN(s, sep string, n int) []string { return split(s, sep, 0, n) }

// SplitAfter is Split keeping each separator at the end of its substring.
func SplitAfter(s, sep string) []string { return split(s, sep, len(sep), -1) }

// SplitAfterN is SplitN keeping the separators.
func SplitAfterN(s, sep string, n int) []string { return split(s, sep, len(sep), n) }

// Fields splits s around runs of white space (unicode.IsSpace).
func Fields(s string) []string { return FieldsFunc(s, unicode.IsSpace) }

// FieldsFunc splits s around runs of runes c with f(c).
func FieldsFunc(s string, f func(rune) bool) []string {
	var out []string
	start := -1
	for i, c := range s {
		if f(c) {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	if out == nil {
		out = []string{}
	}
	return out
}

// Join concatenates the elements of elems with sep between them.
func Join(elems []string, sep string) string {
	switch len(elems) {
	case 0:
		return ""
	case 1:
		return elems[0]
	}
	n := len(sep) * (len(elems) - 1)
	for _, e := range elems {
		n += len(e)
	}
	b := make([]byte, 0, n)
	b = append(b, elems[0]...)
	for _, e := range elems[1:] {
		b = append(b, sep...)
		b = append(b, e...)
	}
	return string(b)
}

// Repeat returns count copies of s. It panics if count is negative or the
// result length overflows.
func Repeat(s string, count int) string {
	if count == 0 {
		return ""
	}
	if count < 0 {
		panic("strings: negative Repeat count")
	}
	if len(s)*count/count != len(s) {
		panic("strings: Repeat count causes overflow")
	}
	b := make([]byte, len(s)*count)
	n := copy(b, s)
	for n < len(b) {
		n += copy(b[n:], b[:n])
	}
	return string(b)
}

// Replace returns s with the first n non-overlapping instances of old
// replaced by repl (all of them if n < 0). An empty old matches at the
// start and after each UTF-8 sequence.
func Replace(s, old, repl string, n int) string {
	if old == repl || n == 0 {
		return s
	}
	if m := Count(s, old); m < n || n < 0 {
		n = m
	}
	if n == 0 {
		return s
	}
	b := make([]byte, 0, len(s)+n*(len(repl)-len(old)))
	start := 0
	for i := 0; i < n; i++ {
		j := start
		if len(old) == 0 {
			if i > 0 {
				_, w := utf8.DecodeRuneInString(s[start:])
				j += w
			}
		} else {
			j += Index(s[start:], old)
		}
		b = append(b, s[start:j]...)
		b = append(b, repl...)
		start = j + len(old)
	}
	b = append(b, s[start:]...)
	return string(b)
}

// ReplaceAll is Replace with no limit.
func ReplaceAll(s, old, repl string) string { return Replace(s, old, repl, -1) }

// Map returns s with every rune replaced by mapping(rune); runes mapped
// to a negative value are dropped. Invalid UTF-8 bytes reach mapping as
// utf8.RuneError and come out encoded as whatever it returns.
func Map(mapping func(rune) rune, s string) string {
	var b []byte
	for i, c := range s {
		r := mapping(c)
		if b == nil {
			if r == c && c != utf8.RuneError {
				continue
			}
			b = make([]byte, i, len(s)+utf8.UTFMax)
			copy(b, s[:i])
		}
		if r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	if b == nil {
		return s
	}
	return string(b)
}

// ToUpper returns s with all letters mapped to upper case.
func ToUpper(s string) string {
	if isASCIIWithout(s, 'a', 'z') {
		return s
	}
	return Map(unicode.ToUpper, s)
}

// ToLower returns s with all letters mapped to lower case.
func ToLower(s string) string {
	if isASCIIWithout(s, 'A', 'Z') {
		return s
	}
	return Map(unicode.ToLower, s)
}

// ToTitle returns s with all letters mapped to title case.
func ToTitle(s string) string {
	return Map(unicode.ToTitle, s)
}

// isASCIIWithout reports whether s is pure ASCII with no byte in lo..hi.
func isASCIIWithout(s string, lo, hi byte) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c >= lo && c <= hi {
			return false
		}
	}
	return true
}

// ToValidUTF8 returns s with each run of invalid UTF-8 bytes replaced by
// replacement.
func ToValidUTF8(s, replacement string) string {
	var b []byte
	inBad := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			b = append(b, c)
			i++
			inBad = false
			continue
		}
		_, w := utf8.DecodeRuneInString(s[i:])
		if w == 1 {
			if !inBad {
				b = append(b, replacement...)
				inBad = true
			}
			i++
			continue
		}
		b = append(b, s[i:i+w]...)
		i += w
		inBad = false
	}
	return string(b)
}

// EqualFold reports whether s and t are equal under simple Unicode case
// folding.
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		var r1, r2 rune
		if s[0] < utf8.RuneSelf {
			r1, s = rune(s[0]), s[1:]
		} else {
			c, w := utf8.DecodeRuneInString(s)
			r1, s = c, s[w:]
		}
		if t[0] < utf8.RuneSelf {
			r2, t = rune(t[0]), t[1:]
		} else {
			c, w := utf8.DecodeRuneInString(t)
			r2, t = c, t[w:]
		}
		if r1 != r2 && foldKey(r1) != foldKey(r2) {
			return false
		}
	}
	return s == t
}

// TrimLeftFunc removes the leading runes c with f(c).
func TrimLeftFunc(s string, f func(rune) bool) string {
	i := indexFunc(s, f, false)
	if i < 0 {
		return ""
	}
	return s[i:]
}

// TrimRightFunc removes the trailing runes c with f(c).
func TrimRightFunc(s string, f func(rune) bool) string {
	i := lastIndexFunc(s, f, false)
	if i >= 0 {
		_, w := utf8.DecodeRuneInString(s[i:])
		if s[i] < utf8.RuneSelf {
			w = 1
		}
		return s[:i+w]
	}
	return ""
}

// TrimFunc removes the leading and trailing runes c with f(c).
func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

// TrimSpace removes leading and trailing white space.
func TrimSpace(s string) string {
	start := 0
	for start < len(s) && s[start] < utf8.RuneSelf && unicode.IsSpace(rune(s[start])) {
		start++
	}
	end := len(s)
	for end > start && s[end-1] < utf8.RuneSelf && unicode.IsSpace(rune(s[end-1])) {
		end--
	}
	return TrimFunc(s[start:end], unicode.IsSpace)
}

// inCutset reports whether r is one of the runes of cutset.
func inCutset(r rune, cutset string) bool {
	for _, c := range cutset {
		if c == r {
			return true
		}
	}
	return false
}

// TrimLeft removes the leading runes contained in cutset.
func TrimLeft(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, w := rune(s[0]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeRuneInString(s)
		}
		if !inCutset(r, cutset) {
			break
		}
		s = s[w:]
	}
	return s
}

// TrimRight removes the trailing runes contained in cutset.
func TrimRight(s, cutset string) string {
	if s == "" || cutset == "" {
		return s
	}
	for len(s) > 0 {
		r, w := rune(s[len(s)-1]), 1
		if r >= utf8.RuneSelf {
			r, w = utf8.DecodeLastRuneInString(s)
		}
		if !inCutset(r, cutset) {
			break
		}
		s = s[:len(s)-w]
	}
	return s
}

// Trim removes the leading and trailing runes contained in cutset.
func Trim(s, cutset string) string {
	return TrimRight(TrimLeft(s, cutset), cutset)
}

// TrimPrefix returns s without the leading prefix, if it is there.
func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// TrimSuffix returns s without the trailing suffix, if it is there.
func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[:len(s)-len(suffix)]
	}
	return s
}
