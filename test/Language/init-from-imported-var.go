// package-level variables initialized from an imported package's variables are not an initialization cycle
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"io"
)

// Package-level variables initialized from other packages' variables (and
// a function reading them) are ready at once: imported packages are
// initialized first.
var errEOF = io.EOF

var both = describe()

func describe() string { return io.ErrShortWrite.Error() + "/" + errEOF.Error() }

func main() {
	fmt.Println(errEOF, errEOF == io.EOF, both)
}

// CHECK:EOF true short write/EOF
