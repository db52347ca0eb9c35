// A CPU profile of a busy program: go tool pprof reads it without the binary; the hot functions top it, locations carry file:line, samples carry the labels of pprof.Do, inherited by a goroutine started inside it
// REQUIRES: go-oracle
// RUN: %goshim build -o %t %s
// RUN: %run %t %t.prof | FileCheck --check-prefix=OUT %s
// RUN: go tool pprof -top -nodecount=3 %t.prof 2>&1 | FileCheck --check-prefix=TOP --implicit-check-not=failed --implicit-check-not="not available" %s
// RUN: go tool pprof -raw %t.prof 2>&1 | FileCheck --check-prefix=RAW %s
// RUN: go tool pprof -traces -focus=hotChild %t.prof 2>&1 | FileCheck --check-prefix=TRACES %s
// RUN: go tool pprof -tags %t.prof 2>&1 | FileCheck --check-prefix=TAGS %s
// OUT: profile written true
// TOP: Type: cpu
// TOP: flat  flat%   sum%        cum   cum%
// (among the top three: on armv7 the TLS helper of the loops' preemption polls, __aeabi_read_tp, may come first)
// TOP-DAG: {{^ +[0-9.]+m?s .*}} main.hot{{$}}
// TOP-DAG: {{^ +[0-9.]+m?s .*}} main.hotChild{{$}}
// RAW: PeriodType: cpu nanoseconds
// RAW-NEXT: Period: 10000000
// RAW: samples/count cpu/nanoseconds
// RAW: phase:[burn]
// RAW: Locations
// RAW-DAG: runtime/pprof.Do {{.*}}runtime/pprof/label.go:{{[1-9][0-9]*}} s=
// (the hot loops' own lines are not checked: LLVM gives line 0 to the code it sinks past a loop's
// preemption poll, and the samples of a 0.3 s loop can all land there; the call sites' lines are)
// TRACES: phase:  burn
// TRACES-NEXT: {{.*}} main.hotChild
// TRACES-NEXT: {{.*}} main.main.func1.1
// TAGS: phase: Total
// TAGS-NEXT: {{.*}}(  100%): burn
package main

import (
	"context"
	"fmt"
	"os"
	"runtime/pprof"
)

//go:noinline
func hot(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i * i % 7 // RAW-DAG: main.hot {{.*}}cpu-profile-top.go:{{[0-9]+}} s=
	}
	return s
}

//go:noinline
func hotChild(n int) int {
	s := 1
	for i := 0; i < n; i++ {
		s ^= s*31 + i%13 // RAW-DAG: main.hotChild {{.*}}cpu-profile-top.go:{{[0-9]+}} s=
	}
	return s
}

func main() {
	f, err := os.Create(os.Args[1])
	if err != nil {
		panic(err)
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		panic(err)
	}
	total := 0
	done := make(chan int)
	pprof.Do(context.Background(), pprof.Labels("phase", "burn"), func(ctx context.Context) { // RAW-DAG: main.main {{.*}}cpu-profile-top.go:[[# @LINE]]
		// Started inside Do: inherits the labels.
		go func() {
			r := 0
			for i := 0; i < 20; i++ {
				r += hotChild(10000000) // RAW-DAG: main.main.func1.1 {{.*}}cpu-profile-top.go:[[# @LINE]]
			}
			done <- r
		}()
		for i := 0; i < 40; i++ {
			total += hot(10000000) // RAW-DAG: main.main.func1 {{.*}}cpu-profile-top.go:[[# @LINE]]
		}
	})
	total += <-done
	pprof.StopCPUProfile()
	if err := f.Close(); err != nil {
		panic(err)
	}
	fmt.Println("profile written", total != 0)
}
