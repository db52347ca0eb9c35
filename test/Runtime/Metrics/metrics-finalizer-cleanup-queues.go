// runtime/metrics's finalizer and cleanup queue counters (/gc/finalizers/{executed,queued}:finalizers, /gc/cleanups/{executed,queued}:cleanups, Go 1.25): listed by All() as cumulative uint64s; each finalizer and cleanup that ran is counted once queued and once executed. Not an oracle test: Go 1.19 has none of these names.
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=1 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
// RUN: env GOMAXPROCS=4 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
package main

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"sync/atomic"
	"time"
)

var names = []string{
	"/gc/cleanups/executed:cleanups",
	"/gc/cleanups/queued:cleanups",
	"/gc/finalizers/executed:finalizers",
	"/gc/finalizers/queued:finalizers",
}

type T struct {
	n   int
	ptr *T
}

var finalized, cleaned int64

func read() []uint64 {
	s := make([]metrics.Sample, len(names))
	for i := range names {
		s[i].Name = names[i]
	}
	metrics.Read(s)
	v := make([]uint64, len(s))
	for i := range s {
		if s[i].Value.Kind() != metrics.KindUint64 {
			fmt.Println(s[i].Name, "has kind", s[i].Value.Kind())
			continue
		}
		v[i] = s[i].Value.Uint64()
	}
	return v
}

func attach(nfin, nclean int) {
	for i := 0; i < nfin; i++ {
		runtime.SetFinalizer(&T{n: i}, func(*T) { atomic.AddInt64(&finalized, 1) })
	}
	for i := 0; i < nclean; i++ {
		runtime.AddCleanup(&T{n: i}, func(int) { atomic.AddInt64(&cleaned, 1) }, i)
	}
}

func main() {
	all := map[string]metrics.Description{}
	for _, d := range metrics.All() {
		all[d.Name] = d
	}
	for _, n := range names {
		d, ok := all[n]
		fmt.Println(n, ok, d.Kind == metrics.KindUint64, d.Cumulative)
	}

	before := read()
	const nfin, nclean = 20, 30
	attach(nfin, nclean)
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) && (atomic.LoadInt64(&finalized) < nfin || atomic.LoadInt64(&cleaned) < nclean) {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	fmt.Println("ran:", atomic.LoadInt64(&finalized), atomic.LoadInt64(&cleaned))
	// The counters are bumped after each function returns: give the last
	// one's bump a moment.
	var after []uint64
	for i := 0; i < 1000; i++ {
		after = read()
		if after[0]-before[0] >= nclean && after[2]-before[2] >= nfin {
			break
		}
		time.Sleep(time.Millisecond)
	}
	// Nothing else in this program has a finalizer or a cleanup.
	fmt.Println("cleanups executed, queued:", after[0]-before[0], after[1]-before[1])
	fmt.Println("finalizers executed, queued:", after[2]-before[2], after[3]-before[3])
	// Nothing queued is left: the queues are empty again.
	fmt.Println("queues drained:", after[1]-after[0], after[3]-after[2])
}

// CHECK:/gc/cleanups/executed:cleanups true true true
// CHECK-NEXT:/gc/cleanups/queued:cleanups true true true
// CHECK-NEXT:/gc/finalizers/executed:finalizers true true true
// CHECK-NEXT:/gc/finalizers/queued:finalizers true true true
// CHECK-NEXT:ran: 20 30
// CHECK-NEXT:cleanups executed, queued: 30 30
// CHECK-NEXT:finalizers executed, queued: 20 20
// CHECK-NEXT:queues drained: 0 0
