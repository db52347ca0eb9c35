// fmt: String, Error, GoString and Format methods, inside containers, not through unexported fields
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"strings"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type PT struct{ N int }

func (p *PT) String() string { return fmt.Sprintf("PT(%d)", p.N) }

type VS struct{ N int }

func (v VS) String() string { return "VS" + fmt.Sprint(v.N) }

type G struct{ A int }

func (g G) GoString() string { return "G!" }

type F struct{ s string }

func (f F) Format(st fmt.State, verb rune) {
	w, wok := st.Width()
	p, pok := st.Precision()
	if !wok {
		w = -1
	}
	if !pok {
		p = -1
	}
	fmt.Fprintf(st, "F[%c %d %v %d %v %v%v%v%v%v]", verb, w, wok, p, pok, st.Flag('-'), st.Flag('+'), st.Flag('#'), st.Flag(' '), st.Flag('0'))
}

type MyErr struct{ Code int }

func (e MyErr) Error() string { return "myerr " + fmt.Sprint(e.Code) }

type Both struct{}

func (Both) Error() string  { return "as-error" }
func (Both) String() string { return "as-string" }

type hidden struct {
	t Temp
	T Temp
	e error
	E error
}

type Wrapper struct {
	Items []fmt.Stringer
	M     map[Temp]VS
}

type Up string

func (u Up) String() string { return strings.ToUpper(string(u)) }

func main() {
	fmt.Println(Temp(21.5), []Temp{1, 2}, map[string]Temp{"a": 3})
	fmt.Printf("%v %s %q %x %d %10v|\n", Temp(1), Temp(2), Temp(3), Temp(4), Temp(5), Temp(6))
	fmt.Println(PT{1}, &PT{2}, []*PT{{3}}, []PT{{4}})
	fmt.Println(VS{1}, &VS{2}, []VS{{3}}, []*VS{{4}})
	fmt.Printf("%v %#v %+v\n", G{1}, G{2}, G{3})
	fmt.Printf("%#v\n", []G{{1}})
	fmt.Printf("%v|%-8.3s|%+#x|% 05d\n", F{"a"}, F{"b"}, F{"c"}, F{"d"})
	fmt.Println(F{"e"}, []F{{"f"}})
	fmt.Println(MyErr{7}, &MyErr{8}, Both{})
	fmt.Printf("%v %+v\n", hidden{1, 2, MyErr{1}, MyErr{2}}, hidden{})
	fmt.Println(Wrapper{[]fmt.Stringer{Temp(9), Up("abc"), nil}, map[Temp]VS{2: {1}, 1: {2}}})
	var vp *VS
	var tp *PT
	fmt.Println(vp)
	fmt.Printf("[%v] [%s] [%d]\n", vp, vp, vp)
	_ = tp
	fmt.Println(Up("x"), Up("y") + "z")
	fmt.Printf("%s %v %q\n", []Up{"a", "b"}, [1]Up{"c"}, map[Up]int{"k": 1})
	fmt.Printf("%T %T %T\n", Temp(1), F{}, fmt.Stringer(Up("a")))
	fmt.Printf("%d\n", []Temp{1, 2})
}

// CHECK:21.5°C [1.0°C 2.0°C] map[a:3.0°C]
// CHECK-NEXT:1.0°C 2.0°C "3.0°C" 342e30c2b043 %!d(main.Temp=5)      6.0°C|
// CHECK-NEXT:{1} PT(2) [PT(3)] [{4}]
// CHECK-NEXT:VS1 VS2 [VS3] [VS4]
// CHECK-NEXT:{1} G! {A:3}
// CHECK-NEXT:[]main.G{G!}
// CHECK-NEXT:F[v -1 false -1 false falsefalsefalsefalsefalse]|F[s 8 true 3 true truefalsefalsefalsefalse]|F[x -1 false -1 false falsetruetruefalsefalse]|F[d 5 true -1 false falsefalsefalsetruetrue]
// CHECK-NEXT:F[v -1 false -1 false falsefalsefalsefalsefalse] [F[v -1 false -1 false falsefalsefalsefalsefalse]]
// CHECK-NEXT:myerr 7 myerr 8 as-error
// CHECK-NEXT:{1 2.0°C {1} myerr 2} {t:0 T:0.0°C e:<nil> E:<nil>}
// CHECK-NEXT:{[9.0°C ABC <nil>] map[1.0°C:VS2 2.0°C:VS1]}
// CHECK-NEXT:<nil>
// CHECK-NEXT:[<nil>] [<nil>] [0]
// CHECK-NEXT:X YZ
// CHECK-NEXT:[A B] [C] map["K":'\x01']
// CHECK-NEXT:main.Temp main.F main.Up
// CHECK-NEXT:[%!d(main.Temp=1) %!d(main.Temp=2)]
