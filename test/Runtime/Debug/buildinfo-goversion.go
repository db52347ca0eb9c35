// goshim embeds its build information in gc's layout (section .go.buildinfo), so gc's `go version -m` reads a goshim executable and prints the same text as the program's own debug.ReadBuildInfo().String(): the version line (runtime.Version()) and every module-info line.
// REQUIRES: go-oracle
// RUN: %goshim build -o %t %s
// RUN: %run %t > %t.self
// RUN: go version -m %t | sed -e '1s/^[^:]*: /go\t/' -e 's/^\t//' > %t.gc
// RUN: diff %t.self %t.gc
// RUN: FileCheck --input-file %t.gc --match-full-lines --strict-whitespace %s
package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		fmt.Println("no build info")
		return
	}
	fmt.Print(bi.String())
}

// CHECK:go	go1.19 goshim
// CHECK-NEXT:path	command-line-arguments
// CHECK-NEXT:build	-compiler=goshim
// CHECK-NEXT:build	CGO_ENABLED=0
// CHECK-NEXT:build	GOARCH={{amd64|arm64|riscv64|arm}}
// CHECK-NEXT:build	GOOS=linux
