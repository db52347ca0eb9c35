// strings.Reader (Read, ReadByte, UnreadByte, ReadRune, UnreadRune, Len, Size, Reset) and io.ReadAll, io.ByteReader, io.RuneReader, as Go's.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"io"
	"strings"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p[:len(p)/2+1])
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

func main() {
	r := strings.NewReader("héllo, wörld")
	fmt.Println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	fmt.Println(n, err, string(buf[:n]), r.Len())
	c, err := r.ReadByte()
	fmt.Println(c, err, r.UnreadByte(), r.UnreadRune())
	ch, size, err := r.ReadRune()
	fmt.Println(string(ch), size, err, r.UnreadRune(), r.UnreadRune())
	rest, err := io.ReadAll(r)
	fmt.Printf("%q %v %d\n", rest, err, r.Len())
	n, err = r.Read(buf)
	fmt.Println(n, err)
	_, _, err = r.ReadRune()
	fmt.Println(err)
	r.Reset("abc")
	all, err := io.ReadAll(upper{r})
	fmt.Printf("%q %v\n", all, err)
	big := strings.Repeat("0123456789", 300)
	got, err := io.ReadAll(strings.NewReader(big))
	fmt.Println(len(got), err, string(got) == big)
	var zero strings.Reader
	n, err = zero.Read(buf)
	fmt.Println(n, err, zero.Len())
	var br io.ByteReader = strings.NewReader("z")
	var rr io.RuneReader = strings.NewReader("世")
	b1, _ := br.ReadByte()
	r1, s1, _ := rr.ReadRune()
	fmt.Println(string(b1), string(r1), s1)
}

// CHECK:14 14
// CHECK-NEXT:4 <nil> hél 10
// CHECK-NEXT:108 <nil> <nil> strings.Reader.UnreadRune: previous operation was not ReadRune
// CHECK-NEXT:l 1 <nil> <nil> strings.Reader.UnreadRune: previous operation was not ReadRune
// CHECK-NEXT:"lo, wörld" <nil> 0
// CHECK-NEXT:0 EOF
// CHECK-NEXT:EOF
// CHECK-NEXT:"ABC" <nil>
// CHECK-NEXT:3000 <nil> true
// CHECK-NEXT:0 EOF 0
// CHECK-NEXT:z 世 3
