package strconv

import "unicode/utf8"

const hexLower = "0123456789abcdef"

// Escaping modes for appendQuoted.
const (
	keepPrintable = iota // leave IsPrint runes as they are
	keepASCII            // escape everything outside printable ASCII
	keepGraphic          // leave IsGraphic runes as they are
)

// appendQuoted appends s quoted with the quote character q.
func appendQuoted(dst []byte, s string, q byte, mode int) []byte {
	dst = append(dst, q)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = appendEscaped(dst, rune(c), q, mode)
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if w == 1 && r == utf8.RuneError {
			// a byte that is not valid UTF-8: show it in hex
			dst = append(dst, '\\', 'x', hexLower[c>>4], hexLower[c&0xF])
			i++
			continue
		}
		dst = appendEscaped(dst, r, q, mode)
		i += w
	}
	return append(dst, q)
}

func appendQuotedRune(dst []byte, r rune, mode int) []byte {
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	dst = append(dst, '\'')
	dst = appendEscaped(dst, r, '\'', mode)
	return append(dst, '\'')
}

// appendEscaped appends r as it appears inside a literal quoted with q.
func appendEscaped(dst []byte, r rune, q byte, mode int) []byte {
	if r == rune(q) || r == '\\' {
		return append(dst, '\\', byte(r))
	}
	switch mode {
	case keepASCII:
		if r < utf8.RuneSelf && IsPrint(r) {
			return append(dst, byte(r))
		}
	case keepGraphic:
		if IsGraphic(r) {
			return utf8.AppendRune(dst, r)
		}
	default:
		if IsPrint(r) {
			return utf8.AppendRune(dst, r)
		}
	}
	switch r {
	case '\a':
		return append(dst, '\\', 'a')
	case '\b':
		return append(dst, '\\', 'b')
	case '\f':
		return append(dst, '\\', 'f')
	case '\n':
		return append(dst, '\\', 'n')
	case '\r':
		return append(dst, '\\', 'r')
	case '\t':
		return append(dst, '\\', 't')
	case '\v':
		return append(dst, '\\', 'v')
	}
	if r < ' ' || r == 0x7F {
		return append(dst, '\\', 'x', hexLower[r>>4], hexLower[r&0xF])
	}
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	if r < 0x10000 {
		dst = append(dst, '\\', 'u')
		for shift := 12; shift >= 0; shift -= 4 {
			dst = append(dst, hexLower[(r>>uint(shift))&0xF])
		}
		return dst
	}
	dst = append(dst, '\\', 'U')
	for shift := 28; shift >= 0; shift -= 4 {
		dst = append(dst, hexLower[(r>>uint(shift))&0xF])
	}
	return dst
}

// Quote returns s as a double-quoted Go string literal, escaping control
// characters, runes that are not printable per IsPrint, and bytes that
// are not valid UTF-8 (\t, \n, \xFF, \u0100, ...).
func Quote(s string) string {
	return string(appendQuoted(make([]byte, 0, len(s)+2), s, '"', keepPrintable))
}

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', keepPrintable)
}

// QuoteToASCII is like Quote but also escapes every non-ASCII rune.
func QuoteToASCII(s string) string {
	return string(appendQuoted(make([]byte, 0, len(s)+2), s, '"', keepASCII))
}

// AppendQuoteToASCII appends QuoteToASCII(s) to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', keepASCII)
}

// QuoteToGraphic is like Quote but leaves every IsGraphic rune (which
// includes Unicode spaces) unescaped.
func QuoteToGraphic(s string) string {
	return string(appendQuoted(make([]byte, 0, len(s)+2), s, '"', keepGraphic))
}

// AppendQuoteToGraphic appends QuoteToGraphic(s) to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return appendQuoted(dst, s, '"', keepGraphic)
}

// QuoteRune returns r as a single-quoted Go character literal; an invalid
// rune is shown as U+FFFD.
func QuoteRune(r rune) string {
	return string(appendQuotedRune(make([]byte, 0, 12), r, keepPrintable))
}

// AppendQuoteRune appends QuoteRune(r) to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, keepPrintable)
}

// QuoteRuneToASCII is like QuoteRune but escapes any non-ASCII rune.
func QuoteRuneToASCII(r rune) string {
	return string(appendQuotedRune(make([]byte, 0, 12), r, keepASCII))
}

// AppendQuoteRuneToASCII appends QuoteRuneToASCII(r) to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, keepASCII)
}

// QuoteRuneToGraphic is like QuoteRune but leaves IsGraphic runes as is.
func QuoteRuneToGraphic(r rune) string {
	return string(appendQuotedRune(make([]byte, 0, 12), r, keepGraphic))
}

// AppendQuoteRuneToGraphic appends QuoteRuneToGraphic(r) to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return appendQuotedRune(dst, r, keepGraphic)
}

// CanBackquote reports whether s could be written unchanged as a
// single-line raw string literal: valid UTF-8 without a byte order mark,
// without control characters other than tab, and without backquotes.
func CanBackquote(s string) bool {
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		i += w
		if w > 1 {
			if r == 0xFEFF {
				return false
			}
			continue
		}
		if r == utf8.RuneError || r < ' ' && r != '\t' || r == '`' || r == 0x7F {
			return false
		}
	}
	return true
}

func hexValue(c byte) (rune, bool) {
	switch {
	case c >= '0' && c <= '9':
		return rune(c - '0'), true
	case c >= 'a' && c <= 'f':
		return rune(c-'a') + 10, true
	case c >= 'A' && c <= 'F':
		return rune(c-'A') + 10, true
	}
	return 0, false
}

// UnquoteChar decodes the first character (or escape sequence) of the
// body of a literal quoted with quote, returning its value, whether it
// stands for a rune that needs a multi-byte UTF-8 encoding, and the rest
// of s. quote may be a single or a double quote character (that quote
// must then be escaped, and its escape is allowed) or 0 (neither quote
// escape allowed, both quotes allowed bare).
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	c := s[0]
	if c == quote && (quote == '\'' || quote == '"') {
		return 0, false, "", ErrSyntax
	}
	if c >= utf8.RuneSelf {
		r, w := utf8.DecodeRuneInString(s)
		return r, true, s[w:], nil
	}
	if c != '\\' {
		return rune(c), false, s[1:], nil
	}
	if len(s) < 2 {
		return 0, false, "", ErrSyntax
	}
	esc := s[1]
	rest := s[2:]
	switch esc {
	case 'a':
		return '\a', false, rest, nil
	case 'b':
		return '\b', false, rest, nil
	case 'f':
		return '\f', false, rest, nil
	case 'n':
		return '\n', false, rest, nil
	case 'r':
		return '\r', false, rest, nil
	case 't':
		return '\t', false, rest, nil
	case 'v':
		return '\v', false, rest, nil
	case '\\':
		return '\\', false, rest, nil
	case '\'', '"':
		if esc != quote {
			return 0, false, "", ErrSyntax
		}
		return rune(esc), false, rest, nil
	case 'x', 'u', 'U':
		n := 2
		if esc == 'u' {
			n = 4
		} else if esc == 'U' {
			n = 8
		}
		if len(rest) < n {
			return 0, false, "", ErrSyntax
		}
		var v rune
		for j := 0; j < n; j++ {
			h, ok := hexValue(rest[j])
			if !ok {
				return 0, false, "", ErrSyntax
			}
			v = v<<4 | h
		}
		rest = rest[n:]
		if esc == 'x' {
			return v, false, rest, nil // a single byte, maybe not UTF-8
		}
		if !utf8.ValidRune(v) {
			return 0, false, "", ErrSyntax
		}
		return v, true, rest, nil
	case '0', '1', '2', '3', '4', '5', '6', '7':
		if len(rest) < 2 {
			return 0, false, "", ErrSyntax
		}
		v := rune(esc - '0')
		for j := 0; j < 2; j++ {
			d := rest[j]
			if d < '0' || d > '7' {
				return 0, false, "", ErrSyntax
			}
			v = v<<3 | rune(d-'0')
		}
		if v > 0xFF {
			return 0, false, "", ErrSyntax
		}
		return v, false, rest[2:], nil
	}
	return 0, false, "", ErrSyntax
}

// Unquote interprets s as a single-quoted, double-quoted or backquoted Go
// literal and returns the string it denotes (for a character literal, the
// one-character string).
func Unquote(s string) (string, error) {
	out, rest, err := unquotePrefix(s, true)
	if len(rest) > 0 {
		return "", ErrSyntax
	}
	return out, err
}

// QuotedPrefix returns the quoted literal (as Unquote understands it) at
// the start of s, quotes included.
func QuotedPrefix(s string) (string, error) {
	out, _, err := unquotePrefix(s, false)
	return out, err
}

func indexByteStr(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// unquotePrefix reads the literal at the start of in and returns its value
// (or, with decode false, its source text) and what follows it.
func unquotePrefix(in string, decode bool) (out, rest string, err error) {
	if len(in) < 2 {
		return "", in, ErrSyntax
	}
	q := in[0]
	// Where the literal would end if the body has no escaped quotes.
	end := indexByteStr(in[1:], q)
	if end < 0 {
		return "", in, ErrSyntax
	}
	end += 2
	switch q {
	case '`':
		if !decode {
			return in[:end], in[end:], nil
		}
		body := in[1 : end-1]
		if indexByteStr(body, '\r') < 0 {
			return body, in[end:], nil
		}
		// carriage returns are dropped from raw literals
		buf := make([]byte, 0, len(body))
		for i := 0; i < len(body); i++ {
			if body[i] != '\r' {
				buf = append(buf, body[i])
			}
		}
		return string(buf), in[end:], nil
	case '"', '\'':
	default:
		return "", in, ErrSyntax
	}

	// Fast path: a body without escapes or newlines that is valid as is.
	body := in[1 : end-1]
	if indexByteStr(body, '\\') < 0 && indexByteStr(body, '\n') < 0 {
		plain := false
		if q == '"' {
			plain = utf8.ValidString(body)
		} else {
			r, w := utf8.DecodeRuneInString(body)
			plain = w == len(body) && (r != utf8.RuneError || w != 1)
		}
		if plain {
			if decode {
				return body, in[end:], nil
			}
			return in[:end], in[end:], nil
		}
	}

	// General path, one character or escape at a time.
	var buf []byte
	if decode {
		buf = make([]byte, 0, len(in))
	}
	s := in[1:]
	for len(s) > 0 && s[0] != q {
		if s[0] == '\n' {
			return "", in, ErrSyntax
		}
		v, multi, tail, cerr := UnquoteChar(s, q)
		if cerr != nil {
			return "", in, ErrSyntax
		}
		s = tail
		if decode {
			if multi {
				buf = utf8.AppendRune(buf, v)
			} else {
				buf = append(buf, byte(v))
			}
		}
		if q == '\'' {
			break // a character literal holds exactly one character
		}
	}
	if len(s) == 0 || s[0] != q {
		return "", in, ErrSyntax
	}
	s = s[1:]
	if decode {
		return string(buf), s, nil
	}
	return in[:len(in)-len(s)], s, nil
}

// IsPrint reports whether r is printable as Go defines it (the same as
// unicode.IsPrint): a letter, mark, number, punctuation, symbol, or the
// ASCII space.
func IsPrint(r rune) bool {
	if r < 0x100 {
		// Latin-1 directly: space through '~', and '¡' through 'ÿ'
		// except the soft hyphen.
		return r >= 0x20 && r <= 0x7E || r >= 0xA1 && r != 0xAD
	}
	if r < 0x10000 {
		return inRanges16(printRanges16, uint16(r))
	}
	if r > utf8.MaxRune {
		return false
	}
	return inRanges32(printRanges32, uint32(r))
}

// IsGraphic reports whether r is a Unicode graphic character: IsPrint's
// runes plus the other spaces (category Zs).
func IsGraphic(r rune) bool {
	if IsPrint(r) {
		return true
	}
	if r < 0 || r > 0xFFFF {
		return false
	}
	for _, g := range graphicOnly {
		if rune(g) == r {
			return true
		}
	}
	return false
}

// inRanges16 reports whether x lies in one of the inclusive [lo, hi]
// pairs of the sorted table t.
func inRanges16(t []uint16, x uint16) bool {
	lo, hi := 0, len(t)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t[2*m+1] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(t)/2 && t[2*lo] <= x
}

func inRanges32(t []uint32, x uint32) bool {
	lo, hi := 0, len(t)/2
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t[2*m+1] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(t)/2 && t[2*lo] <= x
}
