package main

func main() {
	var i int
	var f float64
	var s string
	var b bool
	var p *int
	var sl []int
	var m map[string]int
	var fn func()
	_ = i + f
	_ = s + i
	_ = b && i
	_ = p + 1
	_ = sl == sl
	_ = m == m
	_ = fn == fn
	_ = f & 1
	_ = i << -1
	_ = 1 << 1000
	_ = int64(1) << 64
	_ = uint8(1) + 256
	_ = 1e400
	_ = -1e400
	_ = 'a' * "b"
	_ = i > b
	i += "x"
	s++
	b--
	const big = 1 << 200
	_ = big
	_ = big + 1
	var x uint = big
	_ = x
	_ = 5 / 0.0
	_ = float32(1e50)
	_ = i / 0
	_ = i % 0
}
