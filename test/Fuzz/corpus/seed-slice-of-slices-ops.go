package main
func main() {
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = make([]rune, 3)
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][1] = '#'
	for _, row := range grid {
		println(string(row))
	}
	s := grid[1:]
	s[0] = append(s[0][:1], 'x')
	t := append([]int(nil), 1, 2)
	t = append(t[:1], t[2:]...)
	println(len(t), cap(t) >= 1, string(grid[1]))
	var full = make([]int, 0)
	full = full[:0:0]
	println(len(full))
}
