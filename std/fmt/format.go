package fmt

import (
	"strconv"
	"unicode/utf8"
)

// The formatting of single operands once the verb and the flags are known:
// padding, integers in every base, floats, strings, quoting.

const (
	ldigits = "0123456789abcdefx"
	udigits = "0123456789ABCDEFX"
)

// flags holds the flags, width and precision of the verb being formatted.
type flags struct {
	plus, minus, sharp, space, zero bool
	// plusV and sharpV record %+v and %#v; plus and sharp are cleared then.
	plusV, sharpV           bool
	wid, prec               int
	widPresent, precPresent bool
}

func (p *pp) clearFlags() {
	p.f = flags{}
}

// writePadding appends n bytes of padding (zeros with the 0 flag).
func (p *pp) writePadding(n int) {
	if n <= 0 {
		return
	}
	c := byte(' ')
	if p.f.zero {
		c = '0'
	}
	for i := 0; i < n; i++ {
		p.buf = append(p.buf, c)
	}
}

// pad appends b, padded to the width (counted in runes) on the left, or on
// the right with the - flag.
func (p *pp) pad(b []byte) {
	if !p.f.widPresent || p.f.wid == 0 {
		p.buf = append(p.buf, b...)
		return
	}
	n := p.f.wid - utf8.RuneCount(b)
	if !p.f.minus {
		p.writePadding(n)
		p.buf = append(p.buf, b...)
	} else {
		p.buf = append(p.buf, b...)
		p.writePadding(n)
	}
}

// padString is pad for a string.
func (p *pp) padString(s string) {
	if !p.f.widPresent || p.f.wid == 0 {
		p.buf = append(p.buf, s...)
		return
	}
	n := p.f.wid - utf8.RuneCountInString(s)
	if !p.f.minus {
		p.writePadding(n)
		p.buf = append(p.buf, s...)
	} else {
		p.buf = append(p.buf, s...)
		p.writePadding(n)
	}
}

// padNoZero pads with spaces even under the 0 flag.
func (p *pp) padNoZero(b []byte) {
	z := p.f.zero
	p.f.zero = false
	p.pad(b)
	p.f.zero = z
}

func (p *pp) fmtBoolean(v bool) {
	if v {
		p.padString("true")
	} else {
		p.padString("false")
	}
}

// fmtUnicode formats u as "U+0078", or "U+0078 'x'" with the # flag when
// the rune is printable.
func (p *pp) fmtUnicode(u uint64) {
	prec := 4
	if p.f.precPresent && p.f.prec > 4 {
		prec = p.f.prec
	}
	var rev []byte
	v := u
	for v >= 16 {
		rev = append(rev, udigits[v&0xF])
		prec--
		v >>= 4
	}
	rev = append(rev, udigits[v])
	prec--
	for prec > 0 {
		rev = append(rev, '0')
		prec--
	}
	b := []byte("U+")
	for i := len(rev) - 1; i >= 0; i-- {
		b = append(b, rev[i])
	}
	if p.f.sharp && u <= utf8.MaxRune && strconv.IsPrint(rune(u)) {
		b = append(b, ' ', '\'')
		b = utf8.AppendRune(b, rune(u))
		b = append(b, '\'')
	}
	p.padNoZero(b)
}

// fmtInt formats u in base (2, 8, 10 or 16) with the current flags; signed
// says u holds an int64.
func (p *pp) fmtInt(u uint64, base int, signed bool, verb rune, digits string) {
	negative := signed && int64(u) < 0
	if negative {
		u = -u
	}
	prec := 0
	if p.f.precPresent {
		prec = p.f.prec
		// %.0d of 0 prints nothing but the padding.
		if prec == 0 && u == 0 {
			z := p.f.zero
			p.f.zero = false
			p.writePadding(p.f.wid)
			p.f.zero = z
			return
		}
	} else if p.f.zero && p.f.widPresent {
		prec = p.f.wid
		if negative || p.f.plus || p.f.space {
			prec-- // leave room for the sign
		}
	}
	// Digits are produced backwards into rev.
	var rev []byte
	b := uint64(base)
	for u >= b {
		rev = append(rev, digits[u%b])
		u /= b
	}
	rev = append(rev, digits[u])
	for len(rev) < prec {
		rev = append(rev, '0')
	}
	if p.f.sharp {
		switch base {
		case 2:
			rev = append(rev, 'b', '0')
		case 8:
			if rev[len(rev)-1] != '0' {
				rev = append(rev, '0')
			}
		case 16:
			rev = append(rev, digits[16], '0')
		}
	}
	if verb == 'O' {
		rev = append(rev, 'o', '0')
	}
	if negative {
		rev = append(rev, '-')
	} else if p.f.plus {
		rev = append(rev, '+')
	} else if p.f.space {
		rev = append(rev, ' ')
	}
	out := make([]byte, len(rev))
	for i := range rev {
		out[i] = rev[len(rev)-1-i]
	}
	p.padNoZero(out)
}

// truncate cuts s to the precision, counted in runes.
func (p *pp) truncateString(s string) string {
	if p.f.precPresent {
		n := p.f.prec
		for i := range s {
			n--
			if n < 0 {
				return s[:i]
			}
		}
	}
	return s
}

func (p *pp) fmtS(s string) {
	p.padString(p.truncateString(s))
}

// fmtSbx formats a string or byte slice (b non-nil) as hexadecimal.
func (p *pp) fmtSbx(s string, b []byte, digits string) {
	length := len(b)
	if b == nil {
		length = len(s)
	}
	if p.f.precPresent && p.f.prec < length {
		length = p.f.prec
	}
	width := 2 * length
	if width > 0 {
		if p.f.space {
			if p.f.sharp {
				width *= 2
			}
			width += length - 1
		} else if p.f.sharp {
			width += 2
		}
	} else {
		if p.f.widPresent {
			p.writePadding(p.f.wid)
		}
		return
	}
	if p.f.widPresent && p.f.wid > width && !p.f.minus {
		p.writePadding(p.f.wid - width)
	}
	if p.f.sharp {
		p.buf = append(p.buf, '0', digits[16])
	}
	for i := 0; i < length; i++ {
		if p.f.space && i > 0 {
			p.buf = append(p.buf, ' ')
			if p.f.sharp {
				p.buf = append(p.buf, '0', digits[16])
			}
		}
		var c byte
		if b != nil {
			c = b[i]
		} else {
			c = s[i]
		}
		p.buf = append(p.buf, digits[c>>4], digits[c&0xF])
	}
	if p.f.widPresent && p.f.wid > width && p.f.minus {
		p.writePadding(p.f.wid - width)
	}
}

// fmtQ formats a double-quoted (or, with #, backquoted) string.
func (p *pp) fmtQ(s string) {
	s = p.truncateString(s)
	if p.f.sharp && strconv.CanBackquote(s) {
		p.padString("`" + s + "`")
		return
	}
	if p.f.plus {
		p.pad(strconv.AppendQuoteToASCII(nil, s))
	} else {
		p.pad(strconv.AppendQuote(nil, s))
	}
}

// fmtC formats an integer as the character it encodes.
func (p *pp) fmtC(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	p.pad(utf8.AppendRune(nil, r))
}

// fmtQc formats an integer as a single-quoted character literal.
func (p *pp) fmtQc(c uint64) {
	r := rune(c)
	if c > utf8.MaxRune {
		r = utf8.RuneError
	}
	if p.f.plus {
		p.pad(strconv.AppendQuoteRuneToASCII(nil, r))
	} else {
		p.pad(strconv.AppendQuoteRune(nil, r))
	}
}

// fmtFloatPrec formats v (of the given bit size) with strconv's verb and
// precision (-1: shortest), then applies the flags.
func (p *pp) fmtFloatPrec(v float64, size int, verb rune, prec int) {
	if p.f.precPresent {
		prec = p.f.prec
	}
	num := strconv.AppendFloat([]byte{0}, v, byte(verb), prec, size)
	if num[1] == '-' || num[1] == '+' {
		num = num[1:]
	} else {
		num[0] = '+'
	}
	if p.f.space && num[0] == '+' && !p.f.plus {
		num[0] = ' '
	}
	// Infinities and NaN are padded with spaces, never zeros.
	if num[1] == 'I' || num[1] == 'N' {
		if num[1] == 'N' && !p.f.space && !p.f.plus {
			num = num[1:]
		}
		p.padNoZero(num)
		return
	}
	if p.f.sharp && verb != 'b' {
		digits := 0
		switch verb {
		case 'v', 'g', 'G', 'x':
			digits = prec
			if digits == -1 {
				digits = 6
			}
		}
		var tail []byte
		hasPoint := false
		sawNonzero := false
		for i := 1; i < len(num); i++ {
			c := num[i]
			if c == '.' {
				hasPoint = true
				continue
			}
			if c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
				tail = append(tail, num[i:]...)
				num = num[:i]
				break
			}
			if c != '0' {
				sawNonzero = true
			}
			if sawNonzero {
				digits--
			}
		}
		if !hasPoint {
			if len(num) == 2 && num[1] == '0' {
				digits--
			}
			num = append(num, '.')
		}
		for digits > 0 {
			num = append(num, '0')
			digits--
		}
		num = append(num, tail...)
	}
	if p.f.plus || num[0] != '+' {
		// Zero padding goes after the sign.
		if p.f.zero && p.f.widPresent && p.f.wid > len(num) {
			p.buf = append(p.buf, num[0])
			p.writePadding(p.f.wid - len(num))
			p.buf = append(p.buf, num[1:]...)
			return
		}
		p.pad(num)
		return
	}
	p.pad(num[1:])
}
