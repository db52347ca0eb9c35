// runtime/metrics /sched/pauses: every GC stop-the-world adds one /stopping/gc sample (as many as /total/gc); ReadMemStats and a GOMAXPROCS change are other stops (one /stopping/other and one /total/other sample each); the stopping part of a pause is never longer than the pause; a metrics Read itself is not counted (gc reads without stopping the world). Not an oracle test: Go 1.19 has no /sched/pauses metrics.
// RUN: %goshim build -o %t %s
// RUN: %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
package main

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"strings"
)

var names = []string{
	"/sched/pauses/stopping/gc:seconds",
	"/sched/pauses/stopping/other:seconds",
	"/sched/pauses/total/gc:seconds",
	"/sched/pauses/total/other:seconds",
}

func read() []metrics.Sample {
	s := make([]metrics.Sample, len(names))
	for i := range names {
		s[i].Name = names[i]
	}
	metrics.Read(s)
	return s
}

func count(h *metrics.Float64Histogram) uint64 {
	var n uint64
	for _, c := range h.Counts {
		n += c
	}
	return n
}

// top is the upper bound of the highest non-empty bucket.
func top(h *metrics.Float64Histogram) float64 {
	t := 0.0
	for i, c := range h.Counts {
		if c > 0 {
			t = h.Buckets[i+1]
		}
	}
	return t
}

func main() {
	for _, d := range metrics.All() {
		if strings.HasPrefix(d.Name, "/sched/pauses/") {
			fmt.Println(d.Name, d.Kind, d.Cumulative)
		}
	}
	s0 := read()
	s1 := read()
	same := true
	for i := range s0 {
		same = same && count(s0[i].Value.Float64Histogram()) == count(s1[i].Value.Float64Histogram())
	}
	fmt.Println("a Read is not a counted pause:", same)

	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	s2 := read()
	sg := count(s2[0].Value.Float64Histogram()) - count(s1[0].Value.Float64Histogram())
	tg := count(s2[2].Value.Float64Histogram()) - count(s1[2].Value.Float64Histogram())
	fmt.Println("GC: stopping samples at least 3:", sg >= 3, "one per GC pause:", sg == tg,
		count(s2[0].Value.Float64Histogram()) == count(s2[2].Value.Float64Histogram()))
	fmt.Println("GC: no other stops:", count(s2[1].Value.Float64Histogram()) == count(s1[1].Value.Float64Histogram()))

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	runtime.ReadMemStats(&ms)
	prev := runtime.GOMAXPROCS(1)
	runtime.GOMAXPROCS(prev)
	s3 := read()
	so := count(s3[1].Value.Float64Histogram()) - count(s2[1].Value.Float64Histogram())
	to := count(s3[3].Value.Float64Histogram()) - count(s2[3].Value.Float64Histogram())
	want := uint64(4)
	if prev == 1 {
		want = 2 // GOMAXPROCS(1) changed nothing: no stop
	}
	fmt.Println("other: one stopping and one pause sample per stop:", so == want, to == want)
	fmt.Println("stopping is part of the pause:", top(s3[1].Value.Float64Histogram()) <= top(s3[3].Value.Float64Histogram()),
		top(s3[0].Value.Float64Histogram()) <= top(s3[2].Value.Float64Histogram()))
}

// CHECK:/sched/pauses/stopping/gc:seconds 3 true
// CHECK-NEXT:/sched/pauses/stopping/other:seconds 3 true
// CHECK-NEXT:/sched/pauses/total/gc:seconds 3 true
// CHECK-NEXT:/sched/pauses/total/other:seconds 3 true
// CHECK-NEXT:a Read is not a counted pause: true
// CHECK-NEXT:GC: stopping samples at least 3: true one per GC pause: true true
// CHECK-NEXT:GC: no other stops: true
// CHECK-NEXT:other: one stopping and one pause sample per stop: true true
// CHECK-NEXT:stopping is part of the pause: true true

// Not under the GC stress job: the test counts the pauses between two reads, and GOGC=0 collects between them.
// UNSUPPORTED: gcstress
