// runtime/metrics /cpu/classes follow gc's model: total is GOMAXPROCS integrated over wall time (across GOMAXPROCS changes) and the sum of the other classes; a busy goroutine grows user, a sleeping one leaves its Ps idle; a GC pause grows gc/pause (marking is inside the pause, so the mark classes stay 0); FreeOSMemory grows scavenge/assist (scavenge/background: metrics-scavenge-background.go). Not an oracle test: Go 1.19 has no /cpu/classes metrics.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
package main

import (
	"fmt"
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"time"
)

var names = []string{
	"/cpu/classes/gc/mark/assist:cpu-seconds",
	"/cpu/classes/gc/mark/dedicated:cpu-seconds",
	"/cpu/classes/gc/mark/idle:cpu-seconds",
	"/cpu/classes/gc/pause:cpu-seconds",
	"/cpu/classes/gc/total:cpu-seconds",
	"/cpu/classes/idle:cpu-seconds",
	"/cpu/classes/scavenge/assist:cpu-seconds",
	"/cpu/classes/scavenge/background:cpu-seconds",
	"/cpu/classes/scavenge/total:cpu-seconds",
	"/cpu/classes/total:cpu-seconds",
	"/cpu/classes/user:cpu-seconds",
}

const (
	assist = iota
	dedicated
	markIdle
	pause
	gcTotal
	idle
	scavAssist
	scavBackground
	scavTotal
	total
	user
)

type classes [11]float64

func read() classes {
	s := make([]metrics.Sample, len(names))
	for i := range names {
		s[i].Name = names[i]
	}
	metrics.Read(s)
	var c classes
	for i := range s {
		c[i] = s[i].Value.Float64()
	}
	return c
}

func (c classes) sub(o classes) classes {
	for i := range c {
		c[i] -= o[i]
	}
	return c
}

// consistent checks gc's identities on one read: the sums hold (up to
// float rounding) and nothing is negative.
func consistent(c classes) bool {
	eq := func(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(a)) }
	for _, v := range c {
		if v < 0 {
			return false
		}
	}
	return eq(c[gcTotal], c[assist]+c[dedicated]+c[markIdle]+c[pause]) &&
		eq(c[scavTotal], c[scavAssist]+c[scavBackground]) &&
		eq(c[total], c[user]+c[idle]+c[gcTotal]+c[scavTotal])
}

// window reads the classes around f: the total must have grown by procs
// times a span of wall time lying between f's own duration (inner) and
// the duration of the reads with f (outer). 1 ms of slack for rounding.
func window(procs int, f func()) (d classes, inner float64, ok bool) {
	t0 := time.Now()
	c0 := read()
	t1 := time.Now()
	f()
	inner = time.Since(t1).Seconds()
	c1 := read()
	outer := time.Since(t0).Seconds()
	d = c1.sub(c0)
	p := float64(procs)
	ok = consistent(c0) && consistent(c1) && d[total] >= p*inner-1e-3 && d[total] <= p*outer+1e-3
	return
}

var sink uint64

func main() {
	for _, d := range metrics.All() {
		if strings.HasPrefix(d.Name, "/cpu/classes/") {
			fmt.Println(d.Name, d.Kind, d.Cumulative)
		}
	}

	// GOMAXPROCS=2 and a busy main goroutine: its P is never idle, so
	// user grows by at least the busy time.
	runtime.GOMAXPROCS(2)
	d, busy, ok := window(2, func() {
		start := time.Now()
		for time.Since(start) < 200*time.Millisecond {
			for i := 0; i < 1000; i++ {
				sink += uint64(i) * sink
			}
		}
	})
	fmt.Println("busy: consistent, total is 2 x wall time:", ok)
	fmt.Println("busy: user grew by the busy time:", d[user] >= busy-1e-3, "and by no more than total:", d[user] <= d[total])

	// GOMAXPROCS=4 and the only goroutine sleeping: all four Ps idle for
	// most of it (the timer's wake-up takes one briefly).
	runtime.GOMAXPROCS(4)
	d, slept, ok := window(4, func() { time.Sleep(200 * time.Millisecond) })
	fmt.Println("sleep: consistent, total is 4 x wall time:", ok)
	fmt.Println("sleep: idle grew by at least 3 x the sleep:", d[idle] >= 3*slept-1e-3, "more than user:", d[idle] > d[user])

	// GOMAXPROCS=1: total grows by the wall time alone.
	runtime.GOMAXPROCS(1)
	_, _, ok = window(1, func() { time.Sleep(100 * time.Millisecond) })
	fmt.Println("GOMAXPROCS=1: consistent, total is the wall time:", ok)
	runtime.GOMAXPROCS(2)

	// A collection's pause counts (as GOMAXPROCS times its length); the
	// collector marks inside the pause, so the mark classes stay 0.
	var keep [][]*int
	for i := 0; i < 200; i++ {
		keep = append(keep, make([]*int, 1000))
	}
	c5 := read()
	runtime.GC()
	c6 := read()
	d = c6.sub(c5)
	fmt.Println("GC: pause grew:", d[pause] > 0, "gc total is the pause:", d[gcTotal] == d[pause])
	fmt.Println("GC: mark classes:", c6[assist], c6[dedicated], c6[markIdle])
	runtime.KeepAlive(keep)
	keep = nil

	// FreeOSMemory collects, then returns the freed pages: scavenge assist
	// time (the background scavenger may run meanwhile: not checked here).
	debug.FreeOSMemory()
	c7 := read()
	d = c7.sub(c6)
	fmt.Println("FreeOSMemory: scavenge assist grew:", d[scavAssist] > 0)
	fmt.Println("end: consistent:", consistent(c7))
}

// CHECK:/cpu/classes/gc/mark/assist:cpu-seconds 2 true
// CHECK-NEXT:/cpu/classes/gc/mark/dedicated:cpu-seconds 2 true
// CHECK-NEXT:/cpu/classes/gc/mark/idle:cpu-seconds 2 true
// CHECK-NEXT:/cpu/classes/gc/pause:cpu-seconds 2 true
// CHECK-NEXT:/cpu/classes/gc/total:cpu-seconds 2 true
// CHECK-NEXT:/cpu/classes/idle:cpu-seconds 2 true
// CHECK-NEXT:/cpu/classes/scavenge/assist:cpu-seconds 2 true
// CHECK-NEXT:/cpu/classes/scavenge/background:cpu-seconds 2 true
// CHECK-NEXT:/cpu/classes/scavenge/total:cpu-seconds 2 true
// CHECK-NEXT:/cpu/classes/total:cpu-seconds 2 true
// CHECK-NEXT:/cpu/classes/user:cpu-seconds 2 true
// CHECK-NEXT:busy: consistent, total is 2 x wall time: true
// CHECK-NEXT:busy: user grew by the busy time: true and by no more than total: true
// CHECK-NEXT:sleep: consistent, total is 4 x wall time: true
// CHECK-NEXT:sleep: idle grew by at least 3 x the sleep: true more than user: true
// CHECK-NEXT:GOMAXPROCS=1: consistent, total is the wall time: true
// CHECK-NEXT:GC: pause grew: true gc total is the pause: true
// CHECK-NEXT:GC: mark classes: 0 0 0
// CHECK-NEXT:FreeOSMemory: scavenge assist grew: true
// CHECK-NEXT:end: consistent: true

// Not under the GC stress job: the test checks how CPU time splits between user and GC classes, and GOGC=0 turns busy time into collection time.
// UNSUPPORTED: gcstress
