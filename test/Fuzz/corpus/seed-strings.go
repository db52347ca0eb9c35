package main

func main() {
	s := "héllo, 世界"
	for i, r := range s {
		print(i, ":", r, " ")
	}
	println()
	for i := 0; i < len(s); i++ {
		print(s[i], " ")
	}
	println()
	t := s[1:3] + string('x') + "\u4e16"
	println(t, len(t), t == s, t < s)
	b := make([]byte, 0, 8)
	b = append(b, 'a', 'b')
	println(string(b))
	var sb []string
	sb = append(sb, s, t)
	println(len(sb))
	println("multi" +
		"line")
}
