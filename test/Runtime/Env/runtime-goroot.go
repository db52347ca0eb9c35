// runtime.GOROOT is $GOROOT when set at start, else the root goshim's std sources came from (an absolute path); runtime.NumCgoCall is 0 (goshim has no cgo)
// RUN: %goshim build -o %t %s
// RUN: env GOROOT=/custom/root %run %t 2>&1 | FileCheck %s --check-prefix=ENV
// RUN: env -u GOROOT %run %t 2>&1 | FileCheck %s --check-prefix=DEFAULT
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func main() {
	root := runtime.GOROOT()
	fmt.Println(root)
	fmt.Println("absolute:", strings.HasPrefix(root, "/"), "cgo calls:", runtime.NumCgoCall())
}

// ENV:/custom/root
// ENV-NEXT:absolute: true cgo calls: 0

// DEFAULT:{{^/.+}}
// DEFAULT-NEXT:absolute: true cgo calls: 0
