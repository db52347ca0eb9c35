package main
func main() {
	s := "hello"
	b := s[1]
	sub := s[1:3]
	var r rune
	for _, r = range s {
	}
	bs := []byte(s)
	bs[0] = 'H'
	n := copy(bs, "xy")
	println(b, sub, r, string(bs), n, s[len(s)-1:])
	const cs = "const"
	println(cs[0], cs[1:], len(cs[:2]))
}
