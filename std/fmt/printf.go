package fmt

import (
	"internal/rtype"
	"unicode/utf8"
)

// Parsing of Printf format strings: flags, width, precision, explicit
// argument indexes, and the error notes for missing, extra and bad operands.

// tooLarge reports whether a width or precision is too large to believe.
func tooLarge(x int) bool {
	return x > 1000000 || x < -1000000
}

// parsenum parses a decimal number in s[start:end]: the number, whether
// there was one, and the index after it.
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if tooLarge(num) {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

// intFromArg takes a[argNum] as a * width or precision.
func intFromArg(a []interface{}, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum < len(a) {
		num, isInt = a[argNum].(int)
		if !isInt {
			v := a[argNum]
			switch rtype.Kind(rtype.TypeOf(v)) {
			case rtype.Int, rtype.Int8, rtype.Int16, rtype.Int32, rtype.Int64:
				n := rtype.IntOf(v)
				if int64(int(n)) == n {
					num = int(n)
					isInt = true
				}
			case rtype.Uint, rtype.Uint8, rtype.Uint16, rtype.Uint32, rtype.Uint64, rtype.Uintptr:
				n := rtype.UintOf(v)
				if int64(n) >= 0 && uint64(int(n)) == n {
					num = int(n)
					isInt = true
				}
			}
		}
		newArgNum = argNum + 1
		if tooLarge(num) {
			num = 0
			isInt = false
		}
	}
	return
}

// parseArgNumber parses "[n]" at the start of format: the zero-based
// index, the bytes consumed, and whether it was well formed.
func parseArgNumber(format string) (index int, wid int, ok bool) {
	if len(format) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			width, ok, newi := parsenum(format, 1, i)
			if !ok || newi != i {
				return 0, i + 1, false
			}
			return width - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// argNumber handles an optional "[n]" at format[i].
func (p *pp) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *pp) badArgNum(verb rune) {
	p.buf = append(p.buf, "%!"...)
	p.buf = appendRune(p.buf, verb)
	p.buf = append(p.buf, "(BADINDEX)"...)
}

func (p *pp) missingArg(verb rune) {
	p.buf = append(p.buf, "%!"...)
	p.buf = appendRune(p.buf, verb)
	p.buf = append(p.buf, "(MISSING)"...)
}

func (p *pp) doPrintf(format string, a []interface{}) {
	end := len(format)
	argNum := 0
	afterIndex := false
	p.reordered = false
formatLoop:
	for i := 0; i < end; {
		p.goodArgNum = true
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.buf = append(p.buf, format[lasti:i]...)
		}
		if i >= end {
			break
		}
		i++ // the '%'
		p.clearFlags()
	simpleFormat:
		for ; i < end; i++ {
			c := format[i]
			switch c {
			case '#':
				p.f.sharp = true
			case '0':
				p.f.zero = !p.f.minus // zero padding only on the left
			case '+':
				p.f.plus = true
			case '-':
				p.f.minus = true
				p.f.zero = false
			case ' ':
				p.f.space = true
			default:
				// The common case: a lower-case verb with no width,
				// precision or index.
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					if c == 'v' {
						p.f.sharpV = p.f.sharp
						p.f.sharp = false
						p.f.plusV = p.f.plus
						p.f.plus = false
					}
					p.printArg(a[argNum], rune(c))
					argNum++
					i++
					continue formatLoop
				}
				break simpleFormat
			}
		}

		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))

		// Width: a number or '*'.
		if i < end && format[i] == '*' {
			i++
			p.f.wid, p.f.widPresent, argNum = intFromArg(a, argNum)
			if !p.f.widPresent {
				p.buf = append(p.buf, "%!(BADWIDTH)"...)
			}
			if p.f.wid < 0 {
				p.f.wid = -p.f.wid
				p.f.minus = true
				p.f.zero = false
			}
			afterIndex = false
		} else {
			p.f.wid, p.f.widPresent, i = parsenum(format, i, end)
			if afterIndex && p.f.widPresent {
				p.goodArgNum = false // "%[3]2d"
			}
		}

		// Precision: '.' then a number or '*'.
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex {
				p.goodArgNum = false // "%[3].2d"
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.f.prec, p.f.precPresent, argNum = intFromArg(a, argNum)
				if p.f.prec < 0 {
					p.f.prec = 0
					p.f.precPresent = false
				}
				if !p.f.precPresent {
					p.buf = append(p.buf, "%!(BADPREC)"...)
				}
				afterIndex = false
			} else {
				p.f.prec, p.f.precPresent, i = parsenum(format, i, end)
				if !p.f.precPresent {
					p.f.prec = 0
					p.f.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf = append(p.buf, "%!(NOVERB)"...)
			break
		}

		verb, size := rune(format[i]), 1
		if verb >= utf8.RuneSelf {
			verb, size = utf8.DecodeRuneInString(format[i:])
		}
		i += size

		switch {
		case verb == '%':
			p.buf = append(p.buf, '%')
		case !p.goodArgNum:
			p.badArgNum(verb)
		case argNum >= len(a):
			p.missingArg(verb)
		case verb == 'v':
			p.f.sharpV = p.f.sharp
			p.f.sharp = false
			p.f.plusV = p.f.plus
			p.f.plus = false
			p.printArg(a[argNum], verb)
			argNum++
		default:
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Operands left over: %!(EXTRA type=value, ...).
	if !p.reordered && argNum < len(a) {
		p.clearFlags()
		p.buf = append(p.buf, "%!(EXTRA "...)
		for i, arg := range a[argNum:] {
			if i > 0 {
				p.buf = append(p.buf, ", "...)
			}
			if arg == nil {
				p.buf = append(p.buf, "<nil>"...)
			} else {
				p.buf = append(p.buf, typeString(arg)...)
				p.buf = append(p.buf, '=')
				p.printArg(arg, 'v')
			}
		}
		p.buf = append(p.buf, ')')
	}
}
