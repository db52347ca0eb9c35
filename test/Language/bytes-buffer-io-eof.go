// bytes.Buffer's reads end with io.EOF; a *bytes.Buffer is an io.Writer for fmt.Fprintf
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"bytes"
	"fmt"
	"io"
)

func main() {
	var b bytes.Buffer
	b.WriteString("ab")
	buf := make([]byte, 4)
	n, err := b.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = b.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	_, err = b.ReadByte()
	fmt.Println(err == io.EOF)
	var w io.Writer = &b
	fmt.Fprintf(w, "x%dy", 5)
	s, err := b.ReadString('z')
	fmt.Printf("%q %v %v\n", s, err, err == io.EOF)
}

// CHECK:2 <nil> ab
// CHECK-NEXT:0 EOF true
// CHECK-NEXT:true
// CHECK-NEXT:"x5y" EOF true
