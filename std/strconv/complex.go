package strconv

// FormatComplex converts c to a string of the form (a+bi), formatting a
// and b with FormatFloat(·, fmt, prec, bitSize/2). bitSize must be 64
// (complex64) or 128 (complex128).
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize /= 2
	im := FormatFloat(imag(c), fmt, prec, bitSize)
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// complexError retargets a ParseFloat error to ParseComplex of s and
// splits it into a syntax error (fatal) or a range error (reported after
// the value is built).
func complexError(err error, s string) (fatal, rangeErr error) {
	if ne, ok := err.(*NumError); ok {
		ne.Func = "ParseComplex"
		ne.Num = s
		if ne.Err == ErrRange {
			return nil, ne
		}
	}
	return err, nil
}

// ParseComplex converts s, of the form N, Ni or N±Ni (optionally in
// parentheses, without spaces; each N a ParseFloat number), to a complex
// number whose parts have bitSize/2 bits (64: complex64, else 128).
// Errors are *NumError with Num = s; a part out of range gives ±Inf for
// it and err.Err = ErrRange.
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error
	re, n, err := parseFloatPrefix(s, size)
	if err != nil {
		var fatal error
		fatal, pending = complexError(err, orig)
		if fatal != nil {
			return 0, fatal
		}
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		// skip the sign before an unsigned part (as in "+NaNi"), but
		// leave "++" to fail
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, syntaxError("ParseComplex", orig)
	default:
		return 0, syntaxError("ParseComplex", orig)
	}
	im, n, err := parseFloatPrefix(s, size)
	if err != nil {
		var fatal error
		fatal, pending = complexError(err, orig)
		if fatal != nil {
			return 0, fatal
		}
	}
	if s[n:] != "i" {
		return 0, syntaxError("ParseComplex", orig)
	}
	return complex(re, im), pending
}
