// runtime.StartTrace, ReadTrace and StopTrace: a second start (or runtime/trace.Start) fails with gc's runtime.Error, ReadTrace hands out the trace in chunks and nil at its end, StopTrace returns once the reader has everything (and at once without a trace), the tracer starts again afterwards, and go tool trace parses what ReadTrace returned
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t %t.trace > /dev/null
// RUN: go tool trace -d %t.trace 2>&1 | FileCheck --check-prefix=EV %s
// REQUIRES: go-oracle
// ORACLE: exit=0 --match-full-lines --strict-whitespace
package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/trace"
)

// read collects every chunk ReadTrace returns, copying each (the runtime
// reuses its buffer), until it returns nil.
func read(done chan<- []byte) {
	var all []byte
	for {
		b := runtime.ReadTrace()
		if b == nil {
			break
		}
		all = append(all, b...)
	}
	done <- all
}

func work() {
	c := make(chan int)
	for i := 0; i < 4; i++ {
		go func(i int) { c <- i * i }(i)
	}
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-c
	}
	runtime.GC()
	fmt.Println("sum:", sum)
}

func main() {
	fmt.Println("start:", runtime.StartTrace())
	err := runtime.StartTrace()
	fmt.Println("start again:", err)
	_, isRuntimeError := err.(runtime.Error)
	fmt.Println("runtime.Error:", isRuntimeError)
	fmt.Println("trace.Start:", trace.Start(os.Stdout))
	fmt.Println("trace.IsEnabled:", trace.IsEnabled())
	done := make(chan []byte)
	go read(done)
	work()
	runtime.StopTrace()
	// StopTrace returned after the reader got everything: its nil is next.
	all := <-done
	fmt.Println("header:", string(all[:13]), "bytes > 1000:", len(all) > 1000)
	// A stopped and fully read trace: the tracer can start again.
	fmt.Println("stop without a trace returns")
	runtime.StopTrace()
	fmt.Println("restart:", runtime.StartTrace())
	go read(done)
	work()
	runtime.StopTrace()
	second := <-done
	fmt.Println("second header:", string(second[:13]))
	if len(os.Args) > 1 {
		f, err := os.Create(os.Args[1])
		if err != nil {
			panic(err)
		}
		f.Write(second)
		f.Close()
	}
}

// CHECK:start: <nil>
// CHECK-NEXT:start again: runtime error: tracing is already enabled
// CHECK-NEXT:runtime.Error: true
// CHECK-NEXT:trace.Start: runtime error: tracing is already enabled
// CHECK-NEXT:trace.IsEnabled: false
// CHECK-NEXT:sum: 14
// CHECK-NEXT:header: go 1.19 trace bytes > 1000: true
// CHECK-NEXT:stop without a trace returns
// CHECK-NEXT:restart: <nil>
// CHECK-NEXT:sum: 14
// CHECK-NEXT:second header: go 1.19 trace

// The second trace, parsed by Go 1.19's go tool trace, in any order: its
// goroutines, the channel blocking (of the receiver or the senders, as the
// threads run) and the collection.
// EV-DAG: GoCreate p={{[0-9]+}} g={{[0-9]+}} off={{[0-9]+}} g={{[0-9]+}} stack={{[0-9]+}}
// EV-DAG: {{GoBlockRecv|GoBlockSend}}
// EV-DAG: GCStart
// EV-DAG: GoEnd
