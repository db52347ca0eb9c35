// GODEBUG=tracebackancestors=N: a goroutine's traceback ends with the stacks of the goroutines that created it, nearest first, up to N of them, each as gc's "[originating from goroutine G]:" section (frames as "f(...)" with the file and line of the recorded PC, then "created by" unless it is the main goroutine); without the knob, nothing follows "created by".
// RUN: %goshim build -o %t %s
// RUN: not env GODEBUG=tracebackancestors=5 %run %t crash 2>&1 | FileCheck %s --check-prefix=FIVE -DFILE=%s
// RUN: not env GODEBUG=tracebackancestors=1 %run %t crash 2>&1 | FileCheck %s --check-prefix=ONE -DFILE=%s
// RUN: not %run %t crash 2>&1 | FileCheck %s --check-prefix=OFF
// RUN: env GODEBUG=tracebackancestors=5 %run %t 2>&1 | FileCheck %s --check-prefix=OK
// FIVE: panic: from the third generation
// FIVE: goroutine [[LEAF:[0-9]+]] [running]:
// FIVE-NEXT: main.leaf({{.*}})
// FIVE-NEXT: [[FILE]]:{{[0-9]+}} +0x{{[0-9a-f]+}}
// FIVE-NEXT: created by main.middle
// FIVE-NEXT: [[FILE]]:{{[0-9]+}} +0x{{[0-9a-f]+}}
// FIVE-NEXT: [originating from goroutine [[MID:[0-9]+]]]:
// FIVE-NEXT: main.middle(...)
// FIVE-NEXT: [[FILE]]:{{[0-9]+}} +0x{{[0-9a-f]+}}
// FIVE-NEXT: created by main.{{main|start}}
// FIVE-NEXT: [[FILE]]:{{[0-9]+}} +0x{{[0-9a-f]+}}
// FIVE-NEXT: [originating from goroutine 1]:
// FIVE-NOT: created by
// FIVE: main.main(...)
// FIVE-NEXT: [[FILE]]:{{[0-9]+}} +0x{{[0-9a-f]+}}
// FIVE-NOT: originating
// ONE: created by main.middle
// ONE-NEXT: [[FILE]]:{{[0-9]+}} +0x{{[0-9a-f]+}}
// ONE-NEXT: [originating from goroutine {{[0-9]+}}]:
// ONE-NEXT: main.middle(...)
// ONE-NOT: originating
// OFF: created by main.middle
// OFF-NOT: originating
// OK: ok
package main

import (
	"fmt"
	"os"
	"time"
)

func leaf(done chan bool) {
	if len(os.Args) > 1 && os.Args[1] == "crash" {
		panic("from the third generation")
	}
	done <- true
}

func middle(done chan bool) {
	go leaf(done)
}

func start(done chan bool) {
	go middle(done)
}

func main() {
	done := make(chan bool)
	start(done)
	<-done
	time.Sleep(10 * time.Millisecond)
	fmt.Println("ok")
}
