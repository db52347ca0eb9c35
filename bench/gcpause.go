// Benchmark: the longest collection pause (issue 6) while 64 MiB of small
// linked objects stay live and garbage keeps coming. Reports the maximum of
// MemStats.PauseNs as "ns/op" of one op (the run), so the table can hold it.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"time"
)

func iters(def int) int {
	if s := os.Getenv("BENCH_N"); s != "" {
		if n, err := strconv.Atoi(s); err == nil && n > 0 {
			return n
		}
	}
	return def
}

type obj struct {
	next *obj
	pad  [6]uintptr
}

var live []*obj
var sink *obj

func main() {
	n := iters(4000000)
	// 1M objects of 64 bytes: 64 MiB live, in 1024 chains.
	keep := n / 4
	live = make([]*obj, 1024)
	for i := 0; i < keep; i++ {
		live[i%1024] = &obj{next: live[i%1024]}
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	first := m.NumGC
	for i := 0; i < n; i++ {
		sink = &obj{}
	}
	runtime.ReadMemStats(&m)
	var max uint64
	for i := first; i < m.NumGC && i < first+256; i++ {
		if p := m.PauseNs[i%256]; p > max {
			max = p
		}
	}
	if len(live) != 1024 {
		fmt.Println("impossible")
	}
	_ = time.Now
	fmt.Printf("gcpause %d %.1f ns/op\n", 1, float64(max))
}
