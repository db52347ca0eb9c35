// fmt: embedded and recursive structs, named kinds, map keys of every ordered kind (NaN, interfaces, Stringers), nested containers, padding corners
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

type Base struct{ ID int }

func (b Base) Describe() string { return "base" }

type Named struct {
	Base
	*Extra
	Name string
}

type Extra struct{ Note string }

type Node struct {
	Val  int
	Next *Node
}

type K int

func (k K) String() string { return "K" + strconv.Itoa(int(k)) }

type Matrix [2][2]float64

type Rec struct {
	Items map[string][]Item
}

type Item struct {
	N    int
	Tags []string
}

type Flags uint8

type Empty struct{}

type WithFunc struct {
	F func(int) int
}

type Stack []int

func (s Stack) String() string { return fmt.Sprintf("Stack%d", len(s)) }

func main() {
	fmt.Printf("%v|%+v|%#v\n", Named{Base{1}, nil, "n"}, Named{Base{2}, &Extra{"e"}, "m"}, Named{})
	n := &Node{1, &Node{2, nil}}
	fmt.Printf("%v %+v\n", *n, n)
	fmt.Println(map[K]int{3: 1, 1: 2, 2: 3})
	fmt.Println(map[interface{}]int{"b": 1, "a": 2}, map[interface{}]int{3: 1, 1: 2})
	fmt.Println(map[float64]string{math.NaN(): "nan", 1: "one", math.Inf(-1): "-inf"})
	fmt.Println(Matrix{{1, 2}, {3, 4}})
	fmt.Printf("%v\n%+v\n", Rec{map[string][]Item{"b": {{1, []string{"x"}}}, "a": {{2, nil}, {3, []string{"y", "z"}}}}}, Rec{})
	fmt.Printf("%v %d %x %08b\n", Flags(5), Flags(5), Flags(255), Flags(5))
	fmt.Printf("%v %+v %#v %T\n", Empty{}, []Empty{{}, {}}, Empty{}, Empty{})
	fmt.Printf("%v %v\n", WithFunc{}.F == nil, Stack{1, 2})
	fmt.Printf("%s|%v|%d\n", Stack{1}, []Stack{{1}, {}}, Stack{3, 4})
	fmt.Printf("%s %v\n", nil, error(nil))
	var err error
	fmt.Printf("[%v] [%s] [%d]\n", err, err, err)
	fmt.Printf("%v %.2v %5.1v|\n", []float64{1.234, 5.678}, []float64{1.234}, []string{"abc", "de"})
	fmt.Printf("%q\n", map[string]string{"k\n": "v\t"})
	fmt.Printf("%x %X\n", "hello", []string{"ab", "cd"})
	fmt.Printf("%v\n", [][]interface{}{{1, "a", nil, []int{2}}, nil})
	fmt.Printf("%v %+v\n", struct {
		Err  error
		Errs []error
	}{errors.New("e1"), []error{errors.New("e2")}}, struct{ M map[string]error }{map[string]error{"k": errors.New("e3")}})
	fmt.Println(int64(math.MaxInt64), int64(math.MinInt64), uint64(math.MaxUint64), int32(math.MinInt32))
	fmt.Println(float32(math.MaxFloat32), math.SmallestNonzeroFloat64, float32(1e-45))
	fmt.Printf("%6.2f%%|%-6.1e|%+.3g\n", 99.5, 12345.678, 0.000012345)
	fmt.Printf("%v %v %v\n", 'a', byte('b'), []rune("hé"))
	fmt.Printf("%s %q %c\n", []rune("x"), []rune("yz"), []rune("ab"))
	type pair struct {
		a, b interface{}
	}
	fmt.Printf("%v %+v\n", pair{1, "s"}, pair{nil, K(2)})
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint(nil, nil), fmt.Sprint("a", nil))
	fmt.Println(fmt.Sprintf("%v", []byte(nil)) == "[]", fmt.Sprintf("%s", []byte(nil)) == "")
	fmt.Printf("%08.3f|%-08.3f|%+08.3f|% 08.3f|%08.3e\n", -1.5, -1.5, 1.5, 1.5, 1234.5)
	fmt.Printf("%#.0f %#.0e %#g %#x %#X\n", 3.0, 3.0, 100000.0, 1.0, 2.5)
	fmt.Printf("%.0f %.0f %.0f %.1f\n", 0.5, 1.5, 2.5, 0.05)
	fmt.Printf("%5.2q|%-5c|%05c\n", "abc", 'x', 'y')
	fmt.Printf("%U %#U %#U %08U %-8U| %06q %#010U\n", 0x7F, 0x10FFFF+1, '世', 0x41, 0x42, 0x43, 0x44)
}

// CHECK:{{\{\{}}1} <nil> n}|{Base:{ID:2} Extra:0x{{[0-9a-f]+}} Name:m}|main.Named{Base:main.Base{ID:0}, Extra:(*main.Extra)(nil), Name:""}
// CHECK-NEXT:{1 0x[[NEXT:[0-9a-f]+]]} &{Val:1 Next:0x[[NEXT]]}
// CHECK-NEXT:map[K1:2 K2:3 K3:1]
// CHECK-NEXT:map[a:2 b:1] map[1:2 3:1]
// CHECK-NEXT:map[NaN:nan -Inf:-inf 1:one]
// CHECK-NEXT:{{\[\[}}1 2] [3 4]]
// CHECK-NEXT:{map[a:[{2 []} {3 [y z]}] b:[{1 [x]}]]}
// CHECK-NEXT:{Items:map[]}
// CHECK-NEXT:5 5 ff 00000101
// CHECK-NEXT:{} [{} {}] main.Empty{} main.Empty
// CHECK-NEXT:true Stack2
// CHECK-NEXT:Stack1|[Stack1 Stack0]|[3 4]
// CHECK-NEXT:%!s(<nil>) <nil>
// CHECK-NEXT:[<nil>] [%!s(<nil>)] [%!d(<nil>)]
// CHECK-NEXT:[1.234 5.678] [1.2] [    a     d]|
// CHECK-NEXT:map["k\n":"v\t"]
// CHECK-NEXT:68656c6c6f [6162 6364]
// CHECK-NEXT:{{\[\[}}1 a <nil> [2]] []]
// CHECK-NEXT:{e1 [e2]} {M:map[k:e3]}
// CHECK-NEXT:9223372036854775807 -9223372036854775808 18446744073709551615 -2147483648
// CHECK-NEXT:3.4028235e+38 5e-324 1e-45
// CHECK-NEXT: 99.50%|1.2e+04|+1.23e-05
// CHECK-NEXT:97 98 [104 233]
// CHECK-NEXT:[%!s(int32=120)] ['y' 'z'] [a b]
// CHECK-NEXT:{1 s} {a:<nil> b:2}
// CHECK-NEXT: <nil> <nil> <nil> a<nil>
// CHECK-NEXT:true true
// CHECK-NEXT:-001.500|-1.500  |+001.500| 001.500|1.234e+03
// CHECK-NEXT:3. 3.e+00 100000. 0x1.0000p+00 0X1.4P+01
// CHECK-NEXT:0 2 2 0.1
// CHECK-NEXT: "ab"|x    |0000y
// CHECK-NEXT:U+007F U+110000 U+4E16 '世'   U+0041 U+0042  | 000'C' U+0044 'D'
