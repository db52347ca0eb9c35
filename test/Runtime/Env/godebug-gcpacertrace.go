// GODEBUG=gcpacertrace=1 prints gc 1.19's pacer lines for every collection: the start line (assist ratio, scan, heap -> goal, workers), the end line (CPU share, scan work, heap growth, distance to the goal, cons/mark) and the sweep-done line, with this stop-the-world collector's values (no assists, one dedicated marker, 100% CPU while it runs, nothing allocated during the cycle). Not an oracle test: the figures differ from gc's by design (docs/STATUS.md).
// The sweep is lazy: an automatic cycle's sweep-done line comes when the program (or an idle P) has swept the last span, at the latest when the next cycle starts; runtime.GC sweeps everything before it returns, so its line comes before "done". With gcstoptheworld=2 every cycle sweeps before it restarts the world: its line follows its end line and nothing was allocated during the sweep.
// RUN: %goshim build -o %t %s
// RUN: env GODEBUG=gcpacertrace=1 GOMAXPROCS=2 %run %t 2>&1 | FileCheck %s
// RUN: env GODEBUG=gcpacertrace=1,gcstoptheworld=2 GOMAXPROCS=2 %run %t 2>&1 | FileCheck %s --check-prefix=STW
// RUN: %run %t 2>&1 | FileCheck %s --check-prefix=QUIET
package main

import "runtime"

var sink [][]byte

func main() {
	for i := 0; i < 100; i++ {
		sink = append(sink, make([]byte, 100<<10))
	}
	sink = nil
	println("forced")
	runtime.GC()
	println("done")
}

// CHECK: pacer: assist ratio=+0.000000e+000 (scan {{[0-9]+}} MB in {{[0-9]+}}->4 MB) workers=1++0.000000e+000
// CHECK-NEXT: pacer: 100% CPU (100 exp.) for {{[0-9]+}}+{{[0-9]+}}+{{[0-9]+}} B work ({{[0-9]+}} B exp.) in [[H:[0-9]+]] B -> [[H]] B (∆goal {{-?[0-9]+}}, cons/mark +0.000000e+000)
// CHECK: pacer: sweep done at heap size {{[0-9]+}}MB; allocated {{[0-9]+}}MB during sweep; swept {{[1-9][0-9]*}} pages at +{{[0-9]\.[0-9]+}}e-{{[0-9]+}} pages/byte
// CHECK: forced
// CHECK: pacer: assist ratio=+0.000000e+000 (scan {{[0-9]+}} MB in {{[0-9]+}}->{{[0-9]+}} MB) workers=1++0.000000e+000
// CHECK-NEXT: pacer: 100% CPU (100 exp.) for {{.*}}
// CHECK-NEXT: pacer: sweep done at heap size 0MB; allocated 0MB during sweep; swept {{[1-9][0-9]*}} pages at +{{[0-9]\.[0-9]+}}e-{{[0-9]+}} pages/byte
// CHECK-NEXT: done

// STW: pacer: assist ratio=+0.000000e+000 (scan {{[0-9]+}} MB in {{[0-9]+}}->4 MB) workers=1++0.000000e+000
// STW-NEXT: pacer: 100% CPU (100 exp.) for {{[0-9]+}}+{{[0-9]+}}+{{[0-9]+}} B work ({{[0-9]+}} B exp.) in [[H:[0-9]+]] B -> [[H]] B (∆goal {{-?[0-9]+}}, cons/mark +0.000000e+000)
// STW-NEXT: pacer: sweep done at heap size {{[0-9]+}}MB; allocated 0MB during sweep; swept {{[1-9][0-9]*}} pages at +{{[0-9]\.[0-9]+}}e-{{[0-9]+}} pages/byte
// STW: forced
// STW-NEXT: pacer: assist ratio=+0.000000e+000 (scan {{[0-9]+}} MB in {{[0-9]+}}->{{[0-9]+}} MB) workers=1++0.000000e+000
// STW-NEXT: pacer: 100% CPU (100 exp.) for {{.*}}
// STW-NEXT: pacer: sweep done at heap size 0MB; allocated 0MB during sweep; swept {{[1-9][0-9]*}} pages at +{{[0-9]\.[0-9]+}}e-{{[0-9]+}} pages/byte
// STW-NEXT: done

// QUIET-NOT: pacer:
// QUIET: forced
// QUIET-NEXT: done
