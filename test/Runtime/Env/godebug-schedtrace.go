// GODEBUG=schedtrace=N (with scheddetail=1: gc's wait counters and per-P, per-M, per-G lines) makes sysmon print gc's scheduler summary every N ms, also while every P is idle: "SCHED <ms>ms: gomaxprocs=.. idleprocs=.. threads=.. spinningthreads=.. idlethreads=.. runqueue=.. [<local queue of each P>]"
// RUN: %goshim build -o %t %s
// RUN: env GODEBUG=schedtrace=5 GOMAXPROCS=3 %run %t 2>&1 | FileCheck %s
// RUN: env GODEBUG=schedtrace=5,scheddetail=1 GOMAXPROCS=3 %run %t 2>&1 | FileCheck %s --check-prefix=DETAIL
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

// DETAIL:SCHED {{[1-9][0-9]*}}ms: gomaxprocs=3 idleprocs=3 threads={{[1-9][0-9]*}} spinningthreads=0 idlethreads={{[0-9]+}} runqueue=0 gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0
// DETAIL-NEXT:  P0: status=0 schedtick={{[0-9]+}} syscalltick=0 m=-1 runqsize=0 gfreecnt={{[0-9]+}} timerslen={{[0-9]+}}
// DETAIL-NEXT:  P1: status=0 schedtick={{[0-9]+}} syscalltick=0 m=-1 runqsize=0 gfreecnt={{[0-9]+}} timerslen={{[0-9]+}}
// DETAIL-NEXT:  P2: status=0 schedtick={{[0-9]+}} syscalltick=0 m=-1 runqsize=0 gfreecnt={{[0-9]+}} timerslen={{[0-9]+}}
// DETAIL-NEXT:  M{{[0-9]+}}: p=-1 curg=-1 mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=true lockedg=-1
// DETAIL:  M0: p=-1 curg=-1 mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=false blocked=true lockedg=-1
// DETAIL-NEXT:  G1: status=4(sleep) m=-1 lockedm=-1
// DETAIL:done

