package strconv

import "errors"

// IntSize is the size in bits of an int or uint value.
const IntSize = 32 << (^uint(0) >> 63)

// ErrRange indicates that a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax indicates that a value does not have the right syntax for the
// target type.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, ParseComplex)
	Num  string // the input
	Err  error  // the reason the conversion failed (e.g. ErrRange, ErrSyntax, etc.)
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

func syntaxError(fn, str string) *NumError {
	return &NumError{Func: fn, Num: str, Err: ErrSyntax}
}

func rangeError(fn, str string) *NumError {
	return &NumError{Func: fn, Num: str, Err: ErrRange}
}

func baseError(fn, str string, base int) *NumError {
	return &NumError{Func: fn, Num: str, Err: errors.New("invalid base " + Itoa(base))}
}

func bitSizeError(fn, str string, bitSize int) *NumError {
	return &NumError{Func: fn, Num: str, Err: errors.New("invalid bit size " + Itoa(bitSize))}
}

func lowerASCII(c byte) byte {
	return c | ('x' - 'X')
}

// digitValue returns the value of c as a digit in bases up to 36, or 36
// if c is not a digit or letter.
func digitValue(c byte) uint64 {
	switch {
	case c >= '0' && c <= '9':
		return uint64(c - '0')
	case lowerASCII(c) >= 'a' && lowerASCII(c) <= 'z':
		return uint64(lowerASCII(c)-'a') + 10
	}
	return 36
}

// ParseUint is like ParseInt but for unsigned numbers; a sign prefix is
// not allowed.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	const fn = "ParseUint"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	orig := s
	prefixed := base == 0
	if base == 0 {
		base = 10
		if s[0] == '0' {
			if len(s) >= 3 && lowerASCII(s[1]) == 'b' {
				base, s = 2, s[2:]
			} else if len(s) >= 3 && lowerASCII(s[1]) == 'o' {
				base, s = 8, s[2:]
			} else if len(s) >= 3 && lowerASCII(s[1]) == 'x' {
				base, s = 16, s[2:]
			} else {
				base, s = 8, s[1:]
			}
		}
	} else if base < 2 || base > 36 {
		return 0, baseError(fn, orig, base)
	}
	if bitSize == 0 {
		bitSize = IntSize
	} else if bitSize < 0 || bitSize > 64 {
		return 0, bitSizeError(fn, orig, bitSize)
	}

	limit := uint64(1)<<uint(bitSize) - 1 // largest allowed value
	if bitSize == 64 {
		limit = ^uint64(0)
	}
	// n*base overflows uint64 exactly when n > mulLimit
	mulLimit := ^uint64(0) / uint64(base)
	var n uint64
	sawUnderscore := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' && prefixed {
			sawUnderscore = true
			continue
		}
		d := digitValue(c)
		if d >= uint64(base) {
			return 0, syntaxError(fn, orig)
		}
		if n > mulLimit {
			return limit, rangeError(fn, orig)
		}
		n *= uint64(base)
		next := n + d
		if next < n || next > limit {
			return limit, rangeError(fn, orig)
		}
		n = next
	}
	if sawUnderscore && !underscoresOK(orig) {
		return 0, syntaxError(fn, orig)
	}
	return n, nil
}

// ParseInt interprets s in the given base (0 or 2 to 36) and bit size (0
// for int, else 8 to 64 meaning int8..int64) and returns the value. With
// base 0 the base comes from the prefix: 0b, 0o or 0 (octal), 0x, else
// decimal; underscores may then separate digits as in Go literals.
// Errors are *NumError; out-of-range values are clamped to the limit of
// the type, with err.Err = ErrRange.
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	const fn = "ParseInt"
	if s == "" {
		return 0, syntaxError(fn, s)
	}
	orig := s
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	u, uerr := ParseUint(s, base, bitSize)
	if uerr != nil {
		ne := uerr.(*NumError)
		if ne.Err != ErrRange {
			ne.Func = fn
			ne.Num = orig
			return 0, ne
		}
	}
	if bitSize == 0 {
		bitSize = IntSize
	}
	bound := uint64(1) << uint(bitSize-1)
	if !neg && u >= bound {
		return int64(bound - 1), rangeError(fn, orig)
	}
	if neg && u > bound {
		return -int64(bound), rangeError(fn, orig)
	}
	v := int64(u)
	if neg {
		v = -v
	}
	return v, nil
}

// Atoi is ParseInt(s, 10, 0) converted to int, reporting errors as Atoi.
func Atoi(s string) (int, error) {
	v, err := ParseInt(s, 10, 0)
	if err != nil {
		ne := err.(*NumError)
		ne.Func = "Atoi"
		return int(v), ne
	}
	return int(v), nil
}

// underscoresOK checks Go's digit-separator rule on a number literal
// (with optional sign and base prefix): every underscore must sit between
// two digits, where a base prefix counts as a digit on its right side.
func underscoresOK(s string) bool {
	if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
		s = s[1:]
	}
	prevDigit := false // previous character was a digit or the base prefix
	prevUnderscore := false
	hex := false
	i := 0
	if len(s) >= 2 && s[0] == '0' {
		switch lowerASCII(s[1]) {
		case 'b', 'o', 'x':
			hex = lowerASCII(s[1]) == 'x'
			i = 2
			prevDigit = true
		}
	}
	for ; i < len(s); i++ {
		c := s[i]
		isDigit := c >= '0' && c <= '9' || hex && lowerASCII(c) >= 'a' && lowerASCII(c) <= 'f'
		switch {
		case isDigit:
			prevDigit, prevUnderscore = true, false
		case c == '_':
			if !prevDigit {
				return false
			}
			prevDigit, prevUnderscore = false, true
		default:
			if prevUnderscore {
				return false
			}
			prevDigit, prevUnderscore = false, false
		}
	}
	return !prevUnderscore
}
