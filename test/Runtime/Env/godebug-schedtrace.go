// GODEBUG=schedtrace=N makes sysmon print gc's scheduler summary every N ms, also while every P is idle: "SCHED <ms>ms: gomaxprocs=.. idleprocs=.. threads=.. spinningthreads=.. idlethreads=.. runqueue=.. [<local queue of each P>]"
// RUN: %goshim build -o %t %s
// RUN: env GODEBUG=schedtrace=5 GOMAXPROCS=3 %run %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=3 %run %t 2>&1 | FileCheck %s --check-prefix=QUIET
package main

import "time"

func main() {
	time.Sleep(60 * time.Millisecond)
	println("done")
}

// CHECK:SCHED {{[0-9]+}}ms: gomaxprocs=3 idleprocs={{[0-3]}} threads={{[1-9][0-9]*}} spinningthreads={{[0-9]+}} idlethreads={{[0-9]+}} runqueue={{[0-9]+}} [{{[0-9]+}} {{[0-9]+}} {{[0-9]+}}]
// CHECK:SCHED {{[1-9][0-9]*}}ms: gomaxprocs=3 idleprocs=3 threads={{[1-9][0-9]*}} spinningthreads=0 idlethreads={{[0-9]+}} runqueue=0 [0 0 0]
// CHECK:done

// QUIET-NOT:SCHED
// QUIET:done
