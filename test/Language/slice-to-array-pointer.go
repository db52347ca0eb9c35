// Go 1.17's conversion of a slice to a pointer to an array of its element type: the pointer aliases the slice's array; a slice shorter than the array panics with gc's runtime error (recoverable); a nil slice gives a nil *[0]T, an empty non-nil one a non-nil pointer.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import "fmt"

type Quad [4]byte

func main() {
	s := []int{1, 2, 3, 4}
	ap := (*[2]int)(s)
	ap[0] = 100
	fmt.Println(s, *ap, len(ap))
	tail := (*[2]int)(s[2:])
	tail[1] = -4
	fmt.Println(s)
	b := []byte("abcdef")
	q := (*Quad)(b[1:])
	fmt.Println(string(q[:]), *q)
	var nilS []int
	fmt.Println((*[0]int)(nilS) == nil, (*[0]int)(s[:0]) == nil)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		short := s[:1]
		_ = (*[4]int)(short)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		_ = (*[1]int)(nilS)
	}()
}

// CHECK:[100 2 3 4] [100 2] 2
// CHECK-NEXT:[100 2 3 -4]
// CHECK-NEXT:bcde [98 99 100 101]
// CHECK-NEXT:true false
// CHECK-NEXT:recovered: runtime error: cannot convert slice with length 1 to pointer to array with length 4
// CHECK-NEXT:recovered: runtime error: cannot convert slice with length 0 to pointer to array with length 1
