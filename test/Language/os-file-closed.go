// os.File after Close: gc's file already closed errors (ErrClosed in a PathError) for Close, Write, Read, Fd of -1, ErrInvalid for a nil *File
// RUN: %goshim build -o %t %s
// RUN: %run %t %t.file 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"errors"
	"fmt"
	"os"
)

// show prints an error without the file's path (it differs per run).
func show(err error) {
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Printf("PathError %s: %v\n", pe.Op, pe.Err)
		return
	}
	fmt.Println(err)
}

func main() {
	path := "/tmp/goshim-os-file-closed.tmp" // go run (the oracle) only
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	n, err := f.Write([]byte("hello"))
	fmt.Println(n, err)
	show(f.Close())
	show(f.Close())
	err = f.Close()
	fmt.Println(errors.Is(err, os.ErrClosed))
	_, err = f.Write([]byte("x"))
	show(err)
	_, err = f.WriteString("x")
	show(err)
	_, err = f.Read(make([]byte, 4))
	show(err)
	_, err = f.Read(nil)
	show(err)
	fmt.Println(f.Fd() == ^uintptr(0))
	var nf *os.File
	_, err = nf.Write([]byte("x"))
	fmt.Println(err, err == os.ErrInvalid)
	fmt.Println(nf.Close())
	_, err = nf.Read(nil)
	fmt.Println(err)
	g, _ := os.Open(path)
	b := make([]byte, 10)
	n, err = g.Read(b)
	fmt.Println(n, err, string(b[:n]))
	show(g.Close())
}

// CHECK:5 <nil>
// CHECK-NEXT:<nil>
// CHECK-NEXT:PathError close: file already closed
// CHECK-NEXT:true
// CHECK-NEXT:PathError write: file already closed
// CHECK-NEXT:PathError write: file already closed
// CHECK-NEXT:PathError read: file already closed
// CHECK-NEXT:PathError read: file already closed
// CHECK-NEXT:true
// CHECK-NEXT:invalid argument true
// CHECK-NEXT:invalid argument
// CHECK-NEXT:invalid argument
// CHECK-NEXT:5 <nil> hello
// CHECK-NEXT:<nil>
