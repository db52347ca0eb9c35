// fmt: Fprint* to os.Stdout, os.Stderr and any io.Writer (results and errors), Append*
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
)

type counter struct {
	n     int
	parts []string
}

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.parts = append(c.parts, string(p))
	return len(p), nil
}

type failWriter struct{}

func (failWriter) Write(p []byte) (int, error) { return 0, io.ErrShortWrite }

func main() {
	n, err := fmt.Fprintf(os.Stdout, "to stdout %d\n", 1)
	fmt.Println(n, err)
	n, err = fmt.Fprint(os.Stdout, "x", 3, 4, "\n")
	fmt.Println(n, err)
	c := &counter{}
	fmt.Fprintf(c, "%s-%d", "a", 1)
	fmt.Fprint(c, "b", 2)
	fmt.Fprintln(c, "c", 3)
	fmt.Printf("%d %q\n", c.n, c.parts)
	var w io.Writer = c
	fmt.Fprintf(w, "%v", true)
	fmt.Println(c.parts[len(c.parts)-1])
	n, err = fmt.Fprintf(failWriter{}, "hello")
	fmt.Println(n, err)
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%05.1f|%x", 3.14159, 255)
	fmt.Println(buf.String())
	var sb strings.Builder
	fmt.Fprint(&sb, "sb", 1, 2)
	fmt.Println(sb.String(), sb.Len())
	b := fmt.Append([]byte("pre:"), 1, "a", 2)
	b = fmt.Appendf(b, "|%03d", 7)
	b = fmt.Appendln(b, "|end", 9)
	fmt.Print(string(b))
	n, err = fmt.Printf("%s\n", "héllo")
	fmt.Println(n, err)
	n, err = fmt.Print()
	fmt.Println(n, err)
	io.WriteString(os.Stdout, "io.WriteString\n")
	fmt.Println(io.EOF, io.ErrUnexpectedEOF)
	// Standard error last: the oracle check reads stdout, then stderr.
	n, err = fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Fprintf(os.Stderr, "%d %v\n", n, err)
	fmt.Fprint(os.Stderr, "stderr", 3, "\n")
}

// CHECK:to stdout 1
// CHECK-NEXT:12 <nil>
// CHECK-NEXT:x3 4
// CHECK-NEXT:5 <nil>
// CHECK-NEXT:9 ["a-1" "b2" "c 3\n"]
// CHECK-NEXT:true
// CHECK-NEXT:0 short write
// CHECK-NEXT:003.1|ff
// CHECK-NEXT:sb1 2 5
// CHECK-NEXT:pre:1a2|007|end 9
// CHECK-NEXT:héllo
// CHECK-NEXT:7 <nil>
// CHECK-NEXT:0 <nil>
// CHECK-NEXT:io.WriteString
// CHECK-NEXT:EOF unexpected EOF
// CHECK-NEXT:to stderr 2
// CHECK-NEXT:12 <nil>
// CHECK-NEXT:stderr3
