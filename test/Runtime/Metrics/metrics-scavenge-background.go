// /cpu/classes/scavenge/background:cpu-seconds is the background scavenger's time: 64 MiB grown, dropped and collected, then /memory/classes/heap/released:bytes grows by three quarters of it while background grows, paced to a small share of one CPU (at most 1/20 of the wall time, plus one batch), and assist (synchronous scavenging: no FreeOSMemory, no memory limit here) stays put. Not an oracle test: Go 1.19 has no /cpu/classes metrics.
// RUN: %goshim build -o %t %s
// RUN: env GOMAXPROCS=2 %run %t 2>&1 | FileCheck --match-full-lines --strict-whitespace %s
package main

import (
	"fmt"
	"runtime"
	"runtime/metrics"
	"time"
)

const (
	block = 256 << 10
	total = 64 << 20
)

var sink [][]byte

var samples = []metrics.Sample{
	{Name: "/cpu/classes/scavenge/assist:cpu-seconds"},
	{Name: "/cpu/classes/scavenge/background:cpu-seconds"},
	{Name: "/cpu/classes/scavenge/total:cpu-seconds"},
	{Name: "/memory/classes/heap/released:bytes"},
}

type snapshot struct {
	assist, background, total float64
	released                  uint64
}

func read() snapshot {
	metrics.Read(samples)
	return snapshot{samples[0].Value.Float64(), samples[1].Value.Float64(), samples[2].Value.Float64(), samples[3].Value.Uint64()}
}

func main() {
	// On a goroutine of its own: once that has exited no stale word of its
	// stack keeps the blocks (the runtime's frames are scanned conservatively).
	done := make(chan bool)
	go func() {
		for i := 0; i < total/block; i++ {
			b := make([]byte, block)
			for j := 0; j < len(b); j += 4096 {
				b[j] = 1
			}
			sink = append(sink, b)
		}
		done <- true
	}()
	<-done
	sink = nil
	runtime.GC()
	a := read()
	t0 := time.Now()
	b := a
	for b.released < a.released+total*3/4 && time.Since(t0) < 30*time.Second {
		time.Sleep(20 * time.Millisecond)
		b = read()
	}
	wall := time.Since(t0).Seconds()
	fmt.Println("released grew by three quarters of the freed heap:", b.released >= a.released+total*3/4)
	fmt.Println("background grew:", b.background > a.background, "assist unchanged:", b.assist == a.assist)
	fmt.Println("total is assist + background:", b.total == b.assist+b.background)
	bg := b.background - a.background
	fmt.Println("paced:", bg <= wall/20+0.02)
	if bg > wall/20+0.02 {
		fmt.Println("background", bg, "s in", wall, "s")
	}
}

// CHECK:released grew by three quarters of the freed heap: true
// CHECK-NEXT:background grew: true assist unchanged: true
// CHECK-NEXT:total is assist + background: true
// CHECK-NEXT:paced: true
