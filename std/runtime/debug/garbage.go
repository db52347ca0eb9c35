package debug

import (
	"runtime"
	"time"
)

// GCStats collect information about recent garbage collections.
type GCStats struct {
	LastGC         time.Time       // time of last collection
	NumGC          int64           // number of garbage collections
	PauseTotal     time.Duration   // total pause for all collections
	Pause          []time.Duration // pause history, most recent first
	PauseEnd       []time.Time     // pause end times history, most recent first
	PauseQuantiles []time.Duration
}

// ReadGCStats reads statistics about garbage collection into stats. The
// pause history holds at most 256 entries, most recent first. If
// stats.PauseQuantiles is not empty, it receives the minimum, the evenly
// spaced quantiles and the maximum of the pauses in the history.
func ReadGCStats(stats *GCStats) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	n := int(m.NumGC)
	if n > len(m.PauseNs) {
		n = len(m.PauseNs)
	}
	if cap(stats.Pause) < n {
		stats.Pause = make([]time.Duration, n)
	}
	stats.Pause = stats.Pause[:n]
	if cap(stats.PauseEnd) < n {
		stats.PauseEnd = make([]time.Time, n)
	}
	stats.PauseEnd = stats.PauseEnd[:n]
	for i := 0; i < n; i++ {
		j := (int(m.NumGC) - 1 - i) % len(m.PauseNs)
		stats.Pause[i] = time.Duration(m.PauseNs[j])
		stats.PauseEnd[i] = time.Unix(0, int64(m.PauseEnd[j]))
	}
	stats.LastGC = time.Unix(0, int64(m.LastGC))
	stats.NumGC = int64(m.NumGC)
	stats.PauseTotal = time.Duration(m.PauseTotalNs)
	if nq := len(stats.PauseQuantiles); nq > 0 {
		if n == 0 {
			for i := range stats.PauseQuantiles {
				stats.PauseQuantiles[i] = 0
			}
			return
		}
		sorted := make([]time.Duration, n)
		copy(sorted, stats.Pause)
		for i := 1; i < n; i++ {
			for k := i; k > 0 && sorted[k] < sorted[k-1]; k-- {
				sorted[k], sorted[k-1] = sorted[k-1], sorted[k]
			}
		}
		last := nq - 1
		for i := 0; i < last; i++ {
			stats.PauseQuantiles[i] = sorted[n*i/last]
		}
		stats.PauseQuantiles[last] = sorted[n-1]
	}
}

// setGCPercent is a compiler intrinsic (std/INTRINSICS.md).
func setGCPercent(percent int) int

// SetGCPercent sets GOGC: the next collection starts once the heap has grown
// by percent per cent over what the last one found live. It returns the
// previous value (initially $GOGC, or 100); a negative value turns the
// collector off.
func SetGCPercent(percent int) int {
	return setGCPercent(percent)
}

// freeOSMemory is a compiler intrinsic (std/INTRINSICS.md).
func freeOSMemory()

// FreeOSMemory forces a garbage collection followed by an attempt to return
// as much memory to the operating system as possible.
func FreeOSMemory() {
	freeOSMemory()
}

// setMemoryLimit is a compiler intrinsic (std/INTRINSICS.md).
func setMemoryLimit(limit int64) int64

// SetMemoryLimit sets a soft limit, in bytes, on the memory the runtime may
// hold (initially $GOMEMLIMIT, or none: math.MaxInt64). Near the limit the
// collector runs more often and returns free pages to the OS. It returns
// the previous limit; a negative limit changes nothing and only reports the
// current one.
func SetMemoryLimit(limit int64) int64 {
	return setMemoryLimit(limit)
}
