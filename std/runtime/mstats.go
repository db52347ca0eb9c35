package runtime

import "math"

// A MemStats records statistics about the memory allocator (Go 1.19's
// fields, documented in the Go runtime package).
type MemStats struct {
	Alloc        uint64
	TotalAlloc   uint64
	Sys          uint64
	Lookups      uint64
	Mallocs      uint64
	Frees        uint64
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64
	StackInuse   uint64
	StackSys     uint64
	MSpanInuse   uint64
	MSpanSys     uint64
	MCacheInuse  uint64
	MCacheSys    uint64
	BuckHashSys  uint64
	GCSys        uint64
	OtherSys     uint64
	NextGC       uint64
	LastGC       uint64
	PauseTotalNs uint64
	PauseNs      [256]uint64
	PauseEnd     [256]uint64
	NumGC        uint32
	NumForcedGC  uint32
	GCCPUFraction float64
	EnableGC     bool
	DebugGC      bool
	BySize       [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// readMemStats is a compiler intrinsic (std/INTRINSICS.md): the figures as
// words, in the order below.
func readMemStats(vals []uint64) int

// memStatsWords is how many words readMemStats fills.
const memStatsWords = 27 + 256 + 256 + 61*3

// ReadMemStats populates m with memory allocator statistics, a consistent
// snapshot taken with the world stopped.
func ReadMemStats(m *MemStats) {
	v := make([]uint64, memStatsWords)
	if readMemStats(v) != memStatsWords {
		panic("runtime: ReadMemStats: the runtime's figures do not match")
	}
	m.Alloc, m.TotalAlloc, m.Sys, m.Lookups, m.Mallocs, m.Frees = v[0], v[1], v[2], v[3], v[4], v[5]
	m.HeapAlloc, m.HeapSys, m.HeapIdle, m.HeapInuse, m.HeapReleased, m.HeapObjects = v[6], v[7], v[8], v[9], v[10], v[11]
	m.StackInuse, m.StackSys, m.MSpanInuse, m.MSpanSys, m.MCacheInuse, m.MCacheSys = v[12], v[13], v[14], v[15], v[16], v[17]
	m.BuckHashSys, m.GCSys, m.OtherSys, m.NextGC, m.LastGC, m.PauseTotalNs = v[18], v[19], v[20], v[21], v[22], v[23]
	m.NumGC, m.NumForcedGC = uint32(v[24]), uint32(v[25])
	m.GCCPUFraction = math.Float64frombits(v[26])
	for i := 0; i < 256; i++ {
		m.PauseNs[i] = v[27+i]
		m.PauseEnd[i] = v[27+256+i]
	}
	for i := 0; i < 61; i++ {
		w := 27 + 512 + 3*i
		m.BySize[i].Size = uint32(v[w])
		m.BySize[i].Mallocs = v[w+1]
		m.BySize[i].Frees = v[w+2]
	}
	m.EnableGC = true
	m.DebugGC = false
}
