// fmt: %p and pointer values (addresses vary: checked by shape, the same pointer printing the same each time)
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

type T struct{ A int }

func main() {
	x := 5
	p := &x
	t := &T{1}
	s := []int{1, 2}
	m := map[string]int{"a": 1}
	f := func() {}
	var np *int
	var ns []int
	var nm map[int]int
	var nf func()
	fmt.Printf("%p %p %p %p %p\n", p, t, s, m, f)
	fmt.Printf("%p %p %p %p\n", np, ns, nm, nf)
	fmt.Printf("%#p %v %+v\n", p, p, p)
	fmt.Printf("%v %v\n", []*int{p, nil}, map[string]*T{"k": t})
	fmt.Printf("%#v %#v %#v\n", p, np, t)
	fmt.Printf("%d %x\n", np, np)
	fmt.Printf("%p %p %s\n", 5, "x", p)
	fmt.Printf("%t %v\n", p == &x, &s)
	fmt.Println(struct{ P *int }{nil}, struct{ P *int }{p})
	pp := &p
	fmt.Println(*pp == p, pp != nil)
	fmt.Printf("%v\n", f != nil)
}

// CHECK:0x[[P:[0-9a-f]+]] 0x[[T:[0-9a-f]+]] 0x{{[0-9a-f]+}} 0x{{[0-9a-f]+}} 0x{{[0-9a-f]+}}
// CHECK-NEXT:0x0 0x0 0x0 0x0
// CHECK-NEXT:[[P]] 0x[[P]] 0x[[P]]
// CHECK-NEXT:[0x[[P]] <nil>] map[k:0x[[T]]]
// CHECK-NEXT:(*int)(0x[[P]]) (*int)(nil) &main.T{A:1}
// CHECK-NEXT:0 0
// CHECK-NEXT:%!p(int=5) %!p(string=x) %!s(*int=0x[[P]])
// CHECK-NEXT:true &[1 2]
// CHECK-NEXT:{<nil>} {0x[[P]]}
// CHECK-NEXT:true true
// CHECK-NEXT:true
