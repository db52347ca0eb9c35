package main

const (
	a = 0
	b = 42
	c = 0x1F_ff
	d = 0X7
	e = 0o755
	f = 0O17
	g = 0b1010_1010
	h = 0B1
	i = 0755
	j = 1_000_000
	k = 3.14159
	l = .5
	m = 1.
	n = 1e10
	o = 6.02E+23
	p = 1_5.2_5e-3_0
	q = 0x1p-2
	r = 0X1.8P+3
	s = 0x_1.fp4
	t = 2i
	u = 1.5i
	v = 0x10i
	w = 1e3i
)

var runes = []rune{'a', 'ä', '本', '\t', '\000', '\x07', '\xff', '\u12e4', '\U00101234', '\'', '\\', '\a', '\b', '\f', '\n', '\r', '\v'}
var strs = []string{"", "hello", "\"quoted\"", "tab\there", "\x41\101\u00e9\U0001F600", `raw
string with \n no escapes`, "日本語"}

func main() {
	println(a, b, c, d, e, f, g, h, i, j)
	println(k, l, m, n, o, p, q, r, s)
	println(real(t), imag(u), v == w)
	println(len(runes), len(strs))
}
