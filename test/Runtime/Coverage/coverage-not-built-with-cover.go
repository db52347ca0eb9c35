// goshim has no -cover instrumentation: every runtime/coverage function returns the error gc's (Go 1.20+) returns for a binary built without -cover (texts from internal/coverage/cfile/apis.go; Go 1.19 has no runtime/coverage to run as an oracle)
// RUN: %goshim build -o %t %s
// RUN: rm -rf %t.dir && mkdir %t.dir
// RUN: %run %t %t.dir 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: ls -A %t.dir | count 0
package main

import (
	"bytes"
	"fmt"
	"os"
	"runtime/coverage"
)

func main() {
	dir := os.Args[1]
	var buf bytes.Buffer
	show("WriteMetaDir", coverage.WriteMetaDir(dir))
	show("WriteMeta", coverage.WriteMeta(&buf))
	show("WriteMeta(nil)", coverage.WriteMeta(nil))
	show("WriteCountersDir", coverage.WriteCountersDir(dir))
	show("WriteCounters", coverage.WriteCounters(&buf))
	show("WriteCounters(nil)", coverage.WriteCounters(nil))
	show("ClearCounters", coverage.ClearCounters())
	fmt.Println("bytes written:", buf.Len())
}

func show(what string, err error) {
	fmt.Printf("%s: %T: %v\n", what, err, err)
}

// CHECK:WriteMetaDir: *errors.errorString: error: no meta-data available (binary not built with -cover?)
// CHECK-NEXT:WriteMeta: *errors.errorString: error: no meta-data available (binary not built with -cover?)
// CHECK-NEXT:WriteMeta(nil): *errors.errorString: error: nil writer in WriteMeta
// CHECK-NEXT:WriteCountersDir: *errors.errorString: WriteCountersDir invoked for program built with -covermode=<invalid> (please use -covermode=atomic)
// CHECK-NEXT:WriteCounters: *errors.errorString: WriteCounters invoked for program built with -covermode=<invalid> (please use -covermode=atomic)
// CHECK-NEXT:WriteCounters(nil): *errors.errorString: error: nil writer in WriteCounters
// CHECK-NEXT:ClearCounters: *errors.errorString: program not built with -cover
// CHECK-NEXT:bytes written: 0
