// Interfaces: method sets (value and pointer receivers), dynamic dispatch, error values, assertions, type switches, comparison
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

type Shape interface {
	Area() int
	Name() string
}

type Rect struct{ w, h int }

func (r Rect) Area() int     { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }

type Square struct{ s int }

func (q *Square) Area() int    { return q.s * q.s }
func (q *Square) Name() string { return "square" }

type Named interface{ Name() string }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return "code " + string(rune('0'+e.code)) }

func find(ok bool) error {
	if ok {
		return nil
	}
	return &MyErr{7}
}

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return "int"
	case string:
		return "string " + v
	case Shape:
		return "shape " + v.Name()
	default:
		return "other"
	}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Square{4}}
	total := 0
	for _, s := range shapes {
		total += s.Area()
		print(s.Name(), " ")
	}
	println(total)
	var n Named = shapes[1]
	println(n.Name())
	if err := find(false); err != nil {
		println("error:", err.Error())
	}
	println(find(true) == nil)
	var e interface{} = 42
	i, ok := e.(int)
	s, ok2 := e.(string)
	println(i, ok, s == "", ok2)
	println(describe(nil), describe(1), describe("x"), describe(Rect{1, 1}), describe(2.5))
	var sh Shape = Rect{5, 5}
	if r, ok := sh.(Rect); ok {
		println(r.w, r.Area())
	}
	if nn, ok := e.(Named); !ok {
		println("not named", nn == nil)
	}
	var a, b interface{} = 3, 3
	var c interface{} = "3"
	println(a == b, a == c, a != nil)
	x := sh.(Named)
	println(x.Name())
}

// CHECK:rect square 22
// CHECK-NEXT:square
// CHECK-NEXT:error: code 7
// CHECK-NEXT:true
// CHECK-NEXT:42 true true false
// CHECK-NEXT:nil int string x shape rect other
// CHECK-NEXT:5 25
// CHECK-NEXT:not named true
// CHECK-NEXT:true false true
// CHECK-NEXT:rect
