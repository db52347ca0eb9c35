package main

type Matrix [3][3]float64

func identity() (m Matrix) {
	for i := range m {
		m[i][i] = 1
	}
	return
}

func main() {
	m := identity()
	n := m
	n[0][1] = 2
	println(m == n, m[0] == [3]float64{1, 0, 0})
	var grid [4][4]bool
	grid[1][2] = true
	for i, row := range grid {
		for j := range row {
			if grid[i][j] {
				println(i, j)
			}
		}
	}
	arr := [5]int{1, 2, 3}
	ap := &arr
	for i := range ap {
		ap[i] *= 2
	}
	println(len(ap), arr[4], ap[2])
	idx := 7
	defer func() { println(recover() != nil) }()
	_ = arr[idx%len(arr)]
	_ = arr[idx]
}
