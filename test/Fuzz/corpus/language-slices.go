// Slices and arrays: literals, append growth (gc's capacities), slicing, copy, nil slices, range
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

func main() {
	s := []int{1, 2, 3}
	s = append(s, 4, 5)
	println(len(s), cap(s), s[0], s[4])
	t := s[1:3]
	println(len(t), cap(t), t[0], t[1])
	t = append(t, 99) // shares s's backing array
	println(s[3], len(s))
	u := s[1:2:3]
	println(len(u), cap(u))
	var arr [5]int
	for i := range arr {
		arr[i] = i * i
	}
	println(arr[4], len(arr))
	p := &arr
	q := p[2:]
	q[0] = -1
	println(arr[2], len(q), cap(q))
	dst := make([]int, 2, 10)
	n := copy(dst, s)
	println(n, dst[0], dst[1], len(dst), cap(dst))
	var nilS []int
	println(nilS == nil, len(nilS), cap(nilS))
	nilS = append(nilS, 7)
	println(nilS == nil, nilS[0])
	grid := [][]int{{1, 2}, {3, 4, 5}}
	grid[1] = append(grid[1], 6)
	println(len(grid), len(grid[1]), grid[1][3])
	lit := [...]string{2: "c", 0: "a"}
	println(len(lit), lit[0], lit[1] == "", lit[2])
	c := 0
	var g []int64 // 8-byte elements: the same capacities on 32- and 64-bit targets
	for i := 0; i < 1000; i++ {
		g = append(g, int64(i))
		if cap(g) != c {
			c = cap(g)
			print(c, " ")
		}
	}
	println()
}

// CHECK:5 6 1 5
// CHECK-NEXT:2 5 2 3
// CHECK-NEXT:99 5
// CHECK-NEXT:1 2
// CHECK-NEXT:16 5
// CHECK-NEXT:-1 3 3
// CHECK-NEXT:2 1 2 2 10
// CHECK-NEXT:true 0 0
// CHECK-NEXT:false 7
// CHECK-NEXT:2 4 6
// CHECK-NEXT:3 a true c
// CHECK-NEXT:1 2 4 8 16 32 64 128 256 512 848 1280 
