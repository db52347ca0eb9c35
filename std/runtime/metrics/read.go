package metrics

import "math"

// readMetrics is a compiler intrinsic (std/INTRINSICS.md): the runtime's
// counters as words, in the order below, taken with the world stopped;
// returns how many words the runtime has (filling nothing if vals is short).
func readMetrics(vals []uint64) int

// Word layout of a snapshot; keep in step with lib/Runtime/Pkg/Metrics.cpp.
// The scalar metrics' ids are their word index.
const (
	wCgoCalls = iota
	wCyclesAutomatic
	wCyclesForced
	wCyclesTotal
	wAllocBytes
	wAllocObjects
	wFreeBytes
	wFreeObjects
	wHeapGoal
	wHeapObjects
	wTinyAllocs
	wLimiterLastEnabled
	wStackStartingSize
	wMemHeapFree
	wMemHeapObjects
	wMemHeapReleased
	wMemHeapStacks
	wMemHeapUnused
	wMemMCacheFree
	wMemMCacheInuse
	wMemMSpanFree
	wMemMSpanInuse
	wMemMetadataOther
	wMemOSStacks
	wMemOther
	wMemProfilingBuckets
	wMemTotal
	wGomaxprocs
	wGoroutines
	wGogc
	wGomemlimit
	wHeapLive
	// nanoseconds, reported as float64 seconds (see isSeconds)
	wCPUGCMarkAssist
	wCPUGCMarkDedicated
	wCPUGCMarkIdle
	wCPUGCPause
	wCPUGCTotal
	wCPUIdle
	wCPUScavengeAssist
	wCPUScavengeBackground
	wCPUScavengeTotal
	wCPUTotal
	wCPUUser
	wMutexWait
	wScanGlobals
	wScanHeap
	wScanStack
	wScanTotal
	// finalizer and cleanup queue counts
	wFinQueued
	wFinExecuted
	wCleanupQueued
	wCleanupExecuted
	// GODEBUG settings' non-default behaviours
	wGodebugPanicnil
	wScalars
)

// isSeconds reports whether scalar word id counts nanoseconds that the
// metric reports as float64 seconds.
func isSeconds(id int) bool {
	return id >= wCPUGCMarkAssist && id <= wMutexWait
}

const (
	// room for the size classes (class 0 standing for large objects); the
	// snapshot's wNumClasses word says how many there are on this target
	maxClasses = 80
	// time histograms: an underflow bucket, then 45 powers of two of 16
	// sub-buckets each (the first power linear in nanoseconds)
	timeSubBits    = 4
	timeSub        = 1 << timeSubBits
	timeSuper      = 45
	timeBuckets    = 1 + timeSuper*timeSub
	wNumClasses    = wScalars
	wClassSizes    = wNumClasses + 1
	wAllocsBySize  = wClassSizes + maxClasses
	wFreesBySize   = wAllocsBySize + maxClasses
	wPauses        = wFreesBySize + maxClasses
	wLatencies     = wPauses + timeBuckets
	wStoppingGC    = wLatencies + timeBuckets
	wStoppingOther = wStoppingGC + timeBuckets
	wPausesOther   = wStoppingOther + timeBuckets
	snapshotWords  = wPausesOther + timeBuckets
)

// Ids of the histogram metrics: past the scalar words.
const (
	idAllocsBySize = wScalars + iota
	idFreesBySize
	idPauses
	idLatencies
	idStoppingGC
	idStoppingOther
	idPausesOther
)

// timeBounds is shared by every duration histogram Read returns.
var timeBounds = makeTimeBuckets()

// makeTimeBuckets gives the boundaries, in seconds, of the runtime's
// duration histograms: -Inf (negative durations), 0..15 ns one by one, then
// each power of two from 16 ns cut into 16 equal parts, and +Inf.
func makeTimeBuckets() []float64 {
	b := make([]float64, timeBuckets+1)
	b[0] = math.Inf(-1)
	for i := 0; i < timeSub; i++ {
		b[1+i] = float64(i) / 1e9
	}
	for p := 1; p < timeSuper; p++ {
		// [2^(p+3), 2^(p+4)) ns in steps of 2^(p-1) ns
		base := uint64(1) << uint(p+timeSubBits-1)
		for j := 0; j < timeSub; j++ {
			ns := base + uint64(j)<<uint(p-1)
			b[1+p*timeSub+j] = float64(ns) / 1e9
		}
	}
	b[timeBuckets] = math.Inf(1)
	return b
}

// makeSizeBuckets turns the size classes' object sizes (class c holds
// objects of (size[c-1], size[c]] bytes) into boundaries with an inclusive
// lower end: [1, size[1]+1), [size[1]+1, size[2]+1), ..., and the large
// objects in [size[last]+1, +Inf).
func makeSizeBuckets(w []uint64) []float64 {
	n := int(w[wNumClasses])
	b := make([]float64, n+1)
	b[0] = 1
	for c := 1; c < n; c++ {
		b[c] = float64(w[wClassSizes+c] + 1)
	}
	b[n] = math.Inf(1)
	return b
}

// fillValue stores metric id's value from snapshot w into v. sizeBuckets
// caches the by-size boundaries for the rest of one Read (built from the
// snapshot's class sizes; a package-level cache would need a lock).
func fillValue(v *Value, id int, w []uint64, sizeBuckets *[]float64) {
	if id < wScalars {
		v.kind = KindUint64
		v.scalar = w[id]
		if isSeconds(id) {
			v.kind = KindFloat64
			v.scalar = math.Float64bits(float64(w[id]) / 1e9)
		}
		v.hist = nil
		return
	}
	var counts []uint64
	var buckets []float64
	switch id {
	case idAllocsBySize, idFreesBySize:
		if *sizeBuckets == nil {
			*sizeBuckets = makeSizeBuckets(w)
		}
		buckets = *sizeBuckets
		n := int(w[wNumClasses])
		if id == idAllocsBySize {
			counts = w[wAllocsBySize : wAllocsBySize+n]
		} else {
			counts = w[wFreesBySize : wFreesBySize+n]
		}
	case idPauses:
		buckets = timeBounds
		counts = w[wPauses : wPauses+timeBuckets]
	case idStoppingGC:
		buckets = timeBounds
		counts = w[wStoppingGC : wStoppingGC+timeBuckets]
	case idStoppingOther:
		buckets = timeBounds
		counts = w[wStoppingOther : wStoppingOther+timeBuckets]
	case idPausesOther:
		buckets = timeBounds
		counts = w[wPausesOther : wPausesOther+timeBuckets]
	default:
		buckets = timeBounds
		counts = w[wLatencies : wLatencies+timeBuckets]
	}
	h := v.hist
	if v.kind != KindFloat64Histogram || h == nil {
		h = new(Float64Histogram)
	}
	if len(h.Counts) != len(counts) {
		h.Counts = make([]uint64, len(counts))
	}
	copy(h.Counts, counts)
	h.Buckets = buckets
	v.kind = KindFloat64Histogram
	v.scalar = 0
	v.hist = h
}
