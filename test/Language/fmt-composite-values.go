// fmt: structs (%v %+v %#v), maps printed with sorted keys, slices, arrays, pointers to composites, nil values
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Inner struct {
	Name string
	tags []string
}

type Outer struct {
	Point
	*Inner
	In    Inner
	M     map[string][]int
	P     *Point
	Any   interface{}
	Err   error
	f     float64
	arr   [2]bool
	Slice []Point
	Fn    func()
	Ch    chan int
	next  *Outer
}

type Key struct {
	A int
	B string
}

type Color int

func main() {
	o := Outer{Point: Point{1, 2}, In: Inner{"in", []string{"t1"}}, M: map[string][]int{"z": {1}, "a": nil, "m": {2, 3}}, Any: 3.5, f: 2}
	fmt.Printf("%v\n%+v\n", o, o)
	fmt.Printf("%v %+v %#v\n", Point{3, 4}, &Point{3, 4}, Point{-1, 0})
	fmt.Printf("%#v\n", Inner{"n", nil})
	fmt.Printf("%#v\n", Inner{"n", []string{}})
	fmt.Println(map[int]string{3: "c", -1: "a", 10: "j", 0: "z"})
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 9}: "y"})
	fmt.Printf("%#v\n", map[string]Point{"b": {1, 2}, "a": {3, 4}})
	fmt.Printf("%v %+v\n", map[string]interface{}{"k": []int{1}, "j": nil, "i": "s"}, map[Color]*int{})
	fmt.Println([]Point{{1, 2}, {3, 4}}, [][]int{{1}, {2, 3}, nil}, [3]int{}, []*Point{nil})
	fmt.Printf("%v %d %x\n", []int{10, 20}, [2]int8{-1, 2}, []uint{255, 16})
	fmt.Printf("%#v %#v %#v\n", []int(nil), []int{}, [0]int{})
	fmt.Printf("%#v %#v\n", map[string]int(nil), struct{}{})
	fmt.Printf("%v %+v %#v\n", struct {
		A int
		b string
	}{1, "x"}, struct{ P *int }{}, struct{ E error }{})
	pp := &Point{5, 6}
	ppp := &pp
	fmt.Println(pp, []interface{}{nil, 1, "a"}, &[]int{1}, &map[string]int{"a": 1}, &[2]string{"q", "r"})
	_ = ppp
	var np *Point
	var ni interface{}
	var ne error
	fmt.Println(np, ni, ne)
	fmt.Printf("%v %+v %#v %d %s\n", np, ni, ne, ni, ne)
	fmt.Printf("%#v %#v %T %T\n", np, ni, np, ni)
	fmt.Printf("%v %#v\n", errors.New("boom"), struct{ A interface{} }{nil})
	fmt.Printf("%d %s\n", Point{1, 2}, Point{3, 4})
	fmt.Printf("%x %X %o\n", Point{255, 16}, []Point{{10, 11}}, map[int]int{8: 9})
	type Tree struct {
		L, R *Tree
		V    int
	}
	fmt.Printf("%v %+v\n", Tree{V: 1}, &Tree{V: 2})
	fmt.Printf("%6v|%-4v|%06v\n", []int{1, 2}, Point{1, 2}, []float64{1.5})
	fmt.Println(Color(3), []Color{1, 2}, map[Color]Color{2: 1, 1: 2})
	var e error = errors.New("x")
	fmt.Printf("%v %+v\n", []error{e, nil}, map[string]error{"a": e})
}

// CHECK:{{\{\{}}1 2} <nil> {in [t1]} map[a:[] m:[2 3] z:[1]] <nil> 3.5 <nil> 2 [false false] [] <nil> <nil> <nil>}
// CHECK-NEXT:{Point:{X:1 Y:2} Inner:<nil> In:{Name:in tags:[t1]} M:map[a:[] m:[2 3] z:[1]] P:<nil> Any:3.5 Err:<nil> f:2 arr:[false false] Slice:[] Fn:<nil> Ch:<nil> next:<nil>}
// CHECK-NEXT:{3 4} &{X:3 Y:4} main.Point{X:-1, Y:0}
// CHECK-NEXT:main.Inner{Name:"n", tags:[]string(nil)}
// CHECK-NEXT:main.Inner{Name:"n", tags:[]string{}}
// CHECK-NEXT:map[-1:a 0:z 3:c 10:j]
// CHECK-NEXT:map[-1:2 0:3 2.5:1]
// CHECK-NEXT:map[false:0 true:1]
// CHECK-NEXT:map[{1 a}:3 {1 b}:2 {2 a}:1]
// CHECK-NEXT:map{{\[\[}}1 9]:y [2 1]:x]
// CHECK-NEXT:map[string]main.Point{"a":main.Point{X:3, Y:4}, "b":main.Point{X:1, Y:2}}
// CHECK-NEXT:map[i:s j:<nil> k:[1]] map[]
// CHECK-NEXT:[{1 2} {3 4}] {{\[\[}}1] [2 3] []] [0 0 0] [<nil>]
// CHECK-NEXT:[10 20] [-1 2] [ff 10]
// CHECK-NEXT:[]int(nil) []int{} [0]int{}
// CHECK-NEXT:map[string]int(nil) struct {}{}
// CHECK-NEXT:{1 x} {P:<nil>} struct { E error }{E:error(nil)}
// CHECK-NEXT:&{5 6} [<nil> 1 a] &[1] &map[a:1] &[q r]
// CHECK-NEXT:<nil> <nil> <nil>
// CHECK-NEXT:<nil> <nil> <nil> %!d(<nil>) %!s(<nil>)
// CHECK-NEXT:(*main.Point)(nil) <nil> *main.Point <nil>
// CHECK-NEXT:boom struct { A interface {} }{A:interface {}(nil)}
// CHECK-NEXT:{1 2} {%!s(int=3) %!s(int=4)}
// CHECK-NEXT:{ff 10} [{A B}] map[10:11]
// CHECK-NEXT:{<nil> <nil> 1} &{L:<nil> R:<nil> V:2}
// CHECK-NEXT:[     1      2]|{1    2   }|[0001.5]
// CHECK-NEXT:3 [1 2] map[1:2 2:1]
// CHECK-NEXT:[x <nil>] map[a:x]
