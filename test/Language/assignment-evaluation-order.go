// The spec's order of evaluation in assignments: the operands of the left-hand index expressions and pointer indirections, then the right-hand side, in lexical order; then the assignments with their checks (a failing index check comes after every right-hand call). `m[k] op= v` and `m[k]++` evaluate the map and key once. In s[i] the indexed operand is evaluated before the index.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

var trace []string

func idx(s string, v int) int { trace = append(trace, s); return v }
func sl(s string) []int       { trace = append(trace, s); return []int{1, 2} }
func ap(s string) *[2]int     { trace = append(trace, s); return &[2]int{1, 2} }
func key(s string) string     { trace = append(trace, s); return "k" }

type T struct{ a, b int }

func flush(what string) {
	fmt.Println(what+":", trace)
	trace = nil
}

func main() {
	m := map[int]int{}
	m[idx("key", 1)] = idx("val", 2)
	flush("map assign")

	var a [2]int
	a[idx("i", 0)], a[idx("j", 1)] = idx("x", 5), idx("y", 6)
	flush("array pair")
	fmt.Println(a)

	s := []int{0, 0}
	sl("slice")[idx("idx", 0)] = idx("rhs", 1)
	_ = sl("read")[idx("idx", 1)]
	_ = ap("arrptr")[idx("idx", 0)]
	flush("slice and array pointer")

	// A failing check comes after the right-hand calls.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		s[idx("bad index", 5)] = idx("rhs", 1)
	}()
	flush("bounds")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var p *T
		p.a, s[idx("i", 0)] = idx("x", 1), idx("y", 2)
	}()
	flush("nil pointer")

	// Compound assignment and ++ on a map element: the key once.
	mk := map[string]int{}
	mk[key("k1")] += 5
	mk[key("k2")]++
	mk[key("k3")] -= 2
	fmt.Println(mk)
	flush("map op=")
	ch := make(chan string, 2)
	ch <- "a"
	ch <- "b"
	mc := map[string]int{}
	mc[<-ch] += 1
	fmt.Println(mc, len(ch))

	// Swaps still swap.
	i, j := 1, 2
	i, j = j, i
	s[0], s[1] = 7, 8
	s[0], s[1] = s[1], s[0]
	fmt.Println(i, j, s)
	k := 0
	k, s[k] = 1, 9
	fmt.Println(k, s)
}

// CHECK:map assign: [key val]
// CHECK-NEXT:array pair: [i j x y]
// CHECK-NEXT:[5 6]
// CHECK-NEXT:slice and array pointer: [slice idx rhs read idx arrptr idx]
// CHECK-NEXT:recovered: runtime error: index out of range [5] with length 2
// CHECK-NEXT:bounds: [bad index rhs]
// CHECK-NEXT:recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT:nil pointer: [i x y]
// CHECK-NEXT:map[k:4]
// CHECK-NEXT:map op=: [k1 k2 k3]
// CHECK-NEXT:map[a:1] 1
// CHECK-NEXT:2 1 [8 7]
// CHECK-NEXT:1 [9 7]
