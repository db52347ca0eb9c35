package stdcheck

import (
	"math"
	"math/big"
	"math/rand"
	"strconv"
	"testing"

	gs "goshimstd/strconv"
)

// errText renders an error for comparison (nil as "<nil>").
func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// randFloat64 returns floats spread over every exponent, with a share of
// simple decimals, integers and boundary values.
func randFloat64(r *rand.Rand) float64 {
	switch r.Intn(8) {
	case 0:
		return float64(r.Int63n(1000000)) / math.Pow(10, float64(r.Intn(12)))
	case 1:
		return float64(r.Int63n(1 << uint(r.Intn(63))))
	case 2:
		// powers of two and their neighbours
		f := math.Ldexp(1, r.Intn(2098)-1074)
		switch r.Intn(3) {
		case 0:
			f = math.Nextafter(f, 0)
		case 1:
			f = math.Nextafter(f, math.Inf(1))
		}
		return f
	case 3:
		// subnormals
		return math.Float64frombits(uint64(r.Int63n(1 << 52)))
	}
	for {
		f := math.Float64frombits(r.Uint64())
		if !math.IsNaN(f) && !math.IsInf(f, 0) {
			return f
		}
	}
}

func randFloat32(r *rand.Rand) float32 {
	switch r.Intn(5) {
	case 0:
		return float32(r.Int63n(1000000)) / float32(math.Pow(10, float64(r.Intn(8))))
	case 1:
		return math.Float32frombits(uint32(r.Int63n(1 << 23)))
	}
	for {
		f := math.Float32frombits(r.Uint32())
		if !math.IsNaN(float64(f)) && !math.IsInf(float64(f), 0) {
			return f
		}
	}
}

var specialFloats = []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 0.5, 1.5, 2.5, 100, 1e6, 1e21, 1e22, 1e23,
	123456789, 1234567, 0.0001, 0.00001, 5e-324, math.MaxFloat64, -math.MaxFloat64,
	math.SmallestNonzeroFloat64, 2.2250738585072014e-308, 2.225073858507201e-308,
	math.Inf(1), math.Inf(-1), math.NaN(), 1 << 53, 1<<53 + 2, 9007199254740993, 0.3, 2.0 / 3,
	float64(math.MaxFloat32), float64(math.SmallestNonzeroFloat32), 1e-7, 123.456, 99.99, 9.5, 0.05, 0.005, 0.015,
	999999.5, 9999999, 1e15, 1e16, 1e17, 5e-5, 4.35, 1e100, 1.7976931348623157e308}

var floatFormats = []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X', 'v', 'z'}

func checkFormat(t *testing.T, f float64, fm byte, prec, bitSize int) bool {
	want := strconv.FormatFloat(f, fm, prec, bitSize)
	got := gs.FormatFloat(f, fm, prec, bitSize)
	if got != want {
		t.Errorf("FormatFloat(%b (%v), %q, %d, %d) = %q, want %q", math.Float64bits(f), f, fm, prec, bitSize, got, want)
		return false
	}
	return true
}

func TestFormatFloatSpecial(t *testing.T) {
	n := 0
	for _, f := range specialFloats {
		for _, fm := range floatFormats {
			for prec := -1; prec <= 25; prec++ {
				checkFormat(t, f, fm, prec, 64)
				checkFormat(t, f, fm, prec, 32)
				n += 2
			}
			checkFormat(t, f, fm, 60, 64)
			checkFormat(t, f, fm, 400, 64)
			checkFormat(t, f, fm, 1100, 64)
			n += 3
		}
	}
	t.Logf("%d special FormatFloat cases", n)
}

func TestFormatFloatRandom(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	n, bad := 0, 0
	for i := 0; i < 60000 && bad < 20; i++ {
		f := randFloat64(r)
		// shortest form in every format
		for _, fm := range fmts {
			if !checkFormat(t, f, fm, -1, 64) {
				bad++
			}
			n++
		}
		// explicit precisions
		for j := 0; j < 3; j++ {
			fm := fmts[r.Intn(len(fmts))]
			prec := r.Intn(20)
			if r.Intn(10) == 0 {
				prec = r.Intn(60)
			}
			if fm == 'f' && math.Abs(f) > 1e30 && r.Intn(4) != 0 {
				fm = 'e'
			}
			if !checkFormat(t, f, fm, prec, 64) {
				bad++
			}
			n++
		}
		g := float64(randFloat32(r))
		for _, fm := range fmts {
			if !checkFormat(t, g, fm, -1, 32) {
				bad++
			}
			n++
		}
		if !checkFormat(t, g, fmts[r.Intn(len(fmts))], r.Intn(15), 32) {
			bad++
		}
		n++
		// a float64 that is not a float32, formatted as float32 (it is rounded first)
		if !checkFormat(t, f, 'g', -1, 32) {
			bad++
		}
		n++
	}
	t.Logf("%d random FormatFloat cases", n)
}

func checkParse(t *testing.T, s string, bitSize int) bool {
	want, werr := strconv.ParseFloat(s, bitSize)
	got, gerr := gs.ParseFloat(s, bitSize)
	if math.Float64bits(got) != math.Float64bits(want) && !(math.IsNaN(got) && math.IsNaN(want)) || errText(gerr) != errText(werr) {
		t.Errorf("ParseFloat(%q, %d) = %v (%b), %v; want %v (%b), %v", s, bitSize, got, math.Float64bits(got), gerr, want, math.Float64bits(want), werr)
		return false
	}
	return true
}

var parseInputs = []string{"", "0", "-0", "+0", "1", "-1", "1.5", ".5", "5.", ".", "-.", "e1", "1e", "1e+", "1e-5",
	"1E5", "1e400", "-1e400", "1e-400", "1e-324", "2e-324", "3e-324", "2.4703282292062327e-324",
	"2.4703282292062328e-324", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
	"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497791",
	"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792",
	"inf", "-Inf", "+INF", "infinity", "-Infinity", "infinit", "infx", "nan", "NaN", "-nan", "+nan", "nanx",
	"0x1p0", "0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1p1024", "0x1.fffffffffffff8p1023",
	"0x1.fffffffffffff7ffffp1023", "0x1", "0x", "0xp1", "0x.8p1", "0x1.p1", "0X1P+2", "0x1_0p0", "0x_1p0", "0x1__0p0",
	"1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0", "1e_10", "0_1", "00012.5", "0.000123", "1e+308",
	"4.9406564584124654e-324", "2.2250738585072011e-308", "2.2250738585072012e-308", "1.00000005960464477550",
	"3.4028234664e38", "3.4028235678e38", "3.4028236e38", "1.401298464324817e-45", "7e-46", "7.1e-46",
	"0.1", "0.2", "0.3", "123456789012345678901234567890", "9007199254740993", "9007199254740993.0000000000001",
	"1e23", "8.988465674311579e307", "1e-5000", "1e5000", "0e99999999", "0.00000000000000000000000000000000001e36",
	"+", "-", "+-1", "1.2.3", "1e5e5", " 1", "1 ", "1x", "0x1p1x", "1e10000000000", "1e-10000000000",
	"4503599627370496.5", "4503599627370497.5", "9007199254740992.5", "10000000000000000000000000000000000000001e-40",
}

func TestParseFloatTable(t *testing.T) {
	for _, s := range parseInputs {
		checkParse(t, s, 64)
		checkParse(t, s, 32)
	}
}

// midpoint returns the exact decimal expansion of the point halfway
// between f and the next float64 up.
func midpoint(f float64) string {
	a := new(big.Float).SetPrec(2000).SetFloat64(f)
	b := new(big.Float).SetPrec(2000).SetFloat64(math.Nextafter(f, math.Inf(1)))
	a.Add(a, b)
	a.Quo(a, big.NewFloat(2))
	return a.Text('e', 800)
}

func TestParseFloatRandom(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	n, bad := 0, 0
	digits := "0123456789"
	for i := 0; i < 40000 && bad < 20; i++ {
		var s string
		switch r.Intn(7) {
		case 0, 1:
			s = strconv.FormatFloat(randFloat64(r), "eEfgG"[r.Intn(5)], r.Intn(25)-1, 64)
		case 2:
			s = strconv.FormatFloat(float64(randFloat32(r)), "eEg"[r.Intn(3)], r.Intn(12)-1, 32)
		case 3:
			// random digit strings with an exponent
			b := []byte{}
			if r.Intn(2) == 0 {
				b = append(b, '-')
			}
			nd := 1 + r.Intn(30)
			if r.Intn(10) == 0 {
				nd = 1 + r.Intn(900)
			}
			dot := r.Intn(nd + 1)
			for j := 0; j < nd; j++ {
				if j == dot {
					b = append(b, '.')
				}
				b = append(b, digits[r.Intn(10)])
			}
			b = append(b, 'e')
			b = strconv.AppendInt(b, int64(r.Intn(700)-350), 10)
			s = string(b)
		case 4:
			// near a halfway point between two floats
			m := midpoint(randFloat64(r))
			cut := 17 + r.Intn(len(m)-20)
			mant, exp := m[:cut], m[len(m)-5:]
			for exp[0] != 'e' {
				exp = exp[1:]
			}
			switch r.Intn(3) {
			case 0:
				s = mant + exp
			case 1:
				s = m
			default:
				s = mant + "1" + exp
			}
			if mant[len(mant)-1] == '.' {
				s = m
			}
		case 5:
			// hexadecimal
			s = strconv.FormatFloat(randFloat64(r), 'x', r.Intn(16)-1, 64)
			if r.Intn(3) == 0 {
				s = "0x" + strconv.FormatUint(r.Uint64(), 16) + strconv.FormatUint(r.Uint64(), 16) + "p" + strconv.Itoa(r.Intn(2400)-1200)
			}
		default:
			// mutations of valid inputs
			b := []byte(strconv.FormatFloat(randFloat64(r), 'g', r.Intn(20)-1, 64))
			for k := r.Intn(3); k >= 0; k-- {
				p := r.Intn(len(b) + 1)
				c := "_.e+-0x9pP "[r.Intn(11)]
				b = append(b[:p], append([]byte{c}, b[p:]...)...)
			}
			s = string(b)
		}
		if !checkParse(t, s, 64) {
			bad++
		}
		if !checkParse(t, s, 32) {
			bad++
		}
		n += 2
	}
	t.Logf("%d random ParseFloat cases", n)
}

func TestIntConversions(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	n := 0
	ints := []int64{0, 1, -1, 9, 10, -10, 127, 128, -128, -129, 255, 256, 32767, -32768, 1<<31 - 1, -1 << 31,
		1<<32 - 1, 1 << 32, math.MaxInt64, math.MinInt64, 1e18, -1e18}
	for i := 0; i < 3000; i++ {
		ints = append(ints, r.Int63()>>uint(r.Intn(63)), -r.Int63()>>uint(r.Intn(63)))
	}
	for _, v := range ints {
		for base := 2; base <= 36; base++ {
			if strconv.FormatInt(v, base) != gs.FormatInt(v, base) {
				t.Fatalf("FormatInt(%d, %d) = %q", v, base, gs.FormatInt(v, base))
			}
			if strconv.FormatUint(uint64(v), base) != gs.FormatUint(uint64(v), base) {
				t.Fatalf("FormatUint(%d, %d) = %q", uint64(v), base, gs.FormatUint(uint64(v), base))
			}
			n += 2
		}
		if strconv.Itoa(int(v)) != gs.Itoa(int(v)) || string(gs.AppendInt([]byte("x"), v, 10)) != "x"+strconv.Itoa(int(v)) ||
			string(gs.AppendUint([]byte("y"), uint64(v), 7)) != "y"+strconv.FormatUint(uint64(v), 7) {
			t.Fatalf("Itoa/AppendInt(%d)", v)
		}
	}
	// parsing
	inputs := []string{"", "0", "-0", "+0", "+", "-", "1", "-1", "12345", "0x1f", "0X1F", "0b101", "0o17", "017", "08",
		"0x", "0b", "0o", "0_1", "1_000", "1__000", "_1", "1_", "0x_1f", "0x1f_", "-0x80", "0x7f", "-129",
		"9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
		"18446744073709551615", "18446744073709551616", "99999999999999999999x", "abc", "1a", "zz", "ZZ", "-zz",
		"+-1", "--1", " 1", "1 ", "4294967295", "4294967296", "2147483648", "-2147483648", "-2147483649", "1e3", "1.0"}
	alphabet := "0123456789abcxzABXZ_+-o "
	for i := 0; i < 4000; i++ {
		b := make([]byte, 1+r.Intn(22))
		for j := range b {
			if r.Intn(3) == 0 {
				b[j] = alphabet[r.Intn(len(alphabet))]
			} else {
				b[j] = "0123456789"[r.Intn(10)]
			}
		}
		inputs = append(inputs, string(b))
	}
	bases := []int{0, 2, 8, 10, 16, 36, 1, 37, -1}
	sizes := []int{0, 8, 16, 32, 64, 65, -1}
	for _, s := range inputs {
		for _, base := range bases {
			for _, bs := range sizes {
				wi, we := strconv.ParseInt(s, base, bs)
				gi, ge := gs.ParseInt(s, base, bs)
				if wi != gi || errText(we) != errText(ge) {
					t.Errorf("ParseInt(%q, %d, %d) = %d, %v; want %d, %v", s, base, bs, gi, ge, wi, we)
				}
				wu, we := strconv.ParseUint(s, base, bs)
				gu, ge := gs.ParseUint(s, base, bs)
				if wu != gu || errText(we) != errText(ge) {
					t.Errorf("ParseUint(%q, %d, %d) = %d, %v; want %d, %v", s, base, bs, gu, ge, wu, we)
				}
				n += 2
			}
		}
		wa, we := strconv.Atoi(s)
		ga, ge := gs.Atoi(s)
		if wa != ga || errText(we) != errText(ge) {
			t.Errorf("Atoi(%q) = %d, %v; want %d, %v", s, ga, ge, wa, we)
		}
		wb, we := strconv.ParseBool(s)
		gb, ge := gs.ParseBool(s)
		if wb != gb || errText(we) != errText(ge) {
			t.Errorf("ParseBool(%q) = %v, %v", s, gb, ge)
		}
		n += 2
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRUE", "yes"} {
		wb, we := strconv.ParseBool(s)
		gb, ge := gs.ParseBool(s)
		if wb != gb || errText(we) != errText(ge) {
			t.Errorf("ParseBool(%q) = %v, %v", s, gb, ge)
		}
	}
	if gs.FormatBool(true) != "true" || gs.FormatBool(false) != "false" || string(gs.AppendBool([]byte("a"), true)) != "atrue" {
		t.Error("FormatBool")
	}
	// error identity and unwrapping
	_, err := gs.Atoi("x")
	if ne, ok := err.(*gs.NumError); !ok || ne.Err != gs.ErrSyntax || ne.Unwrap() != gs.ErrSyntax || ne.Func != "Atoi" {
		t.Errorf("Atoi error %#v", err)
	}
	_, err = gs.ParseInt("99999999999999999999", 10, 64)
	if ne, ok := err.(*gs.NumError); !ok || ne.Err != gs.ErrRange {
		t.Errorf("ParseInt range error %#v", err)
	}
	if gs.IntSize != strconv.IntSize {
		t.Error("IntSize")
	}
	t.Logf("%d integer conversion cases", n)
}

func randQuoteString(r *rand.Rand) string {
	pieces := []string{"a", "Z", " ", "\"", "'", "`", "\\", "\n", "\r", "\t", "\a", "\b", "\f", "\v", "\x00", "\x7f",
		"\x80", "\xff", "\xc3", "é", "☺", "\u00ad", "\u00a0", "\u2028", "\ufeff", "\U0001F600", "\U000e0001", "\U0010ffff",
		"\ufffd", "\u0378", "\u3000", "\u200b", "x", "n", "u", "U", "0", "7", "8", "f", "F", "1", "{", "Ω", "\u0600"}
	var b []byte
	for k := r.Intn(8); k > 0; k-- {
		b = append(b, pieces[r.Intn(len(pieces))]...)
	}
	return string(b)
}

func TestQuote(t *testing.T) {
	r := rand.New(rand.NewSource(4))
	n := 0
	check := func(name, got, want string) {
		if got != want {
			t.Errorf("%s: got %q want %q", name, got, want)
		}
		n++
	}
	var strs []string
	for i := 0; i < 20000; i++ {
		strs = append(strs, randQuoteString(r))
	}
	for i := 0; i < 3000; i++ {
		b := make([]byte, r.Intn(10))
		r.Read(b)
		strs = append(strs, string(b))
	}
	for _, s := range strs {
		check("Quote "+s, gs.Quote(s), strconv.Quote(s))
		check("QuoteToASCII "+s, gs.QuoteToASCII(s), strconv.QuoteToASCII(s))
		check("QuoteToGraphic "+s, gs.QuoteToGraphic(s), strconv.QuoteToGraphic(s))
		check("AppendQuote "+s, string(gs.AppendQuote([]byte("p"), s)), string(strconv.AppendQuote([]byte("p"), s)))
		check("AppendQuoteToASCII "+s, string(gs.AppendQuoteToASCII([]byte("p"), s)), string(strconv.AppendQuoteToASCII([]byte("p"), s)))
		if gs.CanBackquote(s) != strconv.CanBackquote(s) {
			t.Errorf("CanBackquote(%q)", s)
		}
		// Unquote on the quoted forms, on the raw text, and on quote-wrapped text
		for _, in := range []string{strconv.Quote(s), strconv.QuoteToASCII(s), s, "\"" + s + "\"", "'" + s + "'", "`" + s + "`"} {
			wv, we := strconv.Unquote(in)
			gv, ge := gs.Unquote(in)
			if wv != gv || errText(we) != errText(ge) {
				t.Errorf("Unquote(%q) = %q, %v; want %q, %v", in, gv, ge, wv, we)
			}
			wp, we := strconv.QuotedPrefix(in + s)
			gp, ge := gs.QuotedPrefix(in + s)
			if wp != gp || errText(we) != errText(ge) {
				t.Errorf("QuotedPrefix(%q) = %q, %v; want %q, %v", in+s, gp, ge, wp, we)
			}
			for _, q := range []byte{0, '\'', '"'} {
				wr, wm, wt, we := strconv.UnquoteChar(in, q)
				gr, gm, gt, ge := gs.UnquoteChar(in, q)
				if wr != gr || wm != gm || wt != gt || errText(we) != errText(ge) {
					t.Errorf("UnquoteChar(%q, %q) = %q %v %q %v", in, q, gr, gm, gt, ge)
				}
			}
			n += 5
		}
	}
	runes := []rune{-1, 0, 7, 10, 31, 32, 39, 34, 92, 126, 127, 128, 0xa0, 0xad, 0xff, 0x100, 0x378, 0x2028, 0xd800,
		0xdfff, 0xfeff, 0xfffd, 0xffff, 0x10000, 0x1f600, 0xe0001, 0x10ffff, 0x110000, math.MaxInt32}
	for i := 0; i < 20000; i++ {
		runes = append(runes, rune(r.Intn(0x110000)))
	}
	for _, c := range runes {
		check("QuoteRune", gs.QuoteRune(c), strconv.QuoteRune(c))
		check("QuoteRuneToASCII", gs.QuoteRuneToASCII(c), strconv.QuoteRuneToASCII(c))
		check("QuoteRuneToGraphic", gs.QuoteRuneToGraphic(c), strconv.QuoteRuneToGraphic(c))
		check("AppendQuoteRune", string(gs.AppendQuoteRune([]byte("q"), c)), string(strconv.AppendQuoteRune([]byte("q"), c)))
	}
	// IsPrint / IsGraphic over every rune
	for c := rune(-2); c <= 0x110001; c++ {
		if gs.IsPrint(c) != strconv.IsPrint(c) || gs.IsGraphic(c) != strconv.IsGraphic(c) {
			t.Fatalf("IsPrint/IsGraphic(%U)", c)
		}
	}
	t.Logf("%d quoting cases plus IsPrint/IsGraphic on all runes", n)
}
