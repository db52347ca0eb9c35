// A panic value whose Error or String method panics while the crash report is being made: gc's "fatal error: panic while printing panic value: inner" (a string value) or ": type T" (any other, here the nil-dereference runtime.errorString, with the [signal ...] line gc prints for it), exit 2; a method that does not panic runs before anything is printed.
// RUN: %goshim build -o %t %s
// RUN: not %run %t string 2>&1 | FileCheck --check-prefix=STRING --match-full-lines %s
// RUN: not %run %t runtime 2>&1 | FileCheck --check-prefix=RUNTIME --match-full-lines %s
// RUN: %run %t runtime >/dev/null 2>&1; test $? -eq 2
// RUN: not %run %t ok 2>&1 | FileCheck --check-prefix=OK --match-full-lines %s
// ORACLE: exit=2 --check-prefix=OK --match-full-lines
package main

import (
	"fmt"
	"os"
)

type E struct{}

func (E) Error() string { panic("inner") }

type N struct{ s *string }

func (n *N) Error() string { return *n.s }

type S struct{}

func (S) String() string { fmt.Println("String runs first"); return "stringer value" }

func main() {
	mode := "ok"
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	switch mode {
	case "string":
		panic(E{})
	case "runtime":
		var n *N
		panic(n)
	case "ok":
		panic(S{})
	}
}

// STRING:fatal error: panic while printing panic value: inner
// STRING-EMPTY:
// STRING-NEXT:goroutine 1 [running]:
// STRING-NOT:panic: panic:

// RUNTIME:fatal error: panic while printing panic value: type runtime.errorString
// RUNTIME-NEXT:[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x{{[0-9a-f]+}}]
// RUNTIME-EMPTY:
// RUNTIME-NEXT:goroutine 1 [running]:

// OK:String runs first
// OK-NEXT:panic: stringer value
