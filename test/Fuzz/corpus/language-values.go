// Values and addresses: struct and array copies and equality, pointers to fields and elements, named results, tuple assignment, integer wrap-around, nested literals
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

type P struct {
	x, y int
	arr [3]int
}

type List struct {
	head *node
	size int
}

type node struct {
	val  int
	next *node
}

func (l *List) Push(v int) {
	l.head = &node{v, l.head}
	l.size++
}

func (l *List) Sum() (total int) {
	for n := l.head; n != nil; n = n.next {
		total += n.val
	}
	return
}

func swap(a, b *int) { *a, *b = *b, *a }

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	p := P{1, 2, [3]int{7, 8, 9}}
	px := &p.x
	*px = 10
	pa := &p.arr[1]
	*pa = 80
	q := p
	q.arr[0] = 70
	println(p.x, p.arr[0], p.arr[1], q.arr[0], p == q)
	a, b := 1, 2
	swap(&a, &b)
	println(a, b)
	var l List
	for i := 1; i <= 10; i++ {
		l.Push(i)
	}
	println(l.size, l.Sum())
	d, m := divmod(17, 5)
	println(d, m)
	grid := [3][3]int{}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i * j
		}
	}
	g2 := grid
	g2[2][2] = 100
	println(grid[2][2], g2[2][2], grid == g2)
	type kv struct {
		k string
		v []int
	}
	data := map[string][]kv{}
	data["a"] = append(data["a"], kv{"x", []int{1, 2}})
	data["a"] = append(data["a"], kv{"y", nil})
	for _, e := range data["a"] {
		print(e.k, len(e.v), " ")
	}
	println()
	var ifs []interface{}
	ifs = append(ifs, 1, "two", 3.0, nil, p.x)
	for i, v := range ifs {
		switch t := v.(type) {
		case int:
			print(i, ":int=", t, " ")
		case string:
			print(i, ":string=", t, " ")
		case float64:
			print(i, ":float ")
		case nil:
			print(i, ":nil ")
		}
	}
	println()
	const big = 1 << 100
	println(big>>98, uint8(254)+1 == 255)
	var u8 uint8 = 200
	u8 += 100
	var i8 int8 = 127
	i8++
	println(u8, i8, -7/2, -7%2, 7>>1, -7>>1, 1<<3|1)
	f := 1.0 / 3
	println(f*3 == 1, float32(f))
	s := "abc"
	bs := []byte(s)
	bs = append(bs, "def"...)
	println(string(bs[2:5]), len(bs))
}

// CHECK:10 7 80 70 false
// CHECK-NEXT:2 1
// CHECK-NEXT:10 55
// CHECK-NEXT:3 2
// CHECK-NEXT:4 100 false
// CHECK-NEXT:x2 y0 
// CHECK-NEXT:0:int=1 1:string=two 2:float 3:nil 4:int=10 
// CHECK-NEXT:4 true
// CHECK-NEXT:44 -128 -3 -1 3 -4 9
// CHECK-NEXT:true +3.333333e-001
// CHECK-NEXT:cde 6
